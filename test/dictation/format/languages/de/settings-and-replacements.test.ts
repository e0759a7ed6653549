// German with a rule family switched off in Settings → Formatting, and with the user's own
// replacements, which win over every built-in rule (the lexicon, dates, house numbers).
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NBSP = '\u00A0';
const de = inLanguage('de');

describe('German writer: rules switched off', () => {
  checkCases([
    de(['ich habe hunger'], 'Ich habe hunger', { trueCase: false }),
    de(['alles gute zum geburtstag'], 'Alles gute zum geburtstag', { trueCase: false }),
    de(['die waschmaschine ist kaputt'], 'Die waschmaschine ist kaputt', { trueCase: false }),
    de(['am dritten mai'], 'Am dritten mai', { dates: false }),
    de(['vom zehnten bis zum zwanzigsten oktober'], 'Vom zehnten bis zum zwanzigsten oktober', { dates: false }),
    de(['goethestraße zwölf'], 'Goethestraße zwölf', { numbers: false }),
    de(['zwanzig prozent rabatt'], 'Zwanzig Prozent Rabatt', { numbers: false }),
    de(['um acht uhr fünfzehn'], 'Um acht Uhr 15', { times: false }),
    de(['zwölf euro achtzig'], 'Zwölf Euro 80', { money: false }),
    de(['zweiundzwanzigtausend'], '22000', { digitGrouping: false }),
    de(['liebe anna komma neue zeile danke'], 'Liebe Anna Komma neue Zeile danke', { punctuation: false }),
    de(['ein bindestrich und ausgang'], 'Ein Bindestrich und Ausgang', { punctuation: false }),
    de(['das löschen'], 'Das Löschen', { commands: false }),
    de(['am dritten mai um vierzehn uhr'], 'Am 3. Mai um 14 Uhr', { money: false }),
    de(['zwanzig euro'], 'Zwanzig Euro', { numbers: false }),
    de(['zehn prozent'], `10${NBSP}%`, { money: false }),
  ]);
});

describe('German writer: the user\'s replacements win', () => {
  checkCases([
    de(['ich habe hunger'], 'Ich habe hunger', { replacements: [{ from: 'hunger', to: 'hunger' }] }),
    de(['am dritten mai'], 'Am dritten Mai', { replacements: [{ from: 'dritten', to: 'dritten' }] }),
    de(['grüße an frau klein'], 'Grüße an Frau Klein', { replacements: [{ from: 'frau klein', to: 'Frau Klein' }] }),
    de(['mfg'], 'Mit freundlichen Grüßen', { replacements: [{ from: 'mfg', to: 'Mit freundlichen Grüßen' }] }),
    de(['goethestraße zwölf'], 'Goethestr. 12', { replacements: [{ from: 'goethestraße', to: 'Goethestr.' }] }),
    de(['das ist mein e bindestrich bike'], 'Das ist mein E-Bike', { replacements: [{ from: 'e bindestrich bike', to: 'E-Bike' }] }),
    de(['zum mitnehmen'], 'To go', { replacements: [{ from: 'zum mitnehmen', to: 'to go' }] }),
    de(['wir fahren nach bad tölz'], 'Wir fahren nach Bad Tölz', { replacements: [{ from: 'bad tölz', to: 'Bad Tölz' }] }),
  ]);
});
