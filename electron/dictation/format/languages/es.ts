// Spanish dictation rules. Sources followed:
// - Typography: Real Academia Española, "Ortografía de la lengua española" (2010): questions
//   and exclamations open with ¿ ¡ (said as "abrir interrogación" / "abrir exclamación",
//   the way Spanish dictation software names them, or added at the sentence's start when
//   only the closing mark is said within the same utterance: rules/paired-openings.ts); angular quotes « » first, with no
//   spaces inside; "punto y aparte" ends a paragraph; months and weekdays are lowercase
//   (so there is no name-capital rule); decimal comma; numbers of five digits and more are
//   grouped by threes with a (no-break) space, four digits not; "10 %" with a space.
// - Spoken command words: "punto", "coma", "punto y coma", "dos puntos", "punto y aparte",
//   "nueva línea", "abrir/cerrar interrogación", "abrir/cerrar exclamación", "abrir/cerrar
//   comillas", "abrir/cerrar paréntesis", as in Dragon's Spanish command reference.
// Numbers: 0–99 ("veintitrés", "treinta y cinco"), "cien/ciento" and "doscientos" …
// "novecientos", "mil" alone or after a number ("mil ochocientos cuarenta y cinco" → 1845),
// "millón/millones", decimals ("tres coma cinco" → 3,5) and "por ciento"; a run that is
// not one number stays words. Money: "cinco euros con cincuenta" → 5,50 €; a whole amount
// keeps its word. Names and places get their capital from the dictionary (lexicons/es.ts)
// and es-names.ts. Days of the month and labels in digits ("el 5 de mayo", "página 3"),
// centuries in Roman numerals ("siglo XXI"), the 12-hour clock in words ("a las diez y
// media"), decimals said as a number ("dos coma setenta y cinco" → 2,75).

import { BREAKS_LINE, CLOSES, ENDS_SENTENCE, INSIDE_SENTENCE, JOINS, OPENS } from './styles.js';
import { lazyLexicon } from '../lexicon.js';
import * as lexicon from '../lexicons/es.js';
import { SPANISH_NAME_PAIRS, SPANISH_NAMES_AFTER, SPANISH_NAMES_FIRST } from './es-names.js';
import type { LanguageRules } from './types.js';

const NBSP = '\u00A0';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const TENS: Record<string, number> = { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };
const ONES: Record<string, number> = { uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 };

/** "treinta y cinco" … "noventa y nueve" (RAE: from 31 on, tens and units apart, joined by "y"). */
function tensAndUnits(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tens, t] of Object.entries(TENS)) for (const [one, o] of Object.entries(ONES)) out[`${tens} y ${one}`] = t + o;
  return out;
}

/** "cien", "ciento" and "doscientos" … "novecientos" with their feminine forms. */
function hundreds(): Record<string, number> {
  const out: Record<string, number> = { cien: 100, ciento: 100, quinientos: 500, quinientas: 500, setecientos: 700, setecientas: 700, novecientos: 900, novecientas: 900 };
  for (const [one, o] of Object.entries({ dos: 2, tres: 3, cuatro: 4, seis: 6, ocho: 8 })) {
    out[`${one}cientos`] = o * 100;
    out[`${one}cientas`] = o * 100;
  }
  return out;
}

