// Number words → digits, for any language described by a NumberWords table.
// Grammar (per group of three digits): [unit | teen | tens [unit]] [hundred [and] rest],
// groups joined by scales that must get smaller ("two thousand twenty six" = 2026).
// The parser stops at the first word that does not fit. Years said as two pairs
// ("nineteen eighty four", "twenty twenty six") are read first, for centuries in the
// table's range only, so "eleven thirty" (a time) is not a year.
// It leaves alone what people write as words: a single number word below
// `spellOutBelow` ("one of the", "no one"), and a scale with nothing before it
// ("a hundred ways", "thousands").

import type { NumberWords } from './languages/types.js';
import { wordKey } from './words.js';

export interface ParsedNumber {
  text: string;
  /** How many words it used. */
  length: number;
}

type Last = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

export function parseNumberAt(words: readonly string[], start: number, table: NumberWords): ParsedNumber | null {
  return parseYearAt(words, start, table) ?? parseCardinalAt(words, start, table);
}

export function parseYearAt(words: readonly string[], start: number, table: NumberWords): ParsedNumber | null {
  const century = parsePairAt(words, start, table);
  if (!century || century.value < table.yearCenturies.from || century.value > table.yearCenturies.to) return null;
  const next = start + century.length;
  const key = (i: number) => (i < words.length ? wordKey(words[i]!) : '');
  let year: { value: number; length: number } | null = parsePairAt(words, next, table);
  if (!year && table.yearZero !== null && key(next) === table.yearZero) {
    const digit = lookup(table.units, key(next + 1));
    if (digit !== undefined && digit >= 1 && digit <= 9) year = { value: digit, length: 2 };
  }
  if (!year) return null;
  // "nineteen eighty four thousand" is a cardinal, not a year followed by a word.
  const after = key(next + year.length);
  if (after === table.hundred || lookup(table.scales, after) !== undefined) return null;
  return { text: String(century.value * 100 + year.value), length: century.length + year.length };
}

/** A number from 10 to 99 said as a teen or as tens with an optional unit. */
function parsePairAt(words: readonly string[], start: number, table: NumberWords): { value: number; length: number } | null {
  const key = (i: number) => (i < words.length ? wordKey(words[i]!) : '');
  const teen = lookup(table.units, key(start));
  if (teen !== undefined && teen >= 10) return { value: teen, length: 1 };
  const tens = lookup(table.tens, key(start));
  if (tens === undefined) return null;
  const unit = lookup(table.units, key(start + 1));
  return unit !== undefined && unit >= 1 && unit <= 9 ? { value: tens + unit, length: 2 } : { value: tens, length: 1 };
}

function lookup(table: Record<string, number>, key: string): number | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export interface ReadInteger {
  value: number;
  /** How many words it used. */
  length: number;
}

/** The integer said from `start`, with no rule about what stays a word: the shared core of
 *  cardinals, ordinals, dates, times and money. */
export function readInteger(words: readonly string[], start: number, table: NumberWords): ReadInteger | null {
  const key = (i: number) => (i < words.length ? wordKey(words[i]!) : '');
  const unitValue = (k: string) => lookup(table.units, k);
  const tensValue = (k: string) => lookup(table.tens, k);
  const scaleValue = (k: string) => lookup(table.scales, k);
  const startsGroupRest = (k: string) => {
    const u = unitValue(k);
    return (u !== undefined && u > 0) || tensValue(k) !== undefined;
  };

  let total = 0;
  let group = 0; // the value since the last scale word, below 1000
  let last: Last = 'start';
  let smallestScale = Infinity;
  let i = start;

  for (; i < words.length; i++) {
    const k = key(i);
    const unit = unitValue(k);
    const tens = tensValue(k);
    const scale = scaleValue(k);
    const afterSeparator = last === 'start' || last === 'hundred' || last === 'scale' || last === 'and';

    if (unit !== undefined && unit === 0) {
      // "zero" is a number only on its own: "zero five" is two numbers.
      if (last !== 'start') break;
      last = 'unit';
      i++;
      break;
    } else if (unit !== undefined && unit < 10) {
      if (!(afterSeparator || last === 'tens')) break;
      group += unit;
      last = 'unit';
    } else if (unit !== undefined) {
      if (!afterSeparator) break;
      group += unit;
      last = 'teen';
    } else if (tens !== undefined) {
      if (!afterSeparator) break;
      group += tens;
      last = 'tens';
      // Spanish "treinta y cinco": the joiner belongs to the number only before a unit.
      const unitAfter = unitValue(key(i + 2));
      if (table.tensJoiner && key(i + 1) === table.tensJoiner && unitAfter !== undefined && unitAfter >= 1 && unitAfter <= 9) i++;
    } else if (k === table.hundred) {
      // Only right after a unit or teen of a group that has no hundreds yet: "nineteen hundred".
      if (!((last === 'unit' || last === 'teen') && group < 100)) break;
      group *= 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (!(last === 'unit' || last === 'teen' || last === 'tens' || last === 'hundred')) break;
      if (scale >= smallestScale) break;
      total += group * scale;
      group = 0;
      smallestScale = scale;
      last = 'scale';
    } else if (table.and !== null && k === table.and) {
      // "and" belongs to the number only between a hundred/scale and more of it.
      if (!(last === 'hundred' || last === 'scale') || !startsGroupRest(key(i + 1))) break;
      last = 'and';
    } else {
      break;
    }
  }

  const length = i - start;
  return length === 0 ? null : { value: total + group, length };
}

/** Digits after "point": "three point one four" → "14"; empty when none follow. */
export function readDecimals(words: readonly string[], start: number, table: NumberWords): { digits: string; length: number } {
  if (start >= words.length || wordKey(words[start]!) !== table.decimalPoint) return { digits: '', length: 0 };
  let digits = '';
  let j = start + 1;
  while (j < words.length) {
    const digit = lookup(table.units, wordKey(words[j]!));
    if (digit === undefined || digit > 9) break;
    digits += String(digit);
    j++;
  }
  return digits === '' ? { digits: '', length: 0 } : { digits, length: j - start };
}

function parseCardinalAt(words: readonly string[], start: number, table: NumberWords): ParsedNumber | null {
  const key = (i: number) => (i < words.length ? wordKey(words[i]!) : '');
  const integer = readInteger(words, start, table);
  if (!integer) return null;
  let end = start + integer.length;
  const decimals = readDecimals(words, end, table);
  end += decimals.length;

  let percent = false;
  for (const phrase of table.percent) {
    const parts = phrase.split(' ');
    if (parts.every((p, n) => key(end + n) === p)) {
      percent = true;
      end += parts.length;
      break;
    }
  }

  if (integer.length === 1 && decimals.digits === '' && !percent && integer.value < table.spellOutBelow) return null;

  let text = groupDigits(integer.value, table);
  if (decimals.digits) text += table.decimalSeparator + decimals.digits;
  if (percent) text += table.percentSign ?? '%';
  return { text, length: end - start };
}

/** Digits with the language's thousands separator from `groupFrom` up (years stay 2026). */
export function groupDigits(value: number, table: Pick<NumberWords, 'groupFrom' | 'groupSeparator'>): string {
  const digits = String(value);
  if (value < table.groupFrom) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, table.groupSeparator);
}
