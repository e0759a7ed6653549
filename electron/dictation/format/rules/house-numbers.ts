// House numbers: the number after a street name is written in digits, however small
// ("goethestraße zwölf" → "Goethestraße 12", "hauptstraße fünf" → "Hauptstraße 5"; DIN 5008
// and every German address). Elsewhere a number up to twelve stays a word (numbers.ts).
// The number is read whole: a run of number words that is not one number is left to the
// number rule, which keeps it as words.

import type { HouseNumberWords, NumberWords } from '../languages/types.js';
import { isNumberWordAt, readInteger } from '../numbers.js';
import { fixedToken } from '../tokens.js';
import { keyAt, type WordRule } from './rule.js';

const HIGHEST = 9999;

export function houseNumberRule(houses: HouseNumberWords, numbers: NumberWords): WordRule {
  return (words, start) => {
    if (start === 0) return null;
    const street = keyAt(words, start - 1);
    if (!houses.streetEndings.some((ending) => street.endsWith(ending))) return null;
    const number = readInteger(words, start, numbers);
    if (!number || number.value < 1 || number.value > HIGHEST || isNumberWordAt(words, start + number.length, numbers)) return null;
    return { tokens: [fixedToken(String(number.value), false)], length: number.length };
  };
}
