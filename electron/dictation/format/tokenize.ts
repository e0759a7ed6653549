// Recognizer words → tokens, applying (in this order of priority at each position):
// the user's replacements, "literal <mark>", spoken marks, numbers, and finally plain
// words. Replacements come first so the user can always override a built-in rule.

import type { LanguageRules, MarkRule } from './languages/types.js';
import { parseNumberAt } from './numbers.js';
import { fixedToken, markToken, wordToken, type Token } from './tokens.js';
import { PhraseMatcher, wordKey } from './words.js';

export interface TokenizeRules {
  language: LanguageRules;
  marks: PhraseMatcher<MarkRule>;
  replacements: PhraseMatcher<string>;
  punctuation: boolean;
  numbers: boolean;
  capitals: boolean;
}

export function markMatcher(language: LanguageRules): PhraseMatcher<MarkRule> {
  const matcher = new PhraseMatcher<MarkRule>();
  for (const mark of language.marks) for (const phrase of mark.say) matcher.add(phrase, mark);
  return matcher;
}

export function tokenize(words: readonly string[], rules: TokenizeRules): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < words.length) {
    const replaced = rules.replacements.matchAt(words, i);
    if (replaced) {
      // A replacement to nothing (e.g. "um" → "") removes the words.
      if (replaced.value !== '') tokens.push(fixedToken(replaced.value, true));
      i += replaced.length;
      continue;
    }
    if (rules.punctuation) {
      if (wordKey(words[i]!) === rules.language.literal) {
        const escaped = rules.marks.matchAt(words, i + 1);
        if (escaped) {
          for (const word of words.slice(i + 1, i + 1 + escaped.length)) tokens.push(plainWord(word, rules));
          i += 1 + escaped.length;
          continue;
        }
      }
      const mark = rules.marks.matchAt(words, i);
      if (mark) {
        tokens.push(markToken(mark.value.text, mark.value.style));
        i += mark.length;
        continue;
      }
    }
    if (rules.numbers) {
      const number = parseNumberAt(words, i, rules.language.numbers);
      if (number) {
        tokens.push(fixedToken(number.text, false));
        i += number.length;
        continue;
      }
    }
    tokens.push(plainWord(words[i]!, rules));
    i++;
  }
  return tokens;
}

function plainWord(word: string, rules: TokenizeRules): Token {
  if (rules.capitals) {
    const key = wordKey(word);
    if (Object.hasOwn(rules.language.fixedCase, key)) return fixedToken(rules.language.fixedCase[key]!, true);
  }
  return wordToken(word);
}
