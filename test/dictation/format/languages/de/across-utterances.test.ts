// German sentence starts and spacing across utterances as a native writer sets them: one space between utterances, a capital after ". ? !" and a line break, none after a comma; a noun keeps its capital wherever it lands.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: sentence starts and spacing across utterances', () => {
  checkCases([
    de(['guten morgen', 'wie geht es dir fragezeichen'], 'Guten Morgen wie geht es dir?'),
    de(['hallo punkt', 'wie geht es dir fragezeichen'], 'Hallo. Wie geht es dir?'),
    de(['das ist gut', 'komma aber teuer'], 'Das ist gut, aber teuer'),
    de(['ich war im kino ausrufezeichen', 'der film war toll'], 'Ich war im Kino! Der Film war toll'),
    de(['die katze', 'schläft'], 'Die Katze schläft'),
    de(['liebe grüße', 'neue zeile', 'anna'], 'Liebe Grüße\nAnna'),
    de(['neuer absatz', 'weiter geht es'], '\n\nWeiter geht es'),
    de(['fragezeichen', 'warum'], '? Warum'),
    de(['einkaufsliste doppelpunkt', 'milch komma eier'], 'Einkaufsliste: Milch, Eier'),
    de(['wir sehen uns', 'morgen punkt'], 'Wir sehen uns morgen.'),
    de(['dreiundzwanzig', 'stühle'], '23 Stühle'),
    de(['er sagte doppelpunkt', 'anführungszeichen unten nein anführungszeichen oben'], 'Er sagte: „nein“'),
    de(['das ist alles punkt', 'danke'], 'Das ist alles. Danke'),
    de(['am dritten', 'mai'], 'Am dritten Mai'),
    de(['ich habe hunger', 'punkt'], 'Ich habe Hunger.'),
    de(['sehr geehrte damen und herren komma neuer absatz', 'wir freuen uns'], 'Sehr geehrte Damen und Herren,\n\nwir freuen uns'),
    de(['liebe oma komma neue zeile danke'], 'Liebe Oma,\ndanke'),
    de(['das ist alles ausrufezeichen', 'neuer absatz', 'tschüss'], 'Das ist alles!\n\nTschüss'),
    de(['komma', 'und dann'], ', und dann'),
  ]);
});
