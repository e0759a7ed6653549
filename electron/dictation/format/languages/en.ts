// English dictation rules: spoken punctuation and layout, editing commands, the word "I",
// and number words. Marks are ASCII so every typing method can type them (robotjs
// keystrokes silently drop non-ASCII characters on X11).

import type { TokenStyle } from '../tokens.js';
import { describeRules, type SpokenCommand } from '../describe.js';
import type { LanguageRules, MarkRule } from './types.js';

const ENDS_SENTENCE: TokenStyle = { attachLeft: true, attachRight: false, capitalAfter: 'capitalise' };
const INSIDE_SENTENCE: TokenStyle = { attachLeft: true, attachRight: false, capitalAfter: 'continue' };
const OPENS: TokenStyle = { attachLeft: false, attachRight: true, capitalAfter: 'keep' };
const CLOSES: TokenStyle = { attachLeft: true, attachRight: false, capitalAfter: 'keep' };
/** New line and new paragraph: no spaces around them, and the next word gets a capital
 *  (a line break in prose starts a list item, a greeting's body, an address line). */
const BREAKS_LINE: TokenStyle = { attachLeft: true, attachRight: true, capitalAfter: 'capitalise' };

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
    style: { attachLeft: false, attachRight: false, capitalAfter: 'continue' },
    shows: '`-` with a space each side',
  },
  {
    say: ['hyphen'],
    text: '-',
    style: { attachLeft: true, attachRight: true, capitalAfter: 'continue' },
    shows: '`-` (joins the words: well-known)',
  },
  { say: ['open quote', 'begin quote'], text: '"', style: OPENS },
  { say: ['close quote', 'end quote', 'unquote'], text: '"', style: CLOSES },
  { say: ['open bracket', 'open parenthesis', 'open paren'], text: '(', style: OPENS },
  { say: ['close bracket', 'close parenthesis', 'close paren'], text: ')', style: CLOSES },
  { say: ['new line'], text: '\n', style: BREAKS_LINE, shows: 'a line break' },
  { say: ['new paragraph'], text: '\n\n', style: BREAKS_LINE, shows: 'a blank line' },
];

export const english: LanguageRules = {
  code: 'en',
  marks,
  commands: [
    { say: ['scratch that', 'undo that'], command: 'scratch', shows: 'erases the last thing typed (say it again for the one before)' },
    { say: ['stop dictation'], command: 'stop', shows: 'ends dictation' },
  ],
  literal: 'literal',
  numberExamples: ['twenty three', 'three point five', 'ten percent', 'one hundred and five', 'two thousand twenty six', 'twenty twenty six', 'nineteen oh five'],
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
  },
};

/** The spoken commands as a user reads them (the README table is generated from this). */
export function spokenCommandsTable(): SpokenCommand[] {
  return describeRules(english);
}
