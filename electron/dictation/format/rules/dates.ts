// Dates and names: month and weekday names always get their capital ("monday", "april"),
// except month names that are also everyday words ("may"), which do only inside a date.
// A month followed by a day (cardinal or ordinal, 1–31) becomes "March 3"; with a year
// after it "March 3, 2026"; a month followed by a year "March 2026". The exact writing is
// the language's (DateWords.write).

import type { DateWords, NumberWords, OrdinalWords } from '../languages/types.js';
import { parseYearAt, readInteger } from '../numbers.js';
import { fixedToken, type Token } from '../tokens.js';
import { readOrdinal } from './ordinals.js';
import { keyAt, type WordRule } from './rule.js';

export function dateRule(dates: DateWords, numbers: NumberWords, ordinals: OrdinalWords | undefined): WordRule {
  const year = (words: readonly string[], i: number): { text: string; length: number } | null => {
    const pair = parseYearAt(words, i, numbers);
    if (pair) return pair;
    const integer = readInteger(words, i, numbers);
    return integer && integer.length > 1 && integer.value >= 1000 && integer.value <= 2999 ? { text: String(integer.value), length: integer.length } : null;
  };

  return (words, start) => {
    const key = keyAt(words, start);
    const month = dates.months.indexOf(key);
    if (month < 0) return null;
    const name = capitalFirst(key);
    const yearOnly = year(words, start + 1);
    if (yearOnly) return date(dates.write(name, null, yearOnly.text), 1 + yearOnly.length);

    const ordinal = ordinals ? readOrdinal(words, start + 1, ordinals, numbers) : null;
    // A month that is also a verb needs an ordinal: "may fifth" is a date, "you may one day" is not.
    const cardinal = ordinal || dates.needsOrdinal?.includes(key) ? null : readInteger(words, start + 1, numbers);
    const day = ordinal ?? cardinal;
    if (!day || day.value < 1 || day.value > 31) return null;
    const afterDay = start + 1 + day.length;
    const withYear = year(words, afterDay);
    return date(dates.write(name, day.value, withYear?.text ?? null), 1 + day.length + (withYear?.length ?? 0));
  };
}

/** Month and weekday names with their capital; null for any other word. */
export function nameCapital(dates: DateWords, key: string, previousKey = '', numbers?: NumberWords): string | null {
  // "in may", "3 march": a month; "you may", "troops march": the word.
  if (dates.onlyInDates.includes(key)) {
    const afterDay = numbers !== undefined && (Object.hasOwn(numbers.units, previousKey) || Object.hasOwn(numbers.tens, previousKey) || /^\d{1,2}$/u.test(previousKey));
    return afterDay || dates.monthAfter?.includes(previousKey) ? capitalFirst(key) : null;
  }
  return dates.months.includes(key) || dates.weekdays.includes(key) ? capitalFirst(key) : null;
}

function date(text: string, length: number): { tokens: Token[]; length: number } {
  return { tokens: [fixedToken(text, true)], length };
}

function capitalFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
