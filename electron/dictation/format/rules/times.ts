// Times of day, only where the words say it is one: an hour (one to twelve) followed by
// "am"/"pm" or "o'clock", with minutes in between for am/pm: "three thirty pm" → 3:30 PM,
// "three oh five am" → 3:05 AM, "seven am" → 7 AM, "five o'clock" → 5 o'clock. A bare
// "three thirty" stays a number phrase: without am/pm it may be a count, a score or a
// price. "noon" and "midnight" stay words.

import type { NumberWords, TimeWords } from '../languages/types.js';
import { fixedToken } from '../tokens.js';
import { keyAt, phraseAt, type WordRule } from './rule.js';

export function timeRule(times: TimeWords, numbers: NumberWords): WordRule {
  const unit = (key: string) => (Object.hasOwn(numbers.units, key) ? numbers.units[key]! : undefined);
  const tens = (key: string) => (Object.hasOwn(numbers.tens, key) ? numbers.tens[key]! : undefined);

  /** Minutes after the hour: "oh five" (01–09), a teen, or tens with an optional unit. */
  const minutes = (words: readonly string[], i: number): { value: number; length: number } | null => {
    const key = keyAt(words, i);
    const next = unit(keyAt(words, i + 1));
    if (key === numbers.yearZero && next !== undefined && next >= 1 && next <= 9) return { value: next, length: 2 };
    const teen = unit(key);
    if (teen !== undefined && teen >= 10) return { value: teen, length: 1 };
    const ten = tens(key);
    if (ten === undefined || ten > 50) return null;
    return next !== undefined && next >= 1 && next <= 9 ? { value: ten + next, length: 2 } : { value: ten, length: 1 };
  };

  return (words, start) => {
    const hour = unit(keyAt(words, start));
    if (hour === undefined || hour < 1 || hour > 12) return null;
    const oclock = phraseAt(words, start + 1, times.oclock);
    if (oclock > 0) return { tokens: [fixedToken(`${hour} o'clock`, false)], length: 1 + oclock };
    const minute = minutes(words, start + 1);
    const after = start + 1 + (minute?.length ?? 0);
    const am = phraseAt(words, after, times.am);
    const pm = am > 0 ? 0 : phraseAt(words, after, times.pm);
    if (am === 0 && pm === 0) return null;
    const clock = minute ? `${hour}:${String(minute.value).padStart(2, '0')}` : String(hour);
    return { tokens: [fixedToken(`${clock} ${am > 0 ? times.amText : times.pmText}`, false)], length: after - start + am + pm };
  };
}
