// The shape of one language's dictation rules. The engine (tokenizer, number parser,
// renderer) reads only this table, so adding a language is adding one file like en.ts
// and one line in index.ts.

import type { Lexicon } from '../lexicon.js';
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
  /** Spanish "?" and "!": the opening mark ("¿", "¡") added at the start of the sentence
   *  when the sentence began in the same utterance and was not opened by voice. */
  pairedOpening?: string;
  /** Words that, said right after the phrase, make it a word instead ("point de vue"). */
  notBefore?: string[];
  /** Words that, said right before the phrase, make it a word instead (Spanish "en punto"). */
  notAfter?: string[];
  /** Which switch in Settings → Formatting turns it off; punctuation when absent. */
  family?: MarkFamily;
}

/** Marks are grouped by the setting that switches them off. */
export type MarkFamily = 'punctuation' | 'spacingCommands' | 'symbols';

export type EditCommand = 'scratch' | 'stop' | FieldEditCommand;

/**
 * Editing commands on the text Voskey typed in this field (format/field-edits.ts). In a
 * replace phrase the capitals X and Y stand for one or more spoken words each
 * ("replace X with Y"); every other word is said as written.
 */
export type FieldEditCommand = 'undo' | 'replace' | 'deleteSentence';

export interface CommandRule {
  /** For 'replace', the phrase has the slots X and Y (see FieldEditCommand). */
  say: Phrase[];
  command: EditCommand;
  /** What the spoken-commands table says the command does. */
  shows: string;
}

export interface NumberWords {
  /** Words for 0–19, and any other number below 100 said as one word ("dreiundzwanzig",
   *  "veintitrés") or as a fixed phrase ("vingt et un", "quatre vingt dix", "treinta y
   *  cinco", "vier und dreißig"): phrases are matched longest first. */
  units: Record<string, number>;
  /** Words for 20, 30, … 90. */
  tens: Record<string, number>;
  /** The word that multiplies the group before it by 100. */
  hundred: string;
  /** Other forms of it: French plural "cents" ("trois cents"). */
  hundredWords?: string[];
  /** The hundred word said alone means 100 ("cent euros", "hundert Meter"). */
  bareHundred?: boolean;
  /** Hundreds that are their own words: Spanish "ciento", "doscientos" … "novecientos". */
  hundreds?: Record<string, number>;
  /** Scales said alone mean one of them: French "mille", Spanish "mil", German "tausend". */
  bareScales?: string[];
  /** German writes a number as one word: "neunhundertvierunddreißig" is read as its parts. */
  compoundWords?: boolean;
  /** A run of number words becomes digits only if all of it is one number; otherwise every
   *  word of it stays a word ("trois mille quatre cents" never becomes "3004 cents"). */
  wholeRuns?: boolean;
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
  /** Spanish decimals said as one number: "dos coma setenta y cinco" = 2,75 (not 2 and 75). */
  decimalsAsNumber?: boolean;
  /** Words after which a number is a label, written in digits however small: "página 5". */
  digitsAfter?: Phrase[];
  /** Phrases before which a number is a day of the month, in digits: "5 de mayo". */
  digitsBefore?: Phrase[];
  /** The 12-hour clock written in words (Spanish "a las diez y media", "la una y diez"): an
   *  hour word after one of `after`, and the minutes after it and one of `minutesAfter`. */
  hoursInWords?: { after: Phrase[]; minutesAfter: Phrase[]; values: Record<string, number> };
  /** Words after which a number is written in Roman numerals: "siglo XXI". */
  romanAfter?: Phrase[];
  /** Number words that are also an article before another number: Spanish "un quince por
   *  ciento" is "un 15 %", not a run that stays words. */
  articles?: string[];
  decimalSeparator: string;
  /** Separator between groups of three digits, applied from `groupFrom` up (years stay 2026). */
  groupSeparator: string;
  groupFrom: number;
  /** What "percent" types after the digits: "%" in English, "\u202F%" in French. Default "%". */
  percentSign?: string;
  /** Number phrases with a fixed writing, read before any number: "twenty four seven" →
   *  "24/7" (not "24 7": a writer means all the time). */
  idioms?: Record<Phrase, string>;
  /** Joins tens and units: Spanish "treinta y cinco" = 35. */
  tensJoiner?: Phrase;
}

