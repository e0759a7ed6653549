// Times: an hour with am/pm or o'clock; a bare "three thirty" stays a number phrase.
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('times', () => {
  checkCases([
    { say: ['three thirty pm'], types: '3:30 PM' },
    { say: ['three thirty p m'], types: '3:30 PM' },
    { say: ['seven am'], types: '7 AM' },
    { say: ['seven a m'], types: '7 AM' },
    { say: ['three oh five am'], types: '3:05 AM' },
    { say: ['twelve fifteen pm'], types: '12:15 PM' },
    { say: ['eleven forty five pm'], types: '11:45 PM' },
    { say: ['ten ten am'], types: '10:10 AM' },
    { say: ['one am'], types: '1 AM' },
    { say: ['five oclock'], types: 'Five oclock' },
    { say: ["five o'clock"], types: "5 o'clock" },
    { say: ['five o clock'], types: "5 o'clock" },
    { say: ["at ten o'clock sharp"], types: "At 10 o'clock sharp" },
    { say: ['meet me at three thirty pm comma then lunch period'], types: 'Meet me at 3:30 PM, then lunch.' },
    { say: ['the train leaves at six fifteen am period'], types: 'The train leaves at 6:15 AM.' },
    { say: ['is it at nine am question mark'], types: 'Is it at 9 AM?' },
    { say: ['open paren four pm close paren'], types: '(4 PM)' },
    { say: ['from nine am to five pm'], types: 'From 9 AM to 5 PM' },
    { say: ['three thirty'], types: 'Three 30' },
    { say: ['meet at eleven thirty'], types: 'Meet at 11 30' },
    { say: ['at noon'], types: 'At noon' },
    { say: ['at midnight'], types: 'At midnight' },
    { say: ['thirteen thirty pm'], types: '13 30 pm' },
    { say: ['i am here'], types: 'I am here' },
    { say: ['seven am'], types: 'Seven am', options: { times: false } },
    { say: ['three thirty pm'], types: 'Three 30 pm', options: { times: false } },
  ]);
});
