// German rules together as a native writer sets them: dates, times, money, numbers, nouns and marks in one sentence.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NBSP = '\u00A0';
const de = inLanguage('de');

describe('German writer: rules together', () => {
  checkCases([
    de(['am dritten mai um vierzehn uhr'], 'Am 3. Mai um 14 Uhr'),
    de(['am ersten juni kostet es zwanzig euro'], 'Am 1. Juni kostet es 20 Euro'),
    de(['am zwölften märz zweitausendsechsundzwanzig um neun uhr dreißig punkt'], 'Am 12. März 2026 um 9:30 Uhr.'),
    de(['die miete von achthundert euro ist am dritten oktober fällig'], 'Die Miete von 800 Euro ist am 3. Oktober fällig'),
    de(['ich habe hunger und durst punkt'], 'Ich habe Hunger und Durst.'),
    de(['das kostet vier euro neunzig komma das ist günstig punkt'], `Das kostet 4,90${NBSP}€, das ist günstig.`),
    de(['wir treffen uns um achtzehn uhr am hauptbahnhof'], 'Wir treffen uns um 18 Uhr am Hauptbahnhof'),
    de(['dreißig prozent der kinder'], `30${NBSP}% der Kinder`),
    de(['in der goethestraße zwölf im dritten stock'], 'In der Goethestraße 12 im dritten Stock'),
    de(['neue zeile am dritten mai'], '\nAm 3. Mai'),
    de(['der zug fährt um sieben uhr zehn ab gleis zwölf'], 'Der Zug fährt um 7:10 Uhr ab Gleis zwölf'),
    de(['wir fahren vom zehnten bis zum vierzehnten juli an die ostsee'], 'Wir fahren vom 10. bis zum 14. Juli an die Ostsee'),
    de(['frohe weihnachten und einen guten rutsch'], 'Frohe Weihnachten und einen guten Rutsch'),
    de(['alles gute zum geburtstag ausrufezeichen'], 'Alles Gute zum Geburtstag!'),
    de(['herzlichen glückwunsch zum fünfzigsten geburtstag'], 'Herzlichen Glückwunsch zum fünfzigsten Geburtstag'),
  ]);
});
