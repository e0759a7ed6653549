// Number words → digits, for any language described by a NumberWords table.
// Grammar (per group of three digits): [unit | teen | tens [unit]] [hundred [and] rest],
// groups joined by scales that must get smaller ("two thousand twenty six" = 2026).
// The parser stops at the first word that does not fit. Years said as two pairs
// ("nineteen eighty four", "twenty twenty six") are read first, for centuries in the
// table's range only, so "eleven thirty" (a time) is not a year.
// It leaves alone what people write as words: a single number word below
// `spellOutBelow` ("one of the", "no one"), and a scale with nothing before it
// ("a hundred ways", "thousands", French "mille" alone).
// German, French and Spanish (NumberWords.wholeRuns): a run of number words is one number
// or stays words, all of it; a half-read number states a different number ("trois mille
// quatre cents" read as "3004 cents"). Their tables list the phrases below 100 ("quatre
// vingt dix", "treinta y cinco", "vier und dreißig"), the one-word hundreds (Spanish) and
// the compound words (German "neunhundertvierunddreißig") the grammar needs.

import type { NumberWords } from './languages/types.js';
import { wordKey } from './words.js';

export interface ParsedNumber {
  /** The digits; null when the words are a number run that is not one number, which then
   *  stays words, all of it (NumberWords.wholeRuns). */
  text: string | null;
  /** How many words it used. */
  length: number;
}

type Last = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

export function parseNumberAt(words: readonly string[], start: number, table: NumberWords): ParsedNumber | null {
  for (const { parts, text } of idiomsFrom(table, wordKey(words[start]!))) {
    if (parts.every((p, n) => start + n < words.length && wordKey(words[start + n]!) === p)) return { text, length: parts.length };
  }
  return parseYearAt(words, start, table) ?? parseCardinalAt(words, start, table);
}

interface Idiom {
  parts: string[];
  text: string;
}

/** Idioms by first word, built once per table: this runs at every word of every partial, and
 *  French has one per day and month ("trois mars" → "3 mars"). */
const idiomIndexes = new WeakMap<NumberWords, Map<string, Idiom[]>>();
const NO_IDIOMS: Idiom[] = [];

/** Whether an idiom begins with this word: live typing holds it back ("premier" may become
 *  "1er" when "mai" follows). */
export function startsIdiom(words: readonly string[], i: number, table: NumberWords): boolean {
  return idiomsFrom(table, wordKey(words[i]!)).length > 0;
}

function idiomsFrom(table: NumberWords, firstKey: string): Idiom[] {
  let index = idiomIndexes.get(table);
  if (!index) {
    index = new Map();
    for (const [phrase, text] of Object.entries(table.idioms ?? {})) {
      const parts = phrase.split(' ');
      index.set(parts[0]!, [...(index.get(parts[0]!) ?? []), { parts, text }]);
    }
    idiomIndexes.set(table, index);
  }
  return index.get(firstKey) ?? NO_IDIOMS;
}

export function parseYearAt(words: readonly string[], start: number, table: NumberWords): { text: string; length: number } | null {
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
  /** A hundred or scale word said alone ("mille", "tausend"): a word, not a number, in prose. */
  bare: boolean;
}

type Piece =
  | { kind: 'small'; value: number } // 1–9: may still take tens after it (English "twenty three" is tens first)
  | { kind: 'pair'; value: number } // 10–99 in one word or phrase
  | { kind: 'zero' }
  | { kind: 'tens'; value: number }
  | { kind: 'hundred' }
  | { kind: 'hundreds'; value: number }
  | { kind: 'scale'; value: number; word: string }
  | { kind: 'and' };

interface NumberLexicon {
  /** Phrases of `units` by their word count, longest first. */
  phraseLengths: number[];
  hundredWords: Set<string>;
  /** Every one-word piece a German compound number is made of, longest first. */
  compoundParts: string[];
}

const lexicons = new WeakMap<NumberWords, NumberLexicon>();

