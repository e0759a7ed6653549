// Ordinals: words up to "tenth", digits with the right suffix from "eleventh" and in compounds.
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('ordinals', () => {
  checkCases([
    { say: ['the first time'], types: 'The first time' },
    { say: ['second place'], types: 'Second place' },
    { say: ['the third day'], types: 'The third day' },
    { say: ['tenth'], types: 'Tenth' },
    { say: ['eleventh'], types: '11th' },
    { say: ['the twelfth night'], types: 'The 12th night' },
    { say: ['thirteenth'], types: '13th' },
    { say: ['the twentieth century'], types: 'The 20th century' },
    { say: ['twenty first'], types: '21st' },
    { say: ['twenty second'], types: '22nd' },
    { say: ['twenty third'], types: '23rd' },
    { say: ['twenty fourth'], types: '24th' },
    { say: ['ninety ninth'], types: '99th' },
    { say: ['one hundred and first'], types: '101st' },
    { say: ['one hundred first'], types: '101st' },
    { say: ['one hundred eleventh'], types: '111th' },
    { say: ['one hundred twelfth'], types: '112th' },
    { say: ['one hundred thirteenth'], types: '113th' },
    { say: ['two hundred third'], types: '203rd' },
    { say: ['hundredth'], types: '100th' },
    { say: ['one hundredth'], types: '100th' },
    { say: ['two hundred and thirty second'], types: '232nd' },
    { say: ['thousandth'], types: '1000th' },
    { say: ['ten thousandth'], types: '10,000th' },
    { say: ['his fortieth birthday period'], types: 'His 40th birthday.' },
    { say: ['the first and the eleventh'], types: 'The first and the 11th' },
    { say: ['wait a second'], types: 'Wait a second' },
    { say: ['eleventh'], types: 'Eleventh', options: { ordinals: false } },
    { say: ['twenty first'], types: '20 first', options: { ordinals: false } },
  ]);
});
