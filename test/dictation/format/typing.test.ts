// What a user sees typed for what they say: spacing between utterances, capitals, spoken
// punctuation and layout, custom vocabulary, and each rule switched off.

import { describe } from 'node:test';
import { checkCases } from './editor.js';

describe('spacing between utterances', () => {
  checkCases([
    { say: ['hello world'], types: 'Hello world' },
    { say: ['hello world', 'how are you'], types: 'Hello world how are you' },
    { say: ['hello', 'period'], types: 'Hello.' },
    { say: ['hello', 'comma', 'world'], types: 'Hello, world' },
    { say: ['first line', 'new line', 'second line'], types: 'First line\nSecond line' },
    { say: ['first line new line', 'second line'], types: 'First line\nSecond line' },
    { say: ['  hello   world  ', ' again '], types: 'Hello world again' },
    { say: ['hello\tthere\nfriend'], types: 'Hello there friend' },
    { say: ['open bracket', 'aside', 'close bracket'], types: '(Aside)' },
  ]);
});

describe('capitals', () => {
  checkCases([
    { say: ['this is a test period this too'], types: 'This is a test. This too' },
    { say: ['really question mark yes exclamation mark ok'], types: 'Really? Yes! Ok' },
    { say: ['done period', 'next sentence'], types: 'Done. Next sentence' },
    { say: ['list colon new line milk new line eggs'], types: 'List:\nMilk\nEggs' },
    { say: ['end period new paragraph start again'], types: 'End.\n\nStart again' },
    { say: ['wait comma then what'], types: 'Wait, then what' },
    { say: ["i think i'm sure i've seen i'll go i'd say"], types: "I think I'm sure I've seen I'll go I'd say" },
    { say: ['yes', 'i know'], types: 'Yes I know' },
    { say: ['he said comma open quote stop period close quote then left'], types: 'He said, "stop." Then left' },
    { say: ['hello'], types: 'hello', options: { capitals: false } },
    { say: ['i think period so'], types: 'i think. so', options: { capitals: false } },
  ]);
});

describe('spoken punctuation and layout', () => {
  checkCases([
    { say: ['stop full stop'], types: 'Stop.' },
    { say: ['wow exclamation point'], types: 'Wow!' },
    { say: ['note colon buy milk semicolon eggs'], types: 'Note: buy milk; eggs' },
    { say: ['note semi colon more'], types: 'Note; more' },
    { say: ['yes dash no'], types: 'Yes - no' },
    { say: ['a well hyphen known fact'], types: 'A well-known fact' },
    { say: ['say open quote hi close quote now'], types: 'Say "hi" now' },
    { say: ['see begin quote this end quote and unquote'], types: 'See "this" and"' },
    { say: ['call me open paren maybe close paren'], types: 'Call me (maybe)' },
    { say: ['one open parenthesis two close parenthesis'], types: 'One (two)' },
    { say: ['the word literal period is typed'], types: 'The word period is typed' },
    { say: ['type literal new line here'], types: 'Type new line here' },
    { say: ['literally speaking period'], types: 'Literally speaking.' },
    { say: ['literal'], types: 'Literal' },
    { say: ['Hello World'], types: 'Hello World' },
    { say: ['xyzzy plugh frobnicate'], types: 'Xyzzy plugh frobnicate' },
    { say: ['comma'], types: ',' },
    { say: ['new line new line'], types: '\n\n' },
  ]);
});

describe('custom vocabulary (replacements)', () => {
  const replacements = [
    { from: 'voss key', to: 'Voskey' },
    { from: 'cafe', to: 'café' },
    { from: 'i phone', to: 'iPhone' },
    { from: 'gonna', to: 'going to' },
    { from: 'um', to: '' },
    { from: 'Straße', to: 'street' },
  ];
  checkCases([
    { say: ['i use voss key daily'], types: 'I use Voskey daily', options: { replacements } },
    { say: ['VOSS KEY works'], types: 'Voskey works', options: { replacements } },
    { say: ['meet at the cafe period'], types: 'Meet at the café.', options: { replacements } },
    { say: ['cafe first'], types: 'Café first', options: { replacements } },
    { say: ['i phone sales'], types: 'iPhone sales', options: { replacements } },
    { say: ['gonna win'], types: 'Going to win', options: { replacements } },
    { say: ['well um yes'], types: 'Well yes', options: { replacements } },
    { say: ['the STRASSE straße'], types: 'The STRASSE street', options: { replacements } },
    { say: ['voss keys and voss'], types: 'Voss keys and voss', options: { replacements } },
    { say: ['cafeteria'], types: 'Cafeteria', options: { replacements } },
    // A decomposed "é" (e + combining accent) from the recognizer matches a composed one.
    { say: ['un cafe\u0301 noir'], types: 'Un espresso', options: { replacements: [{ from: 'café noir', to: 'espresso' }] } },
    { say: ['cafe\u0301'], types: 'Caf\u00e9' },
    {
      say: ['a b c'],
      types: 'A b c',
      options: { replacements: [{ from: '', to: 'x' }, { from: '   ', to: 'y' }, null, { from: 'b' }] as never },
    },
    {
      say: ['new line means period'],
      types: 'NL means period',
      options: { replacements: [{ from: 'new line', to: 'NL' }, { from: 'period', to: 'period' }] },
    },
  ]);
});

describe('rules switched off', () => {
  const allOff = { spacing: false, capitals: false, punctuation: false, commands: false, numbers: false };
  checkCases([
    { say: ['hello world period', 'twenty three', 'scratch that'], types: 'hello world periodtwenty threescratch that', options: allOff },
    { say: ['hello', 'period'], types: 'Hello.', options: { spacing: false } },
    { say: ['hello period', 'new line', 'next'], types: 'Hello .\nNext', options: { spacing: false } },
    { say: ['hello period new line next'], types: 'Hello period new line next', options: { punctuation: false } },
    { say: ['twenty three'], types: 'Twenty three', options: { numbers: false } },
    { say: ['hello', 'scratch that'], types: 'Hello scratch that', options: { commands: false } },
    { say: ['voss key'], types: 'Voskey', options: { ...allOff, replacements: [{ from: 'voss key', to: 'Voskey' }] } },
  ]);
});
