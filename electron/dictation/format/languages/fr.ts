// French dictation rules. Sources followed:
// - Typography: "Lexique des règles typographiques en usage à l'Imprimerie nationale"
//   (the reference French typesetters and the Académie's usage follow): a narrow no-break
//   space (espace fine insécable, U+202F) before ; ! ? and a no-break space (espace-mot
//   insécable, U+00A0) before : and inside « guillemets »; the tiret d'incise is an en
//   dash with spaces; decimal comma; numbers of five digits and more grouped by threes
//   with a narrow no-break space (35 000), four digits not (3500); "10 %" with a narrow
//   no-break space. Month and weekday names are lowercase in French, so there is no
//   name-capital rule.
// - Spoken command words: the names French dictation software uses ("point", "virgule",
//   "point d'interrogation", "deux points", "point-virgule", "à la ligne", "nouveau
//   paragraphe", "ouvrez les guillemets" / "fermez les guillemets"), as in Dragon's French
//   command reference.
// Numbers: 0–99 with or without hyphens ("vingt-deux", "quatre vingt dix", "vingt et un"),
// "cent(s)" and "mille" alone or after a number ("trois mille quatre cents" → 3400),
// "million(s)", "milliard(s)", decimals said as a number ("deux virgule vingt-cinq" → 2,25)
// and "pour cent"; a run that is not one number stays words. Ordinals from the eleventh up
// as "15e", "21e" (never "15ème"). Dates: the day in digits, "le 3 mars", "le 1er mai".
// Times: "quinze heures trente" → 15 h 30 (Imprimerie nationale), but a duration stays as
// said ("pendant deux heures"). Money: "cinq euros cinquante" → 5,50 €; a whole amount
// keeps its word. Names and places get their capital from the dictionary (lexicons/fr.ts)
// and, where it also lists them as everyday words ("pierre", "paris"), from fr-names.ts.

import { BREAKS_LINE, CLOSES, ENDS_SENTENCE, INSIDE_SENTENCE, JOINS, OPENS, SPACED } from './styles.js';
import { lazyLexicon } from '../lexicon.js';
import * as lexicon from '../lexicons/fr.js';
import { FRENCH_NAME_PAIRS, FRENCH_NAMES_AFTER, FRENCH_NAMES_FIRST, FRENCH_NAMES_UNLESS_AFTER } from './fr-names.js';
import type { LanguageRules, OrdinalWords } from './types.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

const UNITS: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
};
const TENS: Record<string, number> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70, 'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre-vingt-dix': 90,
};

/** The one-word forms: "vingt-deux", "soixante-treize" (60 + 13), "quatre-vingt-dix-neuf". */
function compounds(): Record<string, number> {
  const out: Record<string, number> = {};
  const ones = Object.entries(UNITS).filter(([, v]) => v >= 1 && v <= 9);
  for (const tens of ['vingt', 'trente', 'quarante', 'cinquante', 'soixante']) {
    for (const [one, v] of ones) if (v > 1) out[`${tens}-${one}`] = TENS[tens]! + v;
    out[`${tens}-et-un`] = TENS[tens]! + 1;
  }
  for (const [teen, v] of Object.entries(UNITS).filter(([, v]) => v >= 10)) {
    out[`soixante-${teen}`] = 60 + v;
    out[`quatre-vingt-${teen}`] = 80 + v;
  }
  for (const [one, v] of ones) out[`quatre-vingt-${one}`] = 80 + v;
  out['soixante-et-onze'] = 71;
  // The same numbers written apart ("quatre vingt dix", "vingt et un"), tens included.
  for (const [key, v] of Object.entries({ ...out, ...UNITS, ...TENS })) if (key.includes('-')) out[key.replaceAll('-', ' ')] = v;
  return out;
}

/** "quatre" → "quatrième", "cinq" → "cinquième", "neuf" → "neuvième", "quatre-vingts" → "quatre-vingtième". */
function ordinalOf(cardinal: string): string {
  const parts = cardinal.split('-');
  const last = parts.pop()!;
  const special: Record<string, string> = { un: 'unième', une: 'unième', cinq: 'cinquième', neuf: 'neuvième', vingts: 'vingtième', cents: 'centième' };
  const ordinal = special[last] ?? (last.endsWith('e') ? `${last.slice(0, -1)}ième` : `${last}ième`);
  return [...parts, ordinal].join('-');
}

