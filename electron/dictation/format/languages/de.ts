// German dictation rules. Sources followed:
// - Typography: Duden, "Die deutsche Rechtschreibung" (Regeln zu Anführungszeichen,
//   Gedankenstrich, Zahlen und Ziffern) and DIN 5008 ("Schreib- und Gestaltungsregeln für
//   die Text- und Informationsverarbeitung"): German quotation marks „…“; the
//   Gedankenstrich is an en dash with a space each side; a space between a number and
//   "%"; decimal comma; numbers of five digits and more are grouped (we use the point,
//   "35.000", the grouping most German readers expect); numbers up to twelve are usually
//   written as words, so a single number word below 13 stays a word.
// - Spoken command words: the names German dictation software uses for the marks
//   ("Punkt", "Komma", "Fragezeichen", "neue Zeile", "neuer Absatz", "Klammer auf/zu",
//   "Anführungszeichen unten/oben"), as listed in Dragon's German command reference.
// Numbers: written together or apart ("neunhundertvierunddreißig", "neun hundert vier und
// dreißig" → 934), "hundert" and "tausend" alone, "Million(en)", "Milliarde(n)", decimals
// ("drei komma fünf" → 3,5), "prozent"; a run that is not one number stays words. Years
// are said as cardinals ("neunzehnhundertvierundachtzig" → 1984). Times: "fünfzehn uhr
// dreißig" → 15:30 Uhr (Duden: "15:30 Uhr", DIN 5008 the same). Money: "fünf euro
// fünfzig" → 5,50 € (DIN 5008: amount, space, symbol); a whole amount keeps its word.
// Nouns get their capital from the dictionary (lexicons/de.ts).
// Dates: an ordinal day before a month, "am dritten mai" → "am 3. Mai" (Duden, DIN 5008).
// Left out on purpose: other ordinals ("der dritte Mann"), case commands, and symbols.

import { BREAKS_LINE, CLOSES, ENDS_SENTENCE, INSIDE_SENTENCE, JOINS, OPENS, SPACED } from './styles.js';
import { lazyLexicon } from '../lexicon.js';
import * as lexicon from '../lexicons/de.js';
import { germanNounByContext, germanNounWaits, NOUN_AFTER, withNounsFirst } from './de-nouns.js';
import type { LanguageRules } from './types.js';
import type { TokenStyle } from '../tokens.js';