function numberLexicon(table: NumberWords): NumberLexicon {
  let lexicon = lexicons.get(table);
  if (lexicon) return lexicon;
  const lengths = new Set(Object.keys(table.units).map((k) => k.split(' ').length));
  const hundredWords = new Set([table.hundred, ...(table.hundredWords ?? [])].filter((w) => w !== ''));
  const oneWord = [...Object.keys(table.units), ...Object.keys(table.tens), ...hundredWords, ...Object.keys(table.scales)].filter((k) => !k.includes(' '));
  lexicon = {
    phraseLengths: [...lengths].sort((a, b) => b - a),
    hundredWords,
    compoundParts: table.compoundWords ? oneWord.sort((a, b) => b.length - a.length) : [],
  };
  lexicons.set(table, lexicon);
  return lexicon;
}

function pieceOf(key: string, table: NumberWords, lexicon: NumberLexicon): Piece | null {
  const unit = lookup(table.units, key);
  if (unit !== undefined) return unit === 0 ? { kind: 'zero' } : unit < 10 ? { kind: 'small', value: unit } : { kind: 'pair', value: unit };
  const tens = lookup(table.tens, key);
  if (tens !== undefined) return { kind: 'tens', value: tens };
  if (lexicon.hundredWords.has(key)) return { kind: 'hundred' };
  const hundreds = table.hundreds ? lookup(table.hundreds, key) : undefined;
  if (hundreds !== undefined) return { kind: 'hundreds', value: hundreds };
  const scale = lookup(table.scales, key);
  if (scale !== undefined) return { kind: 'scale', value: scale, word: key };
  return null;
}

/** German "dreihundertvierunddreißig" → drei, hundert, vierunddreißig; null unless every
 *  letter belongs to a part. */
function compoundPieces(key: string, table: NumberWords, lexicon: NumberLexicon): Piece[] | null {
  const pieces: Piece[] = [];
  let rest = key;
  while (rest !== '') {
    const part = lexicon.compoundParts.find((p) => rest.startsWith(p));
    if (part === undefined) return null;
    pieces.push(pieceOf(part, table, lexicon)!);
    rest = rest.slice(part.length);
  }
  return pieces.length > 1 ? pieces : null;
}

/** The number pieces said at `i` and how many words they take; null for a word that is not
 *  part of a number. */
function piecesAt(words: readonly string[], i: number, table: NumberWords): { pieces: Piece[]; length: number } | null {
  if (i >= words.length) return null;
  const lexicon = numberLexicon(table);
  for (const length of lexicon.phraseLengths) {
    if (length === 1 || i + length > words.length) continue;
    const value = lookup(table.units, words.slice(i, i + length).map(wordKey).join(' '));
    if (value !== undefined) return { pieces: [{ kind: 'pair', value }], length };
  }
  const key = wordKey(words[i]!);
  if (table.and !== null && key === table.and) return { pieces: [{ kind: 'and' }], length: 1 };
  const piece = pieceOf(key, table, lexicon);
  if (piece) return { pieces: [piece], length: 1 };
  const compound = table.compoundWords ? compoundPieces(key, table, lexicon) : null;
  return compound ? { pieces: compound, length: 1 } : null;
}

/** The integer said from `start`, with no rule about what stays a word: the shared core of
 *  cardinals, ordinals, dates, times and money. */
