// Recognizer words → tokens, applying (in this order of priority at each position):
// the user's replacements, "literal <phrase>", spoken marks (punctuation, spacing
// commands, symbols), the rule families in compile.ts's order (case commands, addresses,
// times, dates, money, ordinals), numbers, and finally plain words. Replacements come first so the user can always override a
// built-in rule; the families that read numbers come before plain numbers so "three
// thirty pm" is a time before "three" and "thirty" are numbers.

import type { LanguageRules, MarkRule } from './languages/types.js';
import { parseNumberAt, readInteger } from './numbers.js';
import { applyCaseCommands } from './rules/case-commands.js';
import { nameCapital } from './rules/dates.js';
import type { WordRule } from './rules/rule.js';
import type { TrueCaser } from './rules/true-case.js';
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
  /** Capitals from the language's dictionary, when switched on (rules/true-case.ts). */
  trueCase: TrueCaser | null;
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
        for (let n = i + 1; n < i + 1 + escaped.length; n++) tokens.push(plainWord(words, n, rules, false));
        i += 1 + escaped.length;
        continue;
      }
    }
    const mark = rules.marks.matchAt(words, i);
    if (mark && !mark.value.notBefore?.includes(wordKey(words[i + mark.length] ?? '')) && !(i > 0 && mark.value.notAfter?.includes(wordKey(words[i - 1]!)))) {
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
      if (number?.text === null) {
        // A run of number words that is not one number: every word of it as said.
        for (let n = i; n < i + number.length; n++) tokens.push(plainWord(words, n, rules, false));
        i += number.length;
        continue;
      }
      if (number) {
        tokens.push(fixedToken(number.text, false));
        i += number.length;
        continue;
      }
    }
    // After "no space" the word is the second half of one word: German "haus kein
    // leerzeichen tür" is "Haustür", not "HausTür".
    const last = tokens.at(-1);
    tokens.push(plainWord(words, i, rules, last !== undefined && last.text === '' && last.attachRight));
    i++;
  }
  return applyCaseCommands(tokens);
}

function plainWord(words: readonly string[], i: number, rules: TokenizeRules, joined: boolean): Token {
  const word = words[i]!;
  const key = wordKey(word);
  if (rules.capitals && Object.hasOwn(rules.language.fixedCase, key)) return fixedToken(rules.language.fixedCase[key]!, true);
  const previous = i > 0 ? wordKey(words[i - 1]!) : '';
  const name = rules.names && rules.language.dates ? nameCapital(rules.language.dates, key, previous, rules.language.numbers) : null;
  if (name) return fixedToken(name, true);
  // Only a word the recognizer wrote in lowercase: "iPhone" or "NASA" stays as it came.
  // A spoken mark after it ("die unterlagen punkt") is no word: "Punkt" must not count as a noun.
  const next = i + 1 < words.length && !rules.marks.matchAt(words, i + 1) ? wordKey(words[i + 1]!) : '';
  // With dates off, month and weekday names stay as said, whatever the dictionary says.
  const dateName = rules.language.dates && (rules.language.dates.months.includes(key) || rules.language.dates.weekdays.includes(key));
  const cased =
    rules.trueCase && !joined && word === key && !(dateName && !rules.names)
      ? rules.trueCase(key, previous, next, i > 0 && readInteger(words, i - 1, rules.language.numbers) !== null)
      : null;
  // An elided article before a name ("l'Italie") still takes the sentence capital; a word
  // like "iPhone" does not.
  if (cased) return cased.includes("'") ? { ...fixedToken(cased, true), sentenceCapitalFirst: true } : fixedToken(cased, true);
  return wordToken(word);
}
