// German times as a native writer sets them: "15:30 Uhr", "9 Uhr" (Duden, DIN 5008); "halb acht" and "Viertel nach drei" stay words.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: times', () => {
  checkCases([
    de(['um neun uhr'], 'Um 9 Uhr'),
    de(['um zwölf uhr'], 'Um 12 Uhr'),
    de(['um dreizehn uhr'], 'Um 13 Uhr'),
    de(['um vierundzwanzig uhr'], 'Um 24 Uhr'),
    de(['um sieben uhr dreißig'], 'Um 7:30 Uhr'),
    de(['um zehn uhr zehn'], 'Um 10:10 Uhr'),
    de(['um elf uhr fünfundfünfzig'], 'Um 11:55 Uhr'),
    de(['der laden öffnet um acht uhr'], 'Der Laden öffnet um 8 Uhr'),
    de(['die sitzung beginnt um neun uhr fünfzehn'], 'Die Sitzung beginnt um 9:15 Uhr'),
    de(['von neun uhr bis siebzehn uhr'], 'Von 9 Uhr bis 17 Uhr'),
    de(['um zweiundzwanzig uhr zwanzig'], 'Um 22:20 Uhr'),
    de(['um null uhr'], 'Um 0 Uhr'),
    de(['um halb neun'], 'Um halb neun'),
    de(['um viertel nach drei'], 'Um Viertel nach drei'),
    de(['um viertel vor zwölf'], 'Um Viertel vor zwölf'),
    de(['drei stunden'], 'Drei Stunden'),
    de(['zwanzig minuten'], '20 Minuten'),
    de(['in fünfundvierzig minuten'], 'In 45 Minuten'),
    de(['eine halbe stunde'], 'Eine halbe Stunde'),
    de(['die uhr ist kaputt'], 'Die Uhr ist kaputt'),
    de(['wie viel uhr ist es fragezeichen'], 'Wie viel Uhr ist es?'),
  ]);
});