export function readInteger(words: readonly string[], start: number, table: NumberWords): ReadInteger | null {
  let total = 0;
  let group = 0; // the value since the last scale word, below 1000
  let last: Last = 'start';
  let smallestScale = Infinity;
  let i = start;
  let firstBare = false;

  words: while (i < words.length) {
    const said = piecesAt(words, i, table);
    if (!said) break;
    // A word counts only if every piece of it fits: "dreihundertelf" whole, or not at all.
    let t = total, g = group, l: Last = last, s = smallestScale, bare = false;
    for (const [n, piece] of said.pieces.entries()) {
      const afterSeparator = l === 'start' || l === 'hundred' || l === 'scale' || l === 'and';
      switch (piece.kind) {
        case 'zero':
          // "zero" is a number only on its own: "zero five" is two numbers.
          if (l !== 'start' || said.pieces.length > 1) break words;
          return { value: 0, length: i + said.length - start, bare: false };
        case 'small':
          if (!(afterSeparator || l === 'tens')) break words;
          g += piece.value;
          l = 'unit';
          break;
        case 'pair':
          if (!afterSeparator) break words;
          g += piece.value;
          l = 'teen';
          break;
        case 'tens': {
          if (!afterSeparator) break words;
          g += piece.value;
          l = 'tens';
          // Spanish "treinta y cinco": the joiner belongs to the number only before a unit.
          const unitAfter = lookup(table.units, i + 2 < words.length ? wordKey(words[i + 2]!) : '');
          if (said.pieces.length === 1 && table.tensJoiner && i + 1 < words.length && wordKey(words[i + 1]!) === table.tensJoiner && unitAfter !== undefined && unitAfter >= 1 && unitAfter <= 9) {
            g += unitAfter;
            l = 'unit';
            i += 2;
          }
          break;
        }
        case 'hundred':
          if ((l === 'unit' || l === 'teen') && g < 100) {
            // "nineteen hundred", "trois cents", "neun hundert"
            g *= 100;
          } else if (table.bareHundred && afterSeparator && l !== 'and' && g === 0) {
            // "cent euros", "hundert Meter", "deux mille cent"
            g = 100;
            bare = said.pieces.length === 1 && n === 0;
          } else break words;
          l = 'hundred';
          break;
        case 'hundreds':
          if (!(afterSeparator && g === 0 && l !== 'and')) break words;
          g = piece.value;
          l = 'hundred';
          break;
        case 'scale':
          if (l === 'unit' || l === 'teen' || l === 'tens' || l === 'hundred') {
            if (piece.value >= s) break words;
          } else if (l === 'start' && table.bareScales?.includes(piece.word) && piece.value < s) {
            // "mille habitants", "mil ochocientos", "tausend Dank"
            g = 1;
            bare = said.pieces.length === 1 && n === 0;
          } else break words;
          t += g * piece.value;
          g = 0;
          s = piece.value;
          l = 'scale';
          break;
        case 'and': {
          // "and" belongs to the number only between a hundred/scale and more of it.
          const next = piecesAt(words, i + 1, table)?.pieces[0];
          const startsRest = next !== undefined && (next.kind === 'small' || next.kind === 'pair' || next.kind === 'tens');
          if (!(l === 'hundred' || l === 'scale') || !startsRest) break words;
          l = 'and';
          break;
        }
      }
    }
    total = t;
    group = g;
    last = l;
    smallestScale = s;
    if (i === start) firstBare = bare;
    i += said.length;
  }

  const length = i - start;
  if (length === 0) return null;
  return { value: total + group, length, bare: length === 1 && firstBare };
}

/** Whether the word at `i` is a number word or the start of a number phrase. */
export function isNumberWordAt(words: readonly string[], i: number, table: NumberWords): boolean {
  return piecesAt(words, i, table) !== null;
}

/** Where the run of number words starting at `start` ends (joiners between numbers included). */
function runEnd(words: readonly string[], start: number, table: NumberWords): number {
  let i = start;
  for (;;) {
    const said = piecesAt(words, i, table);
    if (said && said.pieces[0]!.kind !== 'and') {
      i += said.length;
      continue;
    }
    // "vier und dreißig" apart, "treinta y cinco", "vingt et un": a joiner between numbers.
    const key = i < words.length ? wordKey(words[i]!) : '';
    const joins = key !== '' && (key === table.and || (key === table.tensJoiner && joinsTensAndUnit(words, i, table)));
    const after = joins ? piecesAt(words, i + 1, table) : null;
    if (i > start && after && after.pieces[0]!.kind !== 'and') {
      i += 1;
      continue;
    }
    return i;
  }
}

/** A tens joiner joins only tens to a unit ("treinta y cinco"): between other numbers it is
 *  the word "and" ("entre diez y doce" → "entre 10 y 12"), and each side is its own number. */
