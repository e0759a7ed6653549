// German large numbers and decimals as a native writer sets them: decimal comma, the point groups from five digits ("35.000"), "Millionen" after a decimal stays a word, "%" after a no-break space (DIN 5008).
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NBSP = '\u00A0';
const de = inLanguage('de');

describe('German writer: large numbers and decimals', () => {
  checkCases([
    de(['eins komma fünf'], '1,5'),
    de(['zwei komma null'], '2,0'),
    de(['achtunddreißig komma fünf grad fieber'], '38,5 Grad Fieber'),
    de(['null komma drei prozent'], `0,3${NBSP}%`),
    de(['drei komma eins vier eins fünf'], '3,1415'),
    de(['zwölf komma fünf kilometer'], '12,5 Kilometer'),
    de(['ein komma acht liter'], '1,8 Liter'),
    de(['einhundertzwanzigtausend'], '120.000'),
    de(['eine million dreihunderttausend'], '1.300.000'),
    de(['zwei millionen fünfhunderttausend einwohner'], '2.500.000 Einwohner'),
    de(['neun millionen'], '9.000.000'),
    de(['vierzigtausendfünfhundert'], '40.500'),
    de(['neunundneunzigtausendneunhundertneunundneunzig'], '99.999'),
    de(['zehntausendeins'], '10.001'),
    de(['fünf komma'], 'Fünf,'),
    de(['komma'], ','),
  ]);
});