export const spanish: LanguageRules = {
  code: 'es',
  marks: [
    { say: ['punto y aparte'], text: '.\n\n', style: BREAKS_LINE, shows: '`.` and a blank line' },
    // "punto de vista", "punto débil", "a las doce en punto": the word; "punto y seguido"
    // always ends a sentence.
    { say: ['punto', 'punto y seguido'], text: '.', style: ENDS_SENTENCE, notBefore: ['de', 'del', 'débil', 'fuerte', 'medio', 'final'], notAfter: ['en'] },
    { say: ['coma'], text: ',', style: INSIDE_SENTENCE },
    { say: ['punto y coma'], text: ';', style: INSIDE_SENTENCE },
    { say: ['dos puntos'], text: ':', style: INSIDE_SENTENCE },
    { say: ['abrir interrogación', 'abre interrogación'], text: '¿', style: OPENS },
    { say: ['cerrar interrogación', 'cierra interrogación', 'signo de interrogación'], text: '?', style: ENDS_SENTENCE, pairedOpening: '¿', shows: '`?`, and `¿` at the start of a question begun in the same breath' },
    { say: ['abrir exclamación', 'abre exclamación'], text: '¡', style: OPENS },
    { say: ['cerrar exclamación', 'cierra exclamación', 'signo de exclamación'], text: '!', style: ENDS_SENTENCE, pairedOpening: '¡', shows: '`!`, and `¡` at the start of an exclamation begun in the same breath' },
    { say: ['abrir comillas', 'abre comillas'], text: '«', style: OPENS },
    { say: ['cerrar comillas', 'cierra comillas'], text: '»', style: CLOSES },
    { say: ['abrir paréntesis', 'abre paréntesis'], text: '(', style: OPENS },
    { say: ['cerrar paréntesis', 'cierra paréntesis'], text: ')', style: CLOSES },
    { say: ['guion'], text: '-', style: JOINS, shows: '`-` (joins the words)' },
    { say: ['nueva línea'], text: '\n', style: BREAKS_LINE, shows: 'a line break' },
    { say: ['nuevo párrafo'], text: '\n\n', style: BREAKS_LINE, shows: 'a blank line' },
    { say: ['sin espacio'], text: '', style: { ...JOINS, capitalAfter: 'keep' }, shows: 'joins the words on either side', family: 'spacingCommands' },
  ],
  commands: [
    { say: ['borrar eso'], command: 'scratch', shows: 'erases the last thing dictated' },
    // Editing commands (issue 24).
    { say: ['reemplaza X por Y'], command: 'replace', shows: 'the last X typed becomes Y' },
    { say: ['borra la última frase'], command: 'deleteSentence', shows: 'erases the last sentence typed' },
    { say: ['deshaz eso', 'deshacer eso'], command: 'undo', shows: 'reverts the last edit, else the last thing dictated' },
    { say: ['terminar dictado', 'detener dictado'], command: 'stop', shows: 'ends dictation' },
  ],
  literal: 'literal',
  // Imperative and infinitive, as the other Spanish commands here are said.
  correction: { correct: ['corrige eso', 'corregir eso'], choose: ['elige', 'elegir'], cancel: ['cancelar'] },
  numberExamples: ['veintitrés', 'treinta y cinco', 'tres coma cinco', 'dos coma setenta y cinco', 'diez por ciento', 'dos mil veintiséis', 'mil ochocientos cuarenta y cinco', 'setecientos veinte'],
  fixedCase: {},
  familyExamples: ['ejemplo punto com', 'ana arroba ejemplo punto com', 'cinco euros con cincuenta', 'el cinco de mayo', 'página tres', 'el siglo veintiuno'],
  numbers: {
    units: {
      cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
      diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18,
      diecinueve: 19, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24, veinticinco: 25,
      veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
      ...tensAndUnits(),
    },
    hundreds: hundreds(),
    bareScales: ['mil'],
    wholeRuns: true,
    tens: { veinte: 20, ...TENS },
    // Spanish hundreds are their own words ("doscientos"): the "unit + hundred" form never occurs.
    hundred: '',
    scales: { mil: 1e3, millón: 1e6, millones: 1e6 },
    and: null,
    yearCenturies: { from: 1, to: 0 },
    yearZero: null,
    decimalPoint: 'coma',
    percent: ['por ciento'],
    percentSign: `${NBSP}%`,
    spellOutBelow: 10,
    decimalsAsNumber: true,
    articles: ['un', 'una'],
    // RAE/ASALE, Ortografía (2010), on numbers: pages, chapters, articles, rooms, house numbers and
    // days of the month go in digits; centuries in Roman numerals.
    digitsAfter: ['número', 'página', 'páginas', 'capítulo', 'artículo', 'apartado', 'habitación', 'tema', 'lección', 'andén', 'puerta', 'sala', 'planta', 'portal', 'versión', 'ejercicio'],
    digitsBefore: MONTHS.map((month) => `de ${month}`),
    romanAfter: ['siglo'],
    // DPD "hora": the hours of the 12-hour clock in words ("a las diez y media de la noche").
    hoursInWords: {
      after: ['a las', 'son las', 'desde las', 'hasta las', 'sobre las', 'hacia las', 'entre las', 'y las', 'es la', 'a la'],
      minutesAfter: ['y', 'menos'],
      values: { una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
    },
    decimalSeparator: ',',
    groupSeparator: NBSP,
    groupFrom: 10_000,
    tensJoiner: 'y',
  },
  // Languages, nationalities, months and days are lowercase in Spanish (RAE): the
  // dictionary capitalises only names and places.
  // Given names the dictionary also lists as rare nouns ("carmen", a Granada villa; "maría",
  // a biscuit) or lacks, and places it knows only as everyday words: es-names.ts.
  trueCase: { lexicon: lazyLexicon(lexicon), namesFirst: SPANISH_NAMES_FIRST, namesAfter: SPANISH_NAMES_AFTER, namePairs: SPANISH_NAME_PAIRS },
  centsMoney: {
    currencies: [{ say: ['euros', 'euro'], symbol: '€' }, { say: ['dólares', 'dólar'], symbol: '$' }],
    joiners: ['con', 'y'],
    cents: ['céntimos', 'céntimo', 'centavos', 'centavo'],
  },
  addresses: {
    dot: 'punto',
    at: ['arroba'],
    topLevelDomains: ['com', 'org', 'net', 'io', 'dev', 'app', 'edu', 'gob', 'info', 'mx', 'ar', 'cl', 'pe', 'eu', 'uk'],
    // "este punto es importante", "punto de vista": these end an address only in a longer chain.
    ambiguousTopLevelDomains: ['es', 'de', 'co', 'me', 'ai'],
    neverFirst: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'de', 'del', 'al', 'y', 'o', 'mi', 'tu', 'su', 'este', 'esta', 'ese', 'esa', 'nuestro', 'en', 'con', 'por', 'para'],
  },
};
