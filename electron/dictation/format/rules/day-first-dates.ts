// Dates said day first, as German says them: "am dritten mai" → "am 3. Mai", "der
// einunddreißigste dezember" → "der 31. Dezember" (Duden and DIN 5008 write the day as a
// number with a point). The day word counts only right before a month name, so "der dritte
// Mann" and "zum zweiten Mal" stay words; in a range the first day takes the month of the
// second: "vom zehnten bis zum zwanzigsten oktober" → "vom 10. bis zum 20. Oktober". A year
// after the month is the number rule's (it makes its digits on its own).

import type { DateWords, DayFirstDateWords } from '../languages/types.js';
import { fixedToken } from '../tokens.js';
import { keyAt, phraseAt, type WordRule } from './rule.js';

export function dayFirstDateRule(days: DayFirstDateWords, dates: DateWords): WordRule {
  const dayAt = (words: readonly string[], i: number): number | undefined => {
    const key = keyAt(words, i);
    return Object.hasOwn(days.days, key) ? days.days[key] : undefined;
  };
  const monthAt = (words: readonly string[], i: number): number => dates.months.indexOf(keyAt(words, i));

  return (words, start) => {
    const day = dayAt(words, start);
    if (day === undefined) return null;
    const month = monthAt(words, start + 1);
    if (month >= 0) {
      const name = dates.months[month]!;
      return { tokens: [fixedToken(days.write(day, name.charAt(0).toUpperCase() + name.slice(1)), true)], length: 2 };
    }
    // "vom zehnten bis zum zwanzigsten oktober": this day is a date when the next one is.
    const range = phraseAt(words, start + 1, days.rangeWords);
    if (range > 0 && dayAt(words, start + 1 + range) !== undefined && monthAt(words, start + 2 + range) >= 0) {
      return { tokens: [fixedToken(days.write(day, null), true)], length: 1 };
    }
    return null;
  };
}

/** Live typing: the index of a day word that a later word may still make a date ("am
 *  dritten" before "mai", "vom zehnten bis zum" before "zwanzigsten oktober"); words.length
 *  when there is none. */
export function dayWaitsFrom(words: readonly string[], days: DayFirstDateWords): number {
  const keys = words.map((w) => w.toLowerCase());
  const isDay = (key: string) => Object.hasOwn(days.days, key);
  const longestRange = Math.max(0, ...days.rangeWords.map((r) => r.split(' ').length));
  for (let d = Math.max(0, keys.length - longestRange - 2); d < keys.length; d++) {
    if (!isDay(keys[d]!)) continue;
    const after = keys.slice(d + 1);
    // What follows is still the start of "bis zum zwanzigsten" (the month would end it).
    const open = after.length === 0 || days.rangeWords.some((range) => {
      const parts = range.split(' ');
      return after.length <= parts.length + 1 && after.every((key, n) => (n < parts.length ? parts[n] === key : isDay(key)));
    });
    if (open) return d;
  }
  return words.length;
}
