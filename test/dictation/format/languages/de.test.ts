// German: marks with German typography („…“, –, "10 %"), commands, sentence capitals, numbers.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const de = inLanguage('de');

describe('German rules', () => {
  checkCases([
    de(['hallo welt punkt wie geht es dir fragezeichen'], 'Hallo Welt. Wie geht es dir?'),
    de(['das ist toll ausrufezeichen'], 'Das ist toll!'),
    de(['ja komma gerne'], 'Ja, gerne'),
    de(['achtung doppelpunkt heiß'], 'Achtung: heiß'),
    de(['erstens semikolon zweitens'], 'Erstens; zweitens'),
    de(['erstens strichpunkt zweitens'], 'Erstens; zweitens'),
    de(['er kam gedankenstrich endlich'], 'Er kam – endlich'),
    de(['ein bindestrich wort'], 'Ein-Wort'),
    de(['er sagte doppelpunkt anführungszeichen unten ja anführungszeichen oben'], 'Er sagte: „ja“'),
    de(['anführungszeichen auf hallo anführungszeichen zu'], '„Hallo“'),
    de(['klammer auf siehe oben klammer zu'], '(Siehe oben)'),
    de(['liste neue zeile milch neue zeile eier'], 'Liste\nMilch\nEier'),
    de(['ende punkt neuer absatz weiter'], 'Ende.\n\nWeiter'),
    de(['das wort wörtlich punkt'], 'Das Wort Punkt'),
    de(['haus kein leerzeichen tür'], 'Haustür'),
    de(['hallo', 'punkt', 'weiter'], 'Hallo. Weiter'),
    de(['hallo', 'das löschen', 'tschüss'], 'Tschüss'),
    de(['eins', 'zwei', 'lösche das'], 'Eins'),
    de(['eins', 'rückgängig machen'], ''),
    de(['bitte lösche das jetzt'], 'Bitte lösche das jetzt'),
    de(['dreiundzwanzig äpfel'], '23 Äpfel'),
    de(['drei komma fünf'], '3,5'),
    de(['ich habe drei komma und du'], 'Ich habe drei, und du'),
    de(['zehn prozent'], '10\u00A0%'),
    de(['fünfzig tausend menschen'], '50.000 Menschen'),
    de(['drei tausend fünf hundert'], '3500'),
    de(['neunzehn hundert vierundachtzig'], '1984'),
    de(['zwei millionen'], '2.000.000'),
    de(['zwölf monate'], 'Zwölf Monate'),
    de(['dreizehn monate'], '13 Monate'),
    de(['einundzwanzig'], '21'),
    de(['neunundneunzig prozent'], '99\u00A0%'),
    de(['am montag im märz'], 'Am Montag im März'),
    de(['bis freitag punkt'], 'Bis Freitag.'),
    de(['siehe beispiel punkt de punkt'], 'Siehe beispiel.de.'),
    de(['anna at zeichen beispiel punkt de'], 'anna@beispiel.de'),
    de(['der punkt ist klar'], 'Der. Ist klar'),
    de(['was ist das fragezeichen'], 'was ist das?', { capitals: false }),
    de(['hallo punkt'], 'Hallo Punkt', { punctuation: false }),
    de(['dreiundzwanzig'], 'Dreiundzwanzig', { numbers: false }),
    de(['fünfzig tausend'], '50000', { digitGrouping: false }),
    de(['am montag'], 'Am montag', { dates: false }),
  ]);
});