function joinsTensAndUnit(words: readonly string[], i: number, table: NumberWords): boolean {
  const before = i > 0 ? lookup(table.tens, wordKey(words[i - 1]!)) : undefined;
  const unit = i + 1 < words.length ? lookup(table.units, wordKey(words[i + 1]!)) : undefined;
  return before !== undefined && unit !== undefined && unit >= 1 && unit <= 9;
}

/** Digits after "point": "three point one four" → "14"; empty when none follow. */
export function readDecimals(words: readonly string[], start: number, table: NumberWords): { digits: string; length: number } {
  if (start >= words.length || wordKey(words[start]!) !== table.decimalPoint) return { digits: '', length: 0 };
  if (table.decimalsAsNumber) {
    // "dos coma setenta y cinco" → 2,75; "tres coma cero cinco" is read digit by digit below.
    const said = readInteger(words, start + 1, table);
    if (said && said.value >= 10 && said.value <= 99) return { digits: String(said.value), length: 1 + said.length };
  }
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
  if (table.wholeRuns) {
    const run = runEnd(words, start, table);
    // "un quince por ciento": the article before a number, not part of it ("un 15 %").
    if (run > end && integer.length === 1 && table.articles?.includes(key(start)) && isNumberWordAt(words, start + 1, table)) return null;
    if (run > end) return { text: null, length: run - start };
  }
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

  const before = start > 0 ? key(start - 1) : '';
  const whole = decimals.digits === '' && !percent;
  // "el siglo veintiuno" → "el siglo XXI": centuries are written in Roman numerals.
  if (whole && table.romanAfter?.includes(before) && integer.value >= 1 && integer.value < 4000) return { text: roman(integer.value), length: end - start };
  // A number that labels or dates something is digits however small: "página 5", "5 de mayo".
  const label = () => table.digitsAfter?.includes(before) || table.digitsBefore?.some((phrase) => saidAt(words, end, phrase));
  if (integer.length === 1 && whole && (integer.value < table.spellOutBelow || integer.bare) && !label()) return null;
  // "a las diez y media", "la una y diez": the 12-hour clock is written in words.
  if (whole && integer.value < 60 && table.hoursInWords && start > 0 && isSpokenHour(words, start, integer, table.hoursInWords)) return null;

  let text = groupDigits(integer.value, table);
  if (decimals.digits) text += table.decimalSeparator + decimals.digits;
  if (percent) text += table.percentSign ?? '%';
  return { text, length: end - start };
}

function isSpokenHour(words: readonly string[], start: number, integer: ReadInteger, hours: NonNullable<NumberWords['hoursInWords']>): boolean {
  const hourAt = (i: number, value: number) => value >= 1 && value <= 12 && hours.after.some((phrase) => saidBefore(words, i, phrase));
  if (integer.length === 1 && hourAt(start, integer.value)) return true;
  // The minutes after an hour said in words: "y diez", "menos veinte".
  if (integer.value >= 60 || start < 2 || !hours.minutesAfter.includes(wordKey(words[start - 1]!))) return false;
  const hour = lookup(hours.values, wordKey(words[start - 2]!));
  return hour !== undefined && hourAt(start - 2, hour);
}

/** Whether the phrase ends right before `start`. */
function saidBefore(words: readonly string[], start: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return start >= parts.length && saidAt(words, start - parts.length, phrase);
}

/** Whether the phrase is said from `start`. */
function saidAt(words: readonly string[], start: number, phrase: string): boolean {
  let i = start;
  for (const part of phrase.split(' ')) if (i >= words.length || wordKey(words[i++]!) !== part) return false;
  return true;
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(value: number): string {
  let text = '';
  for (const [worth, letters] of ROMAN) {
    while (value >= worth) {
      text += letters;
      value -= worth;
    }
  }
  return text;
}

/** Digits with the language's thousands separator from `groupFrom` up (years stay 2026). */
export function groupDigits(value: number, table: Pick<NumberWords, 'groupFrom' | 'groupSeparator'>): string {
  const digits = String(value);
  if (value < table.groupFrom) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, table.groupSeparator);
}