/** Every ordinal word with the cardinal it ends in: "deuxième" → "deux", "vingt-deuxième" →
 *  "vingt-deux", "centième" → "cent"; "vingt et unième" is read word by word ("vingt", "et",
 *  "unième" → "un"). "premier" and "second" are left out: they stay words. */
function ordinalWords(cardinals: string[]): Record<string, string> {
  return Object.fromEntries(cardinals.filter((c) => !c.includes(' ') && c !== 'zéro').map((c) => [ordinalOf(c), c]));
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Imprimerie nationale: the day of a date in digits, "le 3 mars", and the first day with
 *  "er", "le 1er mai". Days from 10 up are digits already; these are the ones a lone number
 *  word below ten leaves as a word. Not "un mars" (a Mars bar: the first is "premier"). */
function dayBeforeMonth(): Record<string, string> {
  const days = Object.entries(UNITS).filter(([, v]) => v >= 2 && v <= 9);
  const pairs = MONTHS.flatMap((month): [string, string][] => [
    [`premier ${month}`, `1er ${month}`],
    ...days.map(([word, v]): [string, string] => [`${word} ${month}`, `${v} ${month}`]),
  ]);
  return Object.fromEntries(pairs);
}

const ordinals: OrdinalWords = {
  words: ordinalWords([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(compounds()), 'cent', 'cents', 'mille', 'million', 'milliard']),
  // Like the first ten cardinals, "deuxième" … "dixième" stay words in running text.
  spellOutUpTo: 10,
  suffix: () => 'e',
};

export const french: LanguageRules = {
  code: 'fr',
  marks: [
    // "point de vue", "point du jour", "point fort": the word; "point final" always ends a sentence.
    { say: ['point', 'point final'], text: '.', style: ENDS_SENTENCE, notBefore: ['de', 'du', "d'", 'fort', 'faible', 'culminant', 'commun', 'mort'] },
    { say: ["point d'interrogation"], text: `${NNBSP}?`, style: ENDS_SENTENCE, shows: '`?` after a narrow no-break space' },
    { say: ["point d'exclamation"], text: `${NNBSP}!`, style: ENDS_SENTENCE, shows: '`!` after a narrow no-break space' },
    { say: ['virgule'], text: ',', style: INSIDE_SENTENCE },
    // "deux points importants", "deux points de plus": two points, not a colon.
    { say: ['deux points', 'deux-points'], text: `${NBSP}:`, style: INSIDE_SENTENCE, shows: '`:` after a no-break space', notBefore: ['de', 'importants', 'essentiels', 'principaux', 'communs', 'forts', 'faibles', 'seulement'] },
    { say: ['point-virgule', 'point virgule'], text: `${NNBSP};`, style: INSIDE_SENTENCE, shows: '`;` after a narrow no-break space' },
    { say: ['tiret'], text: '–', style: SPACED, shows: '`–` with a space each side' },
    { say: ["trait d'union"], text: '-', style: JOINS, shows: '`-` (joins the words)' },
    { say: ['ouvrez les guillemets', 'ouvrir les guillemets'], text: `«${NBSP}`, style: OPENS, shows: '`«` and a no-break space' },
    { say: ['fermez les guillemets', 'fermer les guillemets'], text: `${NBSP}»`, style: CLOSES, shows: 'a no-break space and `»`' },
    { say: ['ouvrez la parenthèse', 'ouvrir la parenthèse'], text: '(', style: OPENS },
    { say: ['fermez la parenthèse', 'fermer la parenthèse'], text: ')', style: CLOSES },
    { say: ['à la ligne', 'nouvelle ligne'], text: '\n', style: BREAKS_LINE, shows: 'a line break' },
    { say: ['nouveau paragraphe'], text: '\n\n', style: BREAKS_LINE, shows: 'a blank line' },
    { say: ['pas d\'espace', 'sans espace'], text: '', style: { ...JOINS, capitalAfter: 'keep' }, shows: 'joins the words on either side', family: 'spacingCommands' },
  ],
  commands: [
    { say: ['efface ça'], command: 'scratch', shows: 'erases the last thing dictated' },
    // Editing commands (issue 24).
    { say: ['remplace X par Y'], command: 'replace', shows: 'the last X typed becomes Y' },
    { say: ['supprime la dernière phrase', 'efface la dernière phrase'], command: 'deleteSentence', shows: 'erases the last sentence typed' },
    { say: ['annule ça'], command: 'undo', shows: 'reverts the last edit, else the last thing dictated' },
    { say: ['arrête la dictée', 'fin de la dictée'], command: 'stop', shows: 'ends dictation' },
  ],
  literal: 'littéral',
  // Imperatives as the other commands here use them ("efface ça"); "annule ça" is scratch, "annuler" alone closes the list.
  correction: { correct: ['corrige ça', 'corriger ça'], choose: ['choisis', 'choisir'], cancel: ['annuler'] },
  numberExamples: ['vingt-trois', 'trois virgule cinq', 'deux virgule vingt-cinq', 'dix pour cent', 'cinquante mille', 'trois mille quatre cents', 'quatre vingt dix'],
  fixedCase: {},
  familyExamples: ['exemple point fr', 'ada arobase exemple point com', 'le trois mars', 'le premier mai', 'la quinzième édition', 'quinze heures trente', 'pendant deux heures', 'cinq euros cinquante'],
  numbers: {
    units: { ...UNITS, ...compounds() },
    tens: TENS,
    hundred: 'cent',
    hundredWords: ['cents'],
    bareHundred: true,
    scales: { mille: 1e3, mil: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
    bareScales: ['mille', 'mil'],
    wholeRuns: true,
    and: null,
    yearCenturies: { from: 1, to: 0 },
    yearZero: null,
    decimalPoint: 'virgule',
    percent: ['pour cent', 'pourcent'],
    percentSign: `${NNBSP}%`,
    spellOutBelow: 10,
    decimalSeparator: ',',
    groupSeparator: NNBSP,
    groupFrom: 10_000,
    tensJoiner: 'et',
    // "deux virgule vingt-cinq" is 2,25: French says the decimals as a number.
    decimalsAsNumber: true,
    idioms: dayBeforeMonth(),
  },
  ordinals,
  // Languages, nationalities, months and days are lowercase in French: the dictionary
  // capitalises only names and places. Elided articles keep their case: "l'Italie".
  // Names the dictionary also lists as everyday words ("pierre", "paris"): fr-names.ts.
  trueCase: {
    lexicon: lazyLexicon(lexicon),
    namesFirst: FRENCH_NAMES_FIRST,
    namesUnlessAfter: FRENCH_NAMES_UNLESS_AFTER,
    namesAfter: FRENCH_NAMES_AFTER,
    namePairs: FRENCH_NAME_PAIRS,
    elisions: ['l\'', 'd\'', 'qu\'', 'j\'', 'n\'', 's\'', 'c\'', 'm\'', 't\'', 'jusqu\'', 'lorsqu\'', 'puisqu\''],
  },
  // Imprimerie nationale: "15 h 30", "15 h"; the spaces are no-break so the time never splits.
  clock: {
    hour: ['heures', 'heure', 'h'],
    write: (hour, minute) => (minute === null ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${String(minute).padStart(2, '0')}`),
    // A length of time, not a time of day: "pendant deux heures", "le film dure deux heures",
    // "j'ai attendu une heure", "il faut trois heures", "ça prend deux heures".
    durationAfter: [
      'pendant', 'durant', 'dans', 'en', 'a', 'les',
      'dure', 'durent', 'durera', 'duré', 'attendu', 'attendre', 'attends', 'faut', 'fallu', 'prend', 'pris', 'passé', 'mis', 'met',
    ],
  },
  centsMoney: {
    currencies: [{ say: ['euros', 'euro'], symbol: '€' }, { say: ['dollars', 'dollar'], symbol: '$' }, { say: ['francs', 'franc'], symbol: 'CHF' }],
    joiners: ['et'],
    cents: ['centimes', 'centime', 'cents'],
  },
  addresses: {
    dot: 'point',
    at: ['arobase', 'arobas'],
    topLevelDomains: ['com', 'org', 'net', 'io', 'dev', 'app', 'edu', 'gouv', 'info', 'fr', 'be', 'ch', 'ca', 'eu', 'uk', 'lu'],
    // "mon point de vue", "tu es": these end an address only in a longer chain.
    ambiguousTopLevelDomains: ['de', 'es', 'me', 'ai', 'tv'],
    neverFirst: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'et', 'ou', 'mon', 'ton', 'son', 'ce', 'cet', 'cette', 'notre', 'votre', 'leur', 'à', 'en', 'sur', 'par', 'pour'],
  },
};