/** "cap hello", "all caps nasa", "no caps iphone", "caps on … caps off". */
export interface CaseCommandWords {
  capital: Phrase[];
  upper: Phrase[];
  lower: Phrase[];
  titleOn: Phrase[];
  upperOn: Phrase[];
  /** Ends either mode. */
  off: Phrase[];
}

export interface AddressWords {
  /** The spoken separator between labels: "dot". */
  dot: Phrase;
  /** The spoken "@" inside an e-mail address. */
  at: Phrase[];
  /** A chain of labels becomes an address only when it ends in one of these. */
  topLevelDomains: string[];
  /** Top-level domains that are also everyday words ("to", "es", "de"): they end an address
   *  only in a chain of three labels or more ("www dot example dot es"). */
  ambiguousTopLevelDomains?: string[];
  /** Words that never start an address, so "the dot net framework" stays words. */
  neverFirst: string[];
}

export interface OrdinalWords {
  /** Each ordinal word and the cardinal word it stands for: "twenty first" is read as "twenty one". */
  words: Record<string, string>;
  /** A single ordinal word up to this value stays a word ("first", "tenth"). */
  spellOutUpTo: number;
  suffix(value: number): string;
}

export interface TimeWords {
  am: Phrase[];
  pm: Phrase[];
  /** "five o'clock" → "5 o'clock". */
  oclock: Phrase[];
  /** How the clock is written: "3:30 PM". */
  amText: string;
  pmText: string;
}

export interface DateWords {
  /** January … December, lowercase, in order. */
  months: string[];
  weekdays: string[];
  /** Month names that are also common words ("may", "march"): capitalised only inside a
   *  date, after a day number, or after one of `monthAfter` ("in may"). */
  onlyInDates: string[];
  monthAfter?: Phrase[];
  /** Month names that are a date only with an ordinal after them: "may fifth" is a date,
   *  "you may one day" is not. */
  needsOrdinal?: string[];
  /** "March 3, 2026". */
  write(month: string, day: number | null, year: string | null): string;
}

/** Dates said day first with a day word: German "am dritten mai" → "am 3. Mai". */
export interface DayFirstDateWords {
  /** Every word for a day of the month (1–31) said before a month name, in all its forms. */
  days: Record<Phrase, number>;
  /** Between the two days of a range: "bis zum", "und". Longest first. */
  rangeWords: Phrase[];
  /** "3. Mai"; month null for the first day of a range ("10."). */
  write(day: number, month: string | null): string;
}

/** House numbers after a street name: German "goethestraße zwölf" → "Goethestraße 12". */
export interface HouseNumberWords {
  /** How a street name ends: "straße", "weg", "platz". */
  streetEndings: string[];
}

export interface Currency {
  /** Singular and plural: "dollar", "dollars". */
  say: Phrase[];
  symbol: string;
}

export interface MoneyWords {
  currencies: Currency[];
  /** "and fifty cents". */
  cents: Phrase[];
  and: Phrase | null;
}

