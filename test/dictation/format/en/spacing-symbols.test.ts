// "no space" joins words; symbols join, attach to the next word, or stand spaced.
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('spacing commands', () => {
  checkCases([
    { say: ['e no space mail'], types: 'Email' },
    { say: ['send an e no space mail'], types: 'Send an email' },
    { say: ['foot no space ball club'], types: 'Football club' },
    { say: ['data', 'no space base'], types: 'Database' },
    { say: ['data no space', 'base'], types: 'Database' },
    { say: ['data', 'no space', 'base'], types: 'Database' },
    { say: ['end period no space next'], types: 'End.Next' },
    { say: ['literal no space please'], types: 'No space please' },
    { say: ['e no space mail'], types: 'E no space mail', options: { spacingCommands: false } },
    { say: ['e no space mail now'], types: 'Email now', options: { spacing: false } },
    { say: ['one', 'two no space three'], types: 'Onetwothree', options: { spacing: false } },
  ]);
});

describe('symbols', () => {
  checkCases([
    { say: ['ada at sign home'], types: 'Ada@home' },
    { say: ['snake underscore case'], types: 'Snake_case' },
    { say: ['my underscore var underscore name'], types: 'My_var_name' },
    { say: ['and slash or'], types: 'And/or' },
    { say: ['path forward slash usr'], types: 'Path/usr' },
    { say: ['follow hashtag voskey'], types: 'Follow #voskey' },
    { say: ['hash sign one'], types: '#one' },
    { say: ['dollar sign home'], types: '$home' },
    { say: ['salt ampersand pepper'], types: 'Salt & pepper' },
    { say: ['two plus sign two equals sign four'], types: 'Two + two = four' },
    { say: ['twenty plus sign thirty'], types: '20 + 30' },
    { say: ['a asterisk b'], types: 'A * b' },
    { say: ['note asterisk period'], types: 'Note *.' },
    { say: ['literal underscore'], types: 'Underscore' },
    { say: ['literal hashtag'], types: 'Hashtag' },
    { say: ['snake underscore case'], types: 'Snake underscore case', options: { symbols: false } },
    { say: ['salt ampersand pepper'], types: 'Salt ampersand pepper', options: { symbols: false } },
    { say: ['rock slash roll comma yes'], types: 'Rock slash roll, yes', options: { symbols: false } },
  ]);
});
