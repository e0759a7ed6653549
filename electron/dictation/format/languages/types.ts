// The shape of one language's dictation rules. The engine (tokenizer, number parser,
// renderer) reads only this table, so adding a language is adding one file like en.ts
// and one line in index.ts.

import type { TokenStyle } from '../tokens.js';

/** A spoken phrase (lowercase words separated by single spaces), e.g. "question mark". */
export type Phrase = string;

export interface MarkRule {
  /** Every way to say it; the first is the one documentation shows first. */
  say: Phrase[];
  /** The characters typed. */
  text: string;
  style: TokenStyle;
  /** How the spoken-commands table shows what is typed, where `text` alone is unclear. */
  shows?: string;
}

export type EditCommand = 'scratch' | 'stop';

export interface CommandRule {
  say: Phrase[];
  command: EditCommand;
  /** What the spoken-commands table says the command does. */
  shows: string;
}

export interface NumberWords {
  /** Words for 0–19 (or whatever a language names with one word below its first ten). */
  units: Record<string, number>;
  /** Words for 20, 30, … 90. */
  tens: Record<string, number>;
  /** The word that multiplies the group before it by 100. */
  hundred: string;
  /** Words for 1000, 1 000 000, …: each may follow a group once, largest first. */
  scales: Record<string, number>;
  /** Joins a hundred or a scale to the rest: "one hundred and five". */
  and: string | null;
  /** Years said in two pairs ("nineteen eighty four", "twenty twenty six", "twenty oh five"):
   *  the first pair must be in this range, so "eleven thirty" (a time) stays two numbers. */
  yearCenturies: { from: number; to: number };
  /** The word for a zero digit inside a year: "twenty oh five". */
  yearZero: Phrase | null;
  /** "three point five": digits follow, one word each. */
  decimalPoint: Phrase;
  /** "ten percent" → "10%". */
  percent: Phrase[];
  /** A number said as a single word below this stays a word ("one of the", "no one"). */
  spellOutBelow: number;
  decimalSeparator: string;
  /** Separator between groups of three digits, applied from `groupFrom` up (years stay 2026). */
  groupSeparator: string;
  groupFrom: number;
}

export interface LanguageRules {
  code: string;
  marks: MarkRule[];
  commands: CommandRule[];
  /** Said before a mark's phrase, types the phrase's words instead: "literal period". */
  literal: Phrase;
  /** Shown in the spoken-commands table, with what the number parser makes of them. */
  numberExamples: Phrase[];
  /** Words that always have one spelling when capitals are on: "i" → "I", "i'm" → "I'm". */
  fixedCase: Record<string, string>;
  numbers: NumberWords;
}
