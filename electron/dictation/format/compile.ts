// Settings → the rules the tokenizer runs: the language's tables with every family the
// user switched off left out. Built once per settings change, never per utterance, so a
// partial costs only the matching.

import type { FormattingSettings } from '../../settings/types.js';
import { languageRules } from './languages/index.js';
import type { LanguageRules, MarkRule } from './languages/types.js';
import { compileReplacements } from './replacements.js';
import { addressRule } from './rules/addresses.js';
import { caseCommandPhrases, caseCommandRule } from './rules/case-commands.js';
import { dateRule } from './rules/dates.js';
import { dayFirstDateRule } from './rules/day-first-dates.js';
import { houseNumberRule } from './rules/house-numbers.js';
import { moneyRule } from './rules/money.js';
import { ordinalRule } from './rules/ordinals.js';
import type { WordRule } from './rules/rule.js';
import { timeRule } from './rules/times.js';
import { clockRule } from './rules/clock-hours.js';
import { centsMoneyRule } from './rules/money-cents.js';
import { trueCaser } from './rules/true-case.js';
import { markMatcher, type TokenizeRules } from './tokenize.js';
import { PhraseMatcher } from './words.js';

export function compileRules(options: FormattingSettings): TokenizeRules {
  const base = languageRules(options.language);
  const language: LanguageRules = options.digitGrouping ? base : { ...base, numbers: { ...base.numbers, groupFrom: Infinity } };
  const markOn = (mark: MarkRule) => options[mark.family ?? 'punctuation'];
  const families: WordRule[] = [];
  const escapes: string[] = language.marks.filter(markOn).flatMap((m) => m.say);
  if (options.capitalCommands && language.caseCommands) {
    families.push(caseCommandRule(language.caseCommands));
    escapes.push(...caseCommandPhrases(language.caseCommands));
  }
  if (options.addresses && language.addresses) {
    families.push(addressRule(language.addresses));
    escapes.push(language.addresses.dot);
  }
  if (options.times && language.times) families.push(timeRule(language.times, language.numbers));
  if (options.dates && language.dates) families.push(dateRule(language.dates, language.numbers, language.ordinals));
  if (options.dates && language.dates && language.dayFirstDates) families.push(dayFirstDateRule(language.dayFirstDates, language.dates));
  if (options.times && language.clock) families.push(clockRule(language.clock, language.numbers));
  if (options.money && language.money) families.push(moneyRule(language.money, language.numbers));
  if (options.money && language.centsMoney) families.push(centsMoneyRule(language.centsMoney, language.numbers));
  if (options.ordinals && language.ordinals) families.push(ordinalRule(language.ordinals, language.numbers));
  if (options.numbers && language.houseNumbers) families.push(houseNumberRule(language.houseNumbers, language.numbers));

  const escapable = new PhraseMatcher<true>();
  for (const phrase of escapes) escapable.add(phrase, true);
  return {
    language,
    marks: markMatcher(language, markOn),
    escapable,
    replacements: compileReplacements(options.replacements),
    families,
    numbers: options.numbers,
    capitals: options.capitals,
    names: options.dates,
    trueCase: options.trueCase && language.trueCase ? trueCaser(language.trueCase) : null,
  };
}
