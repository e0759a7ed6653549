// English dictation rules: spoken punctuation and layout, editing commands, the word "I",
// number words, and the rule families (case and spacing commands, symbols, addresses,
// ordinals, times, dates, money). Marks are ASCII so every typing method can type them
// (robotjs keystrokes silently drop non-ASCII characters on X11); only "euros" types €.

import { lazyLexicon } from '../lexicon.js';
import * as lexicon from '../lexicons/en.js';
import { englishAddresses, englishDates, englishOrdinals } from './en-words.js';
import { BREAKS_LINE, CLOSES, ENDS_SENTENCE, INSIDE_SENTENCE, JOINS, OPENS, PREFIXES, SPACED } from './styles.js';
import type { LanguageRules, MarkRule } from './types.js';

const marks: MarkRule[] = [
  { say: ['period', 'full stop'], text: '.', style: ENDS_SENTENCE },
  { say: ['question mark'], text: '?', style: ENDS_SENTENCE },
  { say: ['exclamation mark', 'exclamation point'], text: '!', style: ENDS_SENTENCE },
  { say: ['comma'], text: ',', style: INSIDE_SENTENCE },
  { say: ['colon'], text: ':', style: INSIDE_SENTENCE },
  { say: ['semicolon', 'semi colon'], text: ';', style: INSIDE_SENTENCE },
  {
    say: ['dash'],
    text: '-',
    style: SPACED,
    shows: '`-` with a space each side',
  },
  {
    say: ['hyphen'],
    text: '-',
    style: JOINS,
    shows: '`-` (joins the words: well-known)',
  },
  { say: ['open quote', 'begin quote'], text: '"', style: OPENS },
  { say: ['close quote', 'end quote', 'unquote'], text: '"', style: CLOSES },
  { say: ['open bracket', 'open parenthesis', 'open paren'], text: '(', style: OPENS },
  { say: ['close bracket', 'close parenthesis', 'close paren'], text: ')', style: CLOSES },
  { say: ['new line'], text: '\n', style: BREAKS_LINE, shows: 'a line break' },
  { say: ['new paragraph'], text: '\n\n', style: BREAKS_LINE, shows: 'a blank line' },
  {
    say: ['no space'],
    text: '',
    style: { ...JOINS, capitalAfter: 'keep' },
    shows: 'joins the words on either side ("e no space mail" → `email`)',
    family: 'spacingCommands',
  },
  { say: ['at sign'], text: '@', style: JOINS, shows: '`@` (joins its neighbours)', family: 'symbols' },
  { say: ['underscore'], text: '_', style: JOINS, shows: '`_` (joins its neighbours)', family: 'symbols' },
  { say: ['slash', 'forward slash'], text: '/', style: JOINS, shows: '`/` (joins its neighbours)', family: 'symbols' },
  { say: ['hash sign', 'hashtag'], text: '#', style: PREFIXES, shows: '`#` (attached to the next word)', family: 'symbols' },
  { say: ['dollar sign'], text: '$', style: PREFIXES, shows: '`$` (attached to the next word)', family: 'symbols' },
  { say: ['ampersand'], text: '&', style: SPACED, family: 'symbols' },
  { say: ['plus sign'], text: '+', style: SPACED, family: 'symbols' },
  { say: ['equals sign'], text: '=', style: SPACED, family: 'symbols' },
  { say: ['asterisk'], text: '*', style: SPACED, family: 'symbols' },
];

export const english: LanguageRules = {
  code: 'en',
  marks,
  commands: [
    { say: ['scratch that'], command: 'scratch', shows: 'erases the last thing dictated, with any edits made since (say it again for the one before)' },
    // Editing commands (issue 24): macOS Voice Control's "replace X with Y", Dragon's "undo that".
    { say: ['replace X with Y'], command: 'replace', shows: 'the last X typed becomes Y, formatted as if dictated' },
    { say: ['delete last sentence', 'delete the last sentence'], command: 'deleteSentence', shows: 'erases the last sentence typed' },
    { say: ['undo that'], command: 'undo', shows: 'reverts the last edit (replace, delete); after dictation, erases it like "scratch that"' },
    { say: ['stop dictation'], command: 'stop', shows: 'ends dictation' },
  ],
  literal: 'literal',
  // Dragon's own words (its Mac manual: "Correct that", "Choose <number>").
  // PocketSphinx hears flite's "choose two" as "choose to".
  correction: { correct: ['correct that'], choose: ['choose', 'pick'], cancel: ['cancel'], numberSoundalikes: { to: 2, too: 2, for: 4, won: 1 } },
  numberExamples: ['twenty three', 'three point five', 'ten percent', 'one hundred and five', 'two thousand twenty six', 'twenty twenty six', 'nineteen oh five', 'twenty four seven'],
  fixedCase: { i: 'I', "i'm": "I'm", "i've": "I've", "i'll": "I'll", "i'd": "I'd" },
  numbers: {
    units: {
      zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
      ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
      seventeen: 17, eighteen: 18, nineteen: 19,
    },
    tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
    hundred: 'hundred',
    scales: { thousand: 1e3, million: 1e6, billion: 1e9 },
    and: 'and',
    yearCenturies: { from: 15, to: 20 },
    yearZero: 'oh',
    decimalPoint: 'point',
    percent: ['percent', 'per cent'],
    spellOutBelow: 10,
    decimalSeparator: '.',
    groupSeparator: ',',
    groupFrom: 10_000,
    idioms: { 'twenty four seven': '24/7', 'twenty four by seven': '24/7' },
  },
  caseCommands: {
    capital: ['cap'],
    upper: ['all caps'],
    lower: ['no caps'],
    titleOn: ['caps on'],
    upperOn: ['all caps on'],
    off: ['caps off', 'all caps off'],
  },
  addresses: englishAddresses,
  ordinals: englishOrdinals,
  times: { am: ['am', 'a m', 'a.m.'], pm: ['pm', 'p m', 'p.m.'], oclock: ["o'clock", 'o clock'], amText: 'AM', pmText: 'PM' },
  dates: englishDates,
  // "peter" is also a verb, said almost only as "peter out"; "french" as a verb (cooking)
  // is rare, and "French fries" is written with the capital too.
  trueCase: { lexicon: lazyLexicon(lexicon), namesFirst: { peter: ['out'], french: [] } },
  money: {
    currencies: [
      { say: ['dollars', 'dollar'], symbol: '$' },
      { say: ['euros', 'euro'], symbol: '€' },
    ],
    cents: ['cents', 'cent'],
    and: 'and',
  },
  familyExamples: [
    'cap hello', 'all caps nasa', 'no caps iphone', 'caps on the lord of the rings caps off', 'all caps on stop now all caps off',
    'example dot com', 'www dot example dot co dot uk', 'ada at sign example dot com', 'literal dot',
    'eleventh', 'twenty first', 'one hundred and first', 'hundredth',
    'three thirty pm', 'three oh five a m', 'seven am', "five o'clock",
    'monday', 'march third', 'march third twenty twenty six', 'may fifth', 'in march', 'troops march',
    'five dollars', 'one dollar', 'twenty five dollars and fifty cents', 'three euros',
    'thirty five thousand', 'one million two hundred fifty thousand', 'thirty five hundred',
  ],
};
