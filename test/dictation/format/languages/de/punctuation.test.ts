// German spoken marks as a native writer sets them: German typography: „…“, the Gedankenstrich with spaces, the Ergänzungsstrich ("Ein- und Ausgang", Duden).
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: spoken marks', () => {
  checkCases([
    de(['wie spät ist es fragezeichen'], 'Wie spät ist es?'),
    de(['das ist ja wunderbar ausrufezeichen'], 'Das ist ja wunderbar!'),
    de(['ich komme komma wenn ich zeit habe punkt'], 'Ich komme, wenn ich Zeit habe.'),
    de(['er sagte komma dass er später kommt'], 'Er sagte, dass er später kommt'),
    de(['wichtig doppelpunkt morgen ist feiertag'], 'Wichtig: morgen ist Feiertag'),
    de(['die gäste semikolon die musik'], 'Die Gäste; die Musik'),
    de(['berlin gedankenstrich hamburg'], 'Berlin – Hamburg'),
    de(['das nord bindestrich süd bindestrich gefälle'], 'Das Nord-Süd-Gefälle'),
    de(['sie rief anführungszeichen unten hilfe ausrufezeichen anführungszeichen oben'], 'Sie rief „Hilfe!“'),
    de(['der preis klammer auf inklusive steuer klammer zu'], 'Der Preis (inklusive Steuer)'),
    de(['punkt'], '.'),
    de(['wörtlich komma'], 'Komma'),
    de(['das wort wörtlich fragezeichen'], 'Das Wort Fragezeichen'),
    de(['ein bindestrich und ausgang'], 'Ein- und Ausgang'),
    de(['ende punkt neue zeile anfang'], 'Ende.\nAnfang'),
    de(['erstens doppelpunkt neue zeile milch'], 'Erstens:\nMilch'),
    de(['wie bitte fragezeichen fragezeichen'], 'Wie bitte??'),
    de(['ach so ausrufezeichen'], 'Ach so!'),
    de(['nein komma danke'], 'Nein, danke'),
  ]);
});
