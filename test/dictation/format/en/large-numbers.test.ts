// Thousands separators from five digits; four-digit numbers and years stay plain.
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('large numbers', () => {
  checkCases([
    { say: ['thirty five thousand'], types: '35,000' },
    { say: ['one million two hundred fifty thousand'], types: '1,250,000' },
    { say: ['thirty five hundred'], types: '3500' },
    { say: ['three thousand five hundred'], types: '3500' },
    { say: ['twenty twenty six'], types: '2026' },
    { say: ['nine thousand nine hundred ninety nine'], types: '9999' },
    { say: ['ten thousand'], types: '10,000' },
    { say: ['one hundred thousand and one'], types: '100,001' },
    { say: ['two billion'], types: '2,000,000,000' },
    { say: ['thirty five thousand point five'], types: '35,000.5' },
    { say: ['thirty five thousand'], types: '35000', options: { digitGrouping: false } },
    { say: ['one million two hundred fifty thousand'], types: '1250000', options: { digitGrouping: false } },
  ]);
});
