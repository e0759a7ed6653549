// German numbers as a native writer sets them: a number from 13 up in digits, up to twelve as a word (Duden); written together or apart; a run of number words that is not one number stays words, all of it.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: numbers', () => {
  checkCases([
    de(['wir haben vierzehn tage urlaub'], 'Wir haben 14 Tage Urlaub'),
    de(['ich habe drei kinder'], 'Ich habe drei Kinder'),
    de(['sie ist achtunddreißig jahre alt'], 'Sie ist 38 Jahre alt'),
    de(['das haus hat zwölf zimmer'], 'Das Haus hat zwölf Zimmer'),
    de(['wir waren zu fünft'], 'Wir waren zu fünft'),
    de(['in der klasse sind sechsundzwanzig schüler'], 'In der Klasse sind 26 Schüler'),
    de(['achtzehn'], '18'),
    de(['fünfundsechzig'], '65'),
    de(['zweiundsiebzig'], '72'),
    de(['einunddreißig'], '31'),
    de(['hundertzwanzig'], '120'),
    de(['zweihundertdreiunddreißig'], '233'),
    de(['neunhundertneunundneunzig'], '999'),
    de(['dreitausendzweihundertfünfzig'], '3250'),
    de(['siebentausend'], '7000'),
    de(['elftausend'], '11.000'),
    de(['zwanzigtausend'], '20.000'),
    de(['zweihundertfünfzigtausend'], '250.000'),
    de(['eine milliarde'], '1.000.000.000'),
    de(['drei milliarden'], '3.000.000.000'),
    de(['zwei komma fünf millionen'], '2,5 Millionen'),
    de(['vier und vierzig'], '44'),
    de(['sechs und sechzig'], '66'),
    de(['zwei hundert fünfzig'], '250'),
    de(['fünf tausend drei hundert'], '5300'),
    de(['ein hundert'], '100'),
    de(['ein tausend'], '1000'),
    de(['tausend zweihundert'], '1200'),
    de(['fünfzig sechzig leute'], 'Fünfzig sechzig Leute'),
    de(['zwei drei tage'], 'Zwei drei Tage'),
    de(['vierzehn fünfzehn'], 'Vierzehn fünfzehn'),
    de(['dreißig vierzig euro'], 'Dreißig vierzig Euro'),
    de(['hundert tausend'], '100.000'),
    de(['eins zwei drei'], 'Eins zwei drei'),
    de(['null'], 'Null'),
    de(['die nummer null'], 'Die Nummer null'),
    de(['sieben tage die woche'], 'Sieben Tage die Woche'),
    de(['zwölf apostel'], 'Zwölf Apostel'),
    de(['einer von uns'], 'Einer von uns'),
    de(['eine frage'], 'Eine Frage'),
    de(['ein paar tage'], 'Ein paar Tage'),
  ]);
});
