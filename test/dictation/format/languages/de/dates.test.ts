// German dates as a native writer sets them: the day as a number with a point before the month ("am 3. Mai", Duden and DIN 5008), days and months capitalised; an ordinal that is not a day of a month stays a word.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: dates', () => {
  checkCases([
    de(['am dritten mai'], 'Am 3. Mai'),
    de(['der termin ist am zwölften märz'], 'Der Termin ist am 12. März'),
    de(['wir heiraten am einundzwanzigsten juni'], 'Wir heiraten am 21. Juni'),
    de(['am ersten januar zweitausendsechsundzwanzig'], 'Am 1. Januar 2026'),
    de(['ich habe am dreißigsten september geburtstag'], 'Ich habe am 30. September Geburtstag'),
    de(['heute ist der vierte juli'], 'Heute ist der 4. Juli'),
    de(['bis zum fünfzehnten august'], 'Bis zum 15. August'),
    de(['vom zehnten bis zum zwanzigsten oktober'], 'Vom 10. bis zum 20. Oktober'),
    de(['am zweiten dezember'], 'Am 2. Dezember'),
    de(['der einunddreißigste dezember'], 'Der 31. Dezember'),
    de(['am siebten april neunzehnhundertneunundachtzig'], 'Am 7. April 1989'),
    de(['am achten februar'], 'Am 8. Februar'),
    de(['am neunzehnten november'], 'Am 19. November'),
    de(['montag'], 'Montag'),
    de(['am dienstag um zehn uhr'], 'Am Dienstag um 10 Uhr'),
    de(['mittwochs habe ich frei'], 'Mittwochs habe ich frei'),
    de(['am wochenende und am sonntag'], 'Am Wochenende und am Sonntag'),
    de(['nächsten donnerstag'], 'Nächsten Donnerstag'),
    de(['bis samstag'], 'Bis Samstag'),
    de(['im januar'], 'Im Januar'),
    de(['anfang februar'], 'Anfang Februar'),
    de(['ende oktober'], 'Ende Oktober'),
    de(['im april zweitausendfünfundzwanzig'], 'Im April 2025'),
    de(['seit juni'], 'Seit Juni'),
    de(['juli und august sind heiß'], 'Juli und August sind heiß'),
    de(['im mai ist es warm'], 'Im Mai ist es warm'),
    de(['der dritte mann'], 'Der dritte Mann'),
    de(['der erste platz'], 'Der erste Platz'),
    de(['zum zweiten mal'], 'Zum zweiten Mal'),
  ]);
});
