// Times said with an hour word, as German and French say every time of day: "fünfzehn uhr
// dreißig" → 15:30 Uhr, "quinze heures trente" → 15 h 30, "quinze heures" → 15 h. The hour
// (0–24) and the minutes (1–59) are read whole: "zehn uhr dreißig fünf" is not a time plus
// a word. The writing is the language's (ClockWords.write). After a word that makes it a
// duration ("pendant deux heures") it is not a time of day and stays as said.

import type { ClockWords, NumberWords } from '../languages/types.js';
import { readInteger } from '../numbers.js';
import { fixedToken } from '../tokens.js';
import { keyAt, phraseAt, type WordRule } from './rule.js';

export function clockRule(clock: ClockWords, numbers: NumberWords): WordRule {
  return (words, start) => {
    if (start > 0 && clock.durationAfter?.includes(keyAt(words, start - 1))) return null;
    const hour = readInteger(words, start, numbers);
    if (!hour || hour.value > 24) return null;
    const hourWord = phraseAt(words, start + hour.length, clock.hour);
    if (hourWord === 0) return null;
    let end = start + hour.length + hourWord;
    const minute = readInteger(words, end, numbers);
    const minuteOk = minute !== null && minute.value >= 1 && minute.value <= 59 && readInteger(words, end + minute.length, numbers) === null;
    if (minuteOk) end += minute.length;
    return { tokens: [fixedToken(clock.write(hour.value, minuteOk ? minute.value : null), true)], length: end - start };
  };
}