const UNITS: Record<string, number> = {
  null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
  zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** A comma and a line break that continue the sentence (the salutation of a letter). */
const AFTER_SALUTATION: TokenStyle = { attachLeft: true, attachRight: true, capitalAfter: 'continue' };

/** "einundzwanzig" … "neunundneunzig": German writes the unit first, joined by "und";
 *  a recognizer may also write it apart ("vier und dreißig"). */
function compounds(): Record<string, number> {
  const ones: [string, number][] = [['ein', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9]];
  const out: Record<string, number> = {};
  for (const [tens, t] of Object.entries(TENS)) {
    for (const [one, o] of ones) {
      out[`${one}und${tens}`] = t + o;
      out[`${one === 'ein' ? 'eins' : one} und ${tens}`] = t + o;
      if (one === 'ein') out[`ein und ${tens}`] = t + o;
    }
  }
  return out;
}

/** "erste", "dritten", "einunddreißigstes": the ordinals 1–31 in every ending, for dates. */
function dayWords(): Record<string, number> {
  const stems: [string, number][] = [['erst', 1], ['zweit', 2], ['dritt', 3], ['viert', 4], ['fünft', 5], ['sechst', 6], ['siebt', 7], ['siebent', 7], ['acht', 8], ['neunt', 9]];
  for (const [word, value] of Object.entries(UNITS)) if (value >= 10) stems.push([`${word}t`, value]);
  stems.push(['zwanzigst', 20], ['dreißigst', 30], ['einunddreißigst', 31]);
  for (const [word, value] of Object.entries(compounds())) if (value < 30 && !word.includes(' ')) stems.push([`${word}st`, value]);
  const out: Record<string, number> = {};
  for (const [stem, value] of stems) for (const ending of ['e', 'en', 'er', 'es', 'em']) out[stem + ending] = value;
  return out;
}

export const german: LanguageRules = {
  code: 'de',
  marks: [
    { say: ['punkt'], text: '.', style: ENDS_SENTENCE },
    { say: ['fragezeichen'], text: '?', style: ENDS_SENTENCE },
    { say: ['ausrufezeichen'], text: '!', style: ENDS_SENTENCE },
    { say: ['komma'], text: ',', style: INSIDE_SENTENCE },
    { say: ['doppelpunkt'], text: ':', style: INSIDE_SENTENCE },
    { say: ['semikolon', 'strichpunkt'], text: ';', style: INSIDE_SENTENCE },
    { say: ['gedankenstrich'], text: '–', style: SPACED, shows: '`–` with a space each side' },
    { say: ['bindestrich'], text: '-', style: JOINS, shows: '`-` (joins the words)' },
    // Duden (Ergänzungsstrich): "Ein- und Ausgang", "Vor- oder Nachteil".
    { say: ['bindestrich und'], text: '- und', style: INSIDE_SENTENCE, shows: '`- und` ("ein bindestrich und ausgang" → "Ein- und Ausgang")' },
    { say: ['bindestrich oder'], text: '- oder', style: INSIDE_SENTENCE, shows: '`- oder`' },
    { say: ['anführungszeichen unten', 'anführungszeichen auf'], text: '„', style: OPENS },
    { say: ['anführungszeichen oben', 'anführungszeichen zu'], text: '“', style: CLOSES },
    { say: ['klammer auf'], text: '(', style: OPENS },
    { say: ['klammer zu'], text: ')', style: CLOSES },
    { say: ['neue zeile'], text: '\n', style: BREAKS_LINE, shows: 'a line break' },
    { say: ['neuer absatz'], text: '\n\n', style: BREAKS_LINE, shows: 'a blank line' },
    // DIN 5008: after the salutation's comma the letter goes on in lowercase ("Liebe Anna,
    // / vielen Dank …"); a line break after anything else starts with a capital.
    { say: ['komma neue zeile'], text: ',\n', style: AFTER_SALUTATION, shows: '`,` and a line break; the next word stays lowercase' },
    { say: ['komma neuer absatz'], text: ',\n\n', style: AFTER_SALUTATION, shows: '`,` and a blank line; the next word stays lowercase' },
    { say: ['kein leerzeichen'], text: '', style: { ...JOINS, capitalAfter: 'keep' }, shows: 'joins the words on either side', family: 'spacingCommands' },
  ],
  commands: [
    { say: ['das löschen', 'lösche das'], command: 'scratch', shows: 'erases the last thing dictated' },
    // Editing commands (issue 24).
    { say: ['ersetze X durch Y'], command: 'replace', shows: 'the last X typed becomes Y' },
    { say: ['lösche den letzten satz', 'letzten satz löschen'], command: 'deleteSentence', shows: 'erases the last sentence typed' },
    { say: ['rückgängig machen', 'rückgängig'], command: 'undo', shows: 'reverts the last edit, else the last thing dictated' },
    { say: ['diktat beenden'], command: 'stop', shows: 'ends dictation' },
  ],
  literal: 'wörtlich',
  // German Dragon says "korrigier …" and "nimm 2" (voiceberlin.blogspot.com, 2006); "wähle 2" reads as naturally.
  correction: { correct: ['korrigiere das', 'korrigier das', 'das korrigieren'], choose: ['nimm', 'wähle'], cancel: ['abbrechen'] },
  numberExamples: ['dreiundzwanzig', 'drei komma fünf', 'zehn prozent', 'fünfzig tausend', 'neun hundert vier und dreißig', 'zweitausendsechsundzwanzig'],
  fixedCase: {},
  familyExamples: ['beispiel punkt de', 'anna at zeichen beispiel punkt de', 'montag', 'märz zweitausend', 'am dritten mai', 'goethestraße zwölf', 'fünfzehn uhr dreißig', 'fünf euro fünfzig'],
  numbers: {
    // "ein"/"eine" count only with more after them ("ein hundert", "eine million").
    units: { ...UNITS, ein: 1, eine: 1, ...compounds() },
    tens: TENS,
    hundred: 'hundert',
    bareHundred: true,
    scales: { tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9 },
    bareScales: ['tausend'],
    compoundWords: true,
    wholeRuns: true,
    and: null,
    // Years are said as cardinals ("neunzehn hundert vierundachtzig"); no pair reading.
    yearCenturies: { from: 1, to: 0 },
    yearZero: null,
    decimalPoint: 'komma',
    percent: ['prozent'],
    percentSign: '\u00A0%',
    spellOutBelow: 13,
    decimalSeparator: ',',
    groupSeparator: '.',
    groupFrom: 10_000,
  },
  addresses: {
    dot: 'punkt',
    at: ['at zeichen', 'klammeraffe'],
    topLevelDomains: ['com', 'org', 'net', 'io', 'dev', 'app', 'ai', 'edu', 'gov', 'info', 'de', 'at', 'ch', 'eu', 'uk', 'fr', 'nl'],
    ambiguousTopLevelDomains: ['es', 'so', 'in'],
    neverFirst: ['der', 'die', 'das', 'ein', 'eine', 'einen', 'dem', 'den', 'des', 'und', 'oder', 'mit', 'im', 'am', 'zum', 'zur', 'kein', 'keinen', 'dieser', 'diesen', 'mein', 'dein', 'sein', 'ihr', 'unser'],
  },
  trueCase: {
    lexicon: withNounsFirst(lazyLexicon(lexicon)),
    compounds: true,
    // A word that is a noun and a verb or adjective ("essen", "laufen", "gut") is the noun
    // after an article, a determiner or a preposition fused with an article (Duden,
    // "Substantivierung": "das Essen", "beim Laufen", "im Guten").
    nounAfter: NOUN_AFTER,
    nounByContext: germanNounByContext,
    nounWaits: germanNounWaits,
  },
  clock: { hour: ['uhr'], write: (hour, minute) => (minute === null ? `${hour} Uhr` : `${hour}:${String(minute).padStart(2, '0')} Uhr`) },
  centsMoney: {
    currencies: [{ say: ['euro'], symbol: '€' }, { say: ['dollar'], symbol: '$' }, { say: ['franken'], symbol: 'CHF' }],
    joiners: ['und'],
    cents: ['cent', 'rappen'],
  },
  houseNumbers: { streetEndings: ['straße', 'strasse', 'weg', 'gasse', 'allee', 'platz', 'ring', 'damm', 'ufer', 'chaussee', 'pfad', 'steig'] },
  // Duden, DIN 5008: "am 3. Mai", "vom 10. bis zum 20. Oktober".
  dayFirstDates: { days: dayWords(), rangeWords: ['bis zum', 'bis', 'und', 'oder'], write: (day, month) => (month === null ? `${day}.` : `${day}. ${month}`) },
  dates: {
    months: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sonnabend'],
    onlyInDates: [],
    // Duden: "3. März 2026"; German says the day first, so only month + year is read here.
    write: (month, day, year) => (day === null ? `${month} ${year}` : `${day}. ${month}${year ? ` ${year}` : ''}`),
  },
};
