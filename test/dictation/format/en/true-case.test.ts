// English true casing: names, places, languages, months and days get their capital from
// the dictionary (lexicons/en.ts); a word written both ways ("march", "may", "bill") stays
// as said unless the words around it make it a month or a name.
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('true casing', () => {
  checkCases([
    { say: ['yesterday peter flew to rome with anna and they spoke italian'], types: 'Yesterday Peter flew to Rome with Anna and they spoke Italian' },
    { say: ['the troops march at dawn'], types: 'The troops march at dawn' },
    { say: ['in march we march'], types: 'In March we march' },
    { say: ['you may go in may'], types: 'You may go in May' },
    { say: ['the ides of march'], types: 'The ides of March' },
    { say: ['an august body met in august'], types: 'An august body met in August' },
    { say: ['we visited paris and london'], types: 'We visited Paris and London' },
    { say: ['she speaks french and german'], types: 'She speaks French and German' },
    { say: ['see you on monday'], types: 'See you on Monday' },
    { say: ['the energy will peter out'], types: 'The energy will peter out' },
    { say: ['pay the bill'], types: 'Pay the bill' },
    { say: ['he works at nasa'], types: 'He works at NASA' },
    { say: ['i love christmas in december'], types: 'I love Christmas in December' },
    { say: ['peter flew to rome'], types: 'Peter flew to rome', options: { trueCase: false, capitals: true } },
    { say: ['peter flew to rome'], types: 'peter flew to rome', options: { trueCase: false, capitals: false } },
    { say: ['peter flew to rome'], types: 'Pete flew to rome', options: { trueCase: true, replacements: [{ from: 'peter', to: 'Pete' }, { from: 'rome', to: 'rome' }] } },
    { say: ['see you on monday'], types: 'See you on monday', options: { dates: false } },
  ]);
});

describe('number words next to each other', () => {
  checkCases([
    { say: ['open twenty four seven'], types: 'Open 24/7' },
    // "pounds" is also a weight: the number becomes digits, the word stays.
    { say: ['one hundred and five pounds'], types: '105 pounds' },
    { say: ['one hundred and five dollars'], types: '$105' },
  ]);
});
