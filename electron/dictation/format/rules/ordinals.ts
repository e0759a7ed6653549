// Ordinals: "first" … "tenth" stay words (a writer spells them out); from "eleventh" up,
// and every compound ("twenty first", "one hundred and first"), become digits with the
// language's suffix: 11th, 21st, 22nd, 23rd, 101st, 111th, 100th. An ordinal is read as
// the cardinal it ends in ("twenty first" as "twenty one"), so it follows the number
// grammar exactly; a lone "hundredth" or "thousandth" is 100th / 1000th.

import type { NumberWords, OrdinalWords } from '../languages/types.js';
import { groupDigits, readInteger } from '../numbers.js';
import { fixedToken } from '../tokens.js';
import { keyAt, type WordRule } from './rule.js';

export interface ReadOrdinal {
  value: number;
  length: number;
}

/** The ordinal said from `start` (any value, "third" included): dates use it too. */
export function readOrdinal(words: readonly string[], start: number, ordinals: OrdinalWords, numbers: NumberWords): ReadOrdinal | null {
  // The ordinal word ends the phrase: find it within the number words that lead to it.
  for (let end = start; end < words.length && end - start < 12; end++) {
    const key = keyAt(words, end);
    const cardinal = Object.hasOwn(ordinals.words, key) ? ordinals.words[key]! : undefined;
    if (cardinal !== undefined) {
      if (end === start && (cardinal === numbers.hundred || Object.hasOwn(numbers.scales, cardinal))) {
        return { value: cardinal === numbers.hundred ? 100 : numbers.scales[cardinal]!, length: 1 };
      }
      const said = [...words.slice(start, end), cardinal];
      const integer = readInteger(said, 0, numbers);
      return integer && integer.length === said.length ? { value: integer.value, length: said.length } : null;
    }
    if (!isNumberWord(key, numbers)) return null;
  }
  return null;
}

function isNumberWord(key: string, numbers: NumberWords): boolean {
  return (
    Object.hasOwn(numbers.units, key) ||
    Object.hasOwn(numbers.tens, key) ||
    Object.hasOwn(numbers.scales, key) ||
    key === numbers.hundred ||
    key === numbers.and ||
    key === numbers.tensJoiner
  );
}

export function ordinalRule(ordinals: OrdinalWords, numbers: NumberWords): WordRule {
  return (words, start) => {
    const ordinal = readOrdinal(words, start, ordinals, numbers);
    if (!ordinal || (ordinal.length === 1 && ordinal.value <= ordinals.spellOutUpTo)) return null;
    return { tokens: [fixedToken(groupDigits(ordinal.value, numbers) + ordinals.suffix(ordinal.value), false)], length: ordinal.length };
  };
}
