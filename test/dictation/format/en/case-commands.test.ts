// Capitalisation commands: one word ("cap", "all caps", "no caps") or a mode that lasts
// until switched off ("caps on … caps off", "all caps on … all caps off").
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('capitalisation commands', () => {
  checkCases([
    { say: ['cap hello'], types: 'Hello' },
    { say: ['say cap hello'], types: 'Say Hello' },
    { say: ['the cap river flows'], types: 'The River flows' },
    { say: ['all caps nasa'], types: 'NASA' },
    { say: ['we work at all caps nasa now'], types: 'We work at NASA now' },
    { say: ['no caps iphone'], types: 'iphone' },
    { say: ['no caps iphone is great'], types: 'iphone is great' },
    { say: ['end period no caps ebay rules'], types: 'End. ebay rules' },
    { say: ['caps on the lord of the rings caps off'], types: 'The Lord Of The Rings' },
    { say: ['read caps on war and peace caps off today'], types: 'Read War And Peace today' },
    { say: ['all caps on stop now all caps off'], types: 'STOP NOW' },
    { say: ['all caps on warning all caps off please'], types: 'WARNING please' },
    { say: ['caps on', 'hello world', 'caps off', 'done'], types: 'Hello World done' },
    { say: ['all caps on', 'loud', 'all caps off', 'quiet'], types: 'LOUD quiet' },
    { say: ['caps on new york comma new jersey caps off'], types: 'New York, New Jersey' },
    { say: ['all caps on hi caps off there'], types: 'HI there' },
    { say: ['put on your cap period'], types: 'Put on your cap.' },
    { say: ['cap'], types: 'Cap' },
    { say: ['a baseball cap'], types: 'A baseball cap' },
    { say: ['cap twenty three'], types: 'Cap 23' },
    { say: ['cap i'], types: 'I' },
    { say: ['caps off'], types: '' },
    { say: ['literal cap hello'], types: 'Cap hello' },
    { say: ['literal all caps'], types: 'All caps' },
    { say: ['cap hello'], types: 'cap hello', options: { capitalCommands: false, capitals: false } },
    { say: ['all caps nasa'], types: 'All caps nasa', options: { capitalCommands: false, trueCase: false } },
    { say: ['all caps nasa'], types: 'All caps NASA', options: { capitalCommands: false } },
    { say: ['no caps iphone'], types: 'iphone', options: { capitals: false } },
    { say: ['cap hello'], types: 'Hello', options: { capitals: false } },
  ]);
});
