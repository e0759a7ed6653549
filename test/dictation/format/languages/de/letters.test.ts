// German letters and e-mails as a native writer sets them: DIN 5008: salutation with a comma, the text after it goes on in lowercase; "Mit freundlichen Grüßen" without a comma.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: letters and e-mails', () => {
  checkCases([
    de(['sehr geehrte damen und herren komma'], 'Sehr geehrte Damen und Herren,'),
    de(['sehr geehrter herr müller komma'], 'Sehr geehrter Herr Müller,'),
    de(['sehr geehrte frau weber komma neuer absatz vielen dank für die nachricht punkt'], 'Sehr geehrte Frau Weber,\n\nvielen Dank für die Nachricht.'),
    de(['liebe anna komma neuer absatz wie geht es dir fragezeichen'], 'Liebe Anna,\n\nwie geht es dir?'),
    de(['hallo thomas komma neue zeile danke für deine mail punkt'], 'Hallo Thomas,\ndanke für deine Mail.'),
    de(['mit freundlichen grüßen'], 'Mit freundlichen Grüßen'),
    de(['schönes wochenende und liebe grüße'], 'Schönes Wochenende und liebe Grüße'),
    de(['frohe ostern'], 'Frohe Ostern'),
    de(['mit freundlichen grüßen neue zeile max mustermann'], 'Mit freundlichen Grüßen\nMax Mustermann'),
    de(['viele grüße aus münchen'], 'Viele Grüße aus München'),
    de(['herzliche grüße neue zeile eure lisa'], 'Herzliche Grüße\nEure Lisa'),
    de(['bitte bis freitag antworten punkt'], 'Bitte bis Freitag antworten.'),
    de(['anbei die unterlagen punkt'], 'Anbei die Unterlagen.'),
    de(['wir freuen uns auf eine antwort punkt'], 'Wir freuen uns auf eine Antwort.'),
    de(['vielen dank im voraus'], 'Vielen Dank im Voraus'),
    de(['betreff doppelpunkt bestellung vom dritten mai'], 'Betreff: Bestellung vom 3. Mai'),
  ]);
});
