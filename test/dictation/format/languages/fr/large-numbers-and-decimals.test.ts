// French large numbers, decimals and percentages (Imprimerie nationale, "Nombres"): from
// five digits, groups of three separated by a narrow no-break space ("15 000"), so the
// number never breaks across lines; a decimal comma; the decimals said as a number
// ("deux virgule vingt-cinq" is 2,25, as French says it); "%" after a narrow no-break
// space ("12,5 %").
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NNBSP = '\u202F';
const fr = inLanguage('fr');

describe('French large numbers', () => {
  checkCases([
    fr(['quinze mille'], `15${NNBSP}000`),
    fr(['deux cent mille euros'], `200${NNBSP}000 euros`),
    fr(['trois cent mille'], `300${NNBSP}000`),
    fr(['quatre-vingt mille'], `80${NNBSP}000`),
    fr(['un million deux cent mille'], `1${NNBSP}200${NNBSP}000`),
    fr(['quarante-cinq mille six cents'], `45${NNBSP}600`),
    fr(['trente-cinq mille cinq cents'], `35${NNBSP}500`),
    fr(['cent vingt mille habitants'], `120${NNBSP}000 habitants`),
    fr(['deux cent cinquante mille'], `250${NNBSP}000`),
    fr(['neuf mille neuf cent quatre-vingt-dix-neuf'], '9999'),
    fr(['cinquante mille'], '50000', { digitGrouping: false }),
  ]);
});

describe('French decimals and percentages', () => {
  checkCases([
    fr(['zéro virgule cinq'], '0,5'),
    fr(['un virgule cinq litre'], '1,5 litre'),
    fr(['deux virgule vingt-cinq'], '2,25'),
    fr(['trois virgule quatorze'], '3,14'),
    fr(['deux virgule zéro cinq'], '2,05'),
    fr(['quatre virgule deux kilomètres'], '4,2 kilomètres'),
    fr(['douze virgule cinq pour cent'], `12,5${NNBSP}%`),
    fr(['cinq pour cent'], `5${NNBSP}%`),
    fr(['cent pour cent'], `100${NNBSP}%`),
    fr(['trente pour cent de réduction'], `30${NNBSP}% de réduction`),
    fr(['un taux de deux virgule cinq pour cent'], `Un taux de 2,5${NNBSP}%`),
    fr(['il fait trente-sept virgule huit'], 'Il fait 37,8'),
  ]);
});
