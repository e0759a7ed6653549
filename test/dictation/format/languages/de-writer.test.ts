// German as a native writer sets it (Duden, DIN 5008): every noun capitalised, numbers
// read whole or left as words, "15:30 Uhr", "5,50 €". Expectations are written from the
// rules, not from what the formatter did before; the issue-22 rows come first.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const NBSP = '\u00A0';
const de = inLanguage('de');

describe('German as a writer sets it: nouns', () => {
  checkCases([
    de(['meine mutter kauft brot beim bäcker'], 'Meine Mutter kauft Brot beim Bäcker'),
    de(['wir haben dreiundvierzig stühle'], 'Wir haben 43 Stühle'),
    de(['die kinder spielen im garten'], 'Die Kinder spielen im Garten'),
    de(['ich habe durst'], 'Ich habe Durst'),
    de(['wir treffen uns in der stadt'], 'Wir treffen uns in der Stadt'),
    de(['das auto von peter ist rot'], 'Das Auto von Peter ist rot'),
    de(['ich fahre morgen nach berlin'], 'Ich fahre morgen nach Berlin'),
    de(['das essen ist fertig'], 'Das Essen ist fertig'),
    de(['wir essen um sieben'], 'Wir essen um sieben'),
    de(['der alte mann liest die zeitung'], 'Der alte Mann liest die Zeitung'),
    de(['sie arbeitet bei der bank'], 'Sie arbeitet bei der Bank'),
    de(['die sonne scheint und der himmel ist blau'], 'Die Sonne scheint und der Himmel ist blau'),
    de(['haus kein leerzeichen tür'], 'Haustür'),
    de(['e bindestrich mail'], 'E-Mail'),
    de(['meine mutter'], 'Meine mutter', { trueCase: false }),
    de(['meine mutter kauft brot'], 'Meine Mutter kauft brot', { replacements: [{ from: 'brot', to: 'brot' }] }),
    de(['meine mutter'], 'Meine Mama', { replacements: [{ from: 'mutter', to: 'Mama' }] }),
    de(['am montag im märz'], 'Am Montag im März'),
    de(['der hund schläft im haus'], 'Der Hund schläft im Haus'),
    de(['meine schwester wohnt in hamburg'], 'Meine Schwester wohnt in Hamburg'),
    de(['das buch liegt auf dem tisch'], 'Das Buch liegt auf dem Tisch'),
    de(['die katze trinkt milch'], 'Die Katze trinkt Milch'),
  ]);
});

describe('German as a writer sets it: numbers whole or not at all', () => {
  checkCases([
    de(['neun hundert vier und dreißig'], '934'),
    de(['neunhundertvierunddreißig'], '934'),
    de(['vier und dreißig'], '34'),
    de(['sieben und zwanzig grad'], '27 Grad'),
    de(['zweitausendsechsundzwanzig'], '2026'),
    de(['im jahr neunzehnhundertvierundachtzig'], 'Im Jahr 1984'),
    de(['neunzehn hundert vierundachtzig'], '1984'),
    de(['dreihundert gäste'], '300 Gäste'),
    de(['einhundert'], '100'),
    // A round number said alone stays a word, as Duden allows ("hundert Meter").
    de(['hundert meter'], 'Hundert Meter'),
    de(['drei tausend vier hundert'], '3400'),
    de(['dreitausendvierhundert'], '3400'),
    de(['fünfundzwanzigtausend'], '25.000'),
    de(['zwei millionen einwohner'], '2.000.000 Einwohner'),
    de(['tausend dank'], 'Tausend Dank'),
    de(['zwanzig dreißig'], 'Zwanzig dreißig'),
    de(['dreihundert zwanzig dreißig'], 'Dreihundert zwanzig dreißig'),
    de(['null komma fünf'], '0,5'),
    de(['zwölf prozent'], `12${NBSP}%`),
    de(['neun hundert vier und dreißig'], 'Neun hundert vier und dreißig', { numbers: false }),
  ]);
});

describe('German as a writer sets it: times and money', () => {
  checkCases([
    de(['fünfzehn uhr dreißig'], '15:30 Uhr'),
    de(['um acht uhr fünfzehn'], 'Um 8:15 Uhr'),
    de(['einundzwanzig uhr'], '21 Uhr'),
    de(['der zug fährt um siebzehn uhr fünf'], 'Der Zug fährt um 17:05 Uhr'),
    de(['fünfzehn uhr dreißig'], '15 Uhr 30', { times: false }),
    de(['fünf euro fünfzig'], `5,50${NBSP}€`),
    de(['drei komma fünf euro'], `3,50${NBSP}€`),
    de(['zehn euro und zwanzig cent'], `10,20${NBSP}€`),
    de(['das kostet zwanzig euro'], 'Das kostet 20 Euro'),
    de(['zweitausenddreihundert euro'], '2300 Euro'),
    de(['fünf euro fünfzig'], 'Fünf Euro 50', { money: false }),
  ]);
});