/** Capitals from the language's dictionary (lexicons/, scripts/build-lexicons.ts). */
export interface TrueCaseWords {
  lexicon: () => Lexicon;
  /** German: a word the dictionary writes both ways ("essen" / "Essen") is the noun right
   *  after one of these (articles, determiners, a preposition fused with an article). */
  nounAfter?: Phrase[];
  /** Words the dictionary knows both ways whose lowercase sense is rare in speech, so the
   *  name wins: each with the next words that make it the common word ("peter out"). */
  namesFirst?: Record<string, Phrase[]>;
  /** Names the dictionary writes only as an everyday word ("valencia", chemistry's valence;
   *  "granada", a pomegranate): each is the name right after one of these words ("en
   *  valencia", "calle mayor"). */
  namesAfter?: Record<string, Phrase[]>;
  /** Two-word names whose words are everyday words alone ("nueva york", "estados unidos"):
   *  each word takes its capital only beside the other. */
  namePairs?: Phrase[];
  /** German compounds the dictionary does not list ("geburtstag"): a word that ends in a
   *  noun (capitalised only) after a noun, with or without a linking "s", "es", "n", "en",
   *  "er" or "e", is a noun: German compounds take the part of speech of their last part. */
  compounds?: boolean;
  /** Context a word list cannot hold (German "alles Gute", "beim Kochen", "das wissen wir"):
   *  true makes the word a noun, false keeps it as said, null leaves it to the rules above. */
  nounByContext?: (key: string, previousKey: string, nextKey: string, lexicon: Lexicon, afterNumber: boolean) => boolean | null;
  /** Live typing: whether nounByContext may still change its answer with the next word. */
  nounWaits?: (key: string, previousKey: string, lexicon: Lexicon) => boolean;
  /** French and Spanish elision: "l'italie" → "l'Italie" looks up the word after it. */
  elisions?: string[];
  /** Names the dictionary writes only as an everyday noun or verb ("pierre", a stone;
   *  "marie", marries): each is the name unless right after one of these words (an article,
   *  a pronoun, an adjective: "une pierre", "il se marie") or a number ("trois tours"). */
  namesUnlessAfter?: Record<string, Phrase[]>;
}

/** Times said with an hour word: German "fünfzehn uhr dreißig", French "quinze heures trente". */
export interface ClockWords {
  hour: Phrase[];
  write(hour: number, minute: number | null): string;
  /** Words before the hour that make it a duration, not a time of day: French "pendant
   *  deux heures", "dans trois heures", "il y a deux heures". */
  durationAfter?: Phrase[];
}

/** Money said as amount, currency, cents: "fünf euro fünfzig" → "5,50 €". */
export interface CentsMoneyWords {
  currencies: Currency[];
  /** Between the currency and the cents: "und", "et", "con". */
  joiners: Phrase[];
  /** Said after the cents: "cent", "centimes", "céntimos". */
  cents: Phrase[];
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
  // The rule families below are optional: a language without one simply types the words.
  caseCommands?: CaseCommandWords;
  addresses?: AddressWords;
  ordinals?: OrdinalWords;
  times?: TimeWords;
  dates?: DateWords;
  /** Digits after a street name (switched with numbers). */
  houseNumbers?: HouseNumberWords;
  /** Day-first dates (switched with dates; needs `dates` for the month names). */
  dayFirstDates?: DayFirstDateWords;
  money?: MoneyWords;
  /** German and French times (switched with times). */
  clock?: ClockWords;
  /** German, French and Spanish money with cents (switched with money). */
  centsMoney?: CentsMoneyWords;
  trueCase?: TrueCaseWords;
  /** Phrases of the other families shown in the spoken-commands table, each with what it types. */
  familyExamples?: Phrase[];
  /** Choosing among the recognizer's alternatives for the last thing typed (issue 24). */
  correction: CorrectionWords;
}

/**
 * "correct that" shows the alternatives of the last thing typed as a numbered list;
 * while it shows, a choose phrase followed by a number ("choose two", "pick 2") types that
 * alternative instead, and a cancel phrase closes the list. Each said as its own utterance.
 */
export interface CorrectionWords {
  correct: Phrase[];
  /** Said before the number (one of numbers.units, or a digit). */
  choose: Phrase[];
  cancel: Phrase[];
  /**
   * Words a recognizer hears for a number after a choose phrase ("choose to" for "choose
   * two"): said while the list shows, right after "choose", they can only mean the number.
   */
  numberSoundalikes?: Record<string, number>;
}
