// Money: an amount and a currency word become the symbol and the digits.
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('money', () => {
  checkCases([
    { say: ['five dollars'], types: '$5' },
    { say: ['one dollar'], types: '$1' },
    { say: ['it costs twenty five dollars and fifty cents'], types: 'It costs $25.50' },
    { say: ['twenty five dollars fifty cents'], types: '$25.50' },
    { say: ['ten dollars and five cents'], types: '$10.05' },
    { say: ['three euros'], types: '€3' },
    { say: ['one euro'], types: '€1' },
    { say: ['three point five dollars'], types: '$3.50' },
    { say: ['three point two five euros'], types: '€3.25' },
    { say: ['fifty thousand dollars'], types: '$50,000' },
    { say: ['two million dollars period'], types: '$2,000,000.' },
    { say: ['it was five dollars comma not ten period'], types: 'It was $5, not 10.' },
    { say: ['five pounds of flour'], types: 'Five pounds of flour' },
    { say: ['fifty cents'], types: '50 cents' },
    { say: ['dollars and cents'], types: 'Dollars and cents' },
    { say: ['five dollars and change'], types: '$5 and change' },
    { say: ['five dollars'], types: 'Five dollars', options: { money: false } },
    { say: ['twenty five dollars'], types: '25 dollars', options: { money: false } },
  ]);
});
