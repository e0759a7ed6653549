// Recognizer words → tokens, applying (in this order of priority at each position):
// the user's replacements, "literal <phrase>", spoken marks (punctuation, spacing
// commands, symbols), the rule families in compile.ts's order (case commands, addresses,
// times, dates, money, ordinals), numbers, and finally plain words. Replacements come first so the user can always override a
// built-in rule; the families that read numbers come before plain numbers so "three
// thirty pm" is a time before "three" and "thirty" are numbers.

import type { LanguageRules, MarkRule } from './languages/types.js';
import { parseNumberAt } from './numbers.js';
import { applyCaseCommands } from './rules/case-commands.js';
import { nameCapital } from './rules/dates.js';
import type { WordRule } from './rules/rule.js';
import { fixedToken, markToken, wordToken, type Token } from './tokens.js';
import { PhraseMatcher, wordKey } from './words.js';

export interface TokenizeRules {
  language: LanguageRules;
  marks: PhraseMatcher<MarkRule>;
  /** Phrases "literal" types as words: every enabled mark and command phrase. */
  escapable: PhraseMatcher<true>;
  replacements: PhraseMatcher<string>;
  /** The enabled rule families, in priority order (compile.ts). */
  families: WordRule[];
  numbers: boolean;
  capitals: boolean;
  /** Month and weekday names get their capital. */
  names: boolean;
}

export function markMatcher(language: LanguageRules, enabled: (mark: MarkRule) => boolean = () => true): PhraseMatcher<MarkRule> {
  const matcher = new PhraseMatcher<MarkRule>();
  for (const mark of language.marks) if (enabled(mark)) for (const phrase of mark.say) matcher.add(phrase, mark);
  return matcher;
}

export function tokenize(words: readonly string[], rules: TokenizeRules): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  next: while (i < words.length) {
    const replaced = rules.replacements.matchAt(words, i);
    if (replaced) {
      // A replacement to nothing (e.g. "um" → "") removes the words.
      if (replaced.value !== '') tokens.push(fixedToken(replaced.value, true));
      i += replaced.length;
      continue;
    }
    if (wordKey(words[i]!) === rules.language.literal) {
      const escaped = rules.escapable.matchAt(words, i + 1);
      if (escaped) {
        for (const word of words.slice(i + 1, i + 1 + escaped.length)) tokens.push(plainWord(word, rules));
        i += 1 + escaped.length;
        continue;
      }
    }
    const mark = rules.marks.matchAt(words, i);
    if (mark && !mark.value.notBefore?.includes(wordKey(words[i + mark.length] ?? ''))) {
      const token = markToken(mark.value.text, mark.value.style);
      tokens.push(mark.value.pairedOpening ? { ...token, pairedOpening: mark.value.pairedOpening } : token);
      i += mark.length;
      continue;
    }
    for (const family of rules.families) {
      const match = family(words, i);
      if (match) {
        tokens.push(...match.tokens);
        i += match.length;
        continue next;
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
  return applyCaseCommands(tokens);
}

function plainWord(word: string, rules: TokenizeRules): Token {
  const key = wordKey(word);
  if (rules.capitals && Object.hasOwn(rules.language.fixedCase, key)) return fixedToken(rules.language.fixedCase[key]!, true);
  const name = rules.names && rules.language.dates ? nameCapital(rules.language.dates, key) : null;
  return name ? fixedToken(name, true) : wordToken(word);
}
