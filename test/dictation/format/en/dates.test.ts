// Dates and names: months and weekdays capitalised; month + day (+ year) written as a date.
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('dates and names', () => {
  checkCases([
    { say: ['see you on monday'], types: 'See you on Monday' },
    { say: ['friday and saturday'], types: 'Friday and Saturday' },
    { say: ['in january'], types: 'In January' },
    { say: ['every december period'], types: 'Every December.' },
    { say: ['march three'], types: 'March 3' },
    { say: ['march third'], types: 'March 3' },
    { say: ['on april twenty first'], types: 'On April 21' },
    { say: ['june thirtieth'], types: 'June 30' },
    { say: ['march third twenty twenty six'], types: 'March 3, 2026' },
    { say: ['march three twenty twenty six'], types: 'March 3, 2026' },
    { say: ['july fourth seventeen seventy six'], types: 'July 4, 1776' },
    { say: ['october first two thousand and one'], types: 'October 1, 2001' },
    { say: ['december twenty fifth two thousand twenty five'], types: 'December 25, 2025' },
    { say: ['since march twenty twenty six'], types: 'Since March 2026' },
    { say: ['on may fifth'], types: 'On May 5' },
    { say: ['you may go'], types: 'You may go' },
    { say: ['you may one day'], types: 'You may one day' },
    { say: ['born on june second comma nineteen ninety period'], types: 'Born on June 2, 1990.' },
    { say: ['due friday comma march third period'], types: 'Due Friday, March 3.' },
    { say: ['august forty'], types: 'August 40' },
    { say: ['caps on', 'august', 'caps off'], types: 'August' },
    { say: ['monday'], types: 'monday', options: { dates: false, capitals: false } },
    { say: ['march third'], types: 'March third', options: { dates: false } },
    { say: ['on march third'], types: 'On march third', options: { dates: false } },
  ]);
});
