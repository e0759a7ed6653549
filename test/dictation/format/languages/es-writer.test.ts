// Spanish as a native writer sets it (RAE, Ortografía 2010): names and places capitalised,
// languages, months and days not; numbers read whole or left as words ("mil ochocientos
// cuarenta y cinco" → 1845); "5,50 €". The issue-22 rows come first.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const NBSP = '\u00A0';
const es = inLanguage('es');

describe('Spanish as a writer sets it: names', () => {
  checkCases([
    es(['vive en sevilla con carmen'], 'Vive en Sevilla con Carmen'),
    es(['madrid es la capital de españa'], 'Madrid es la capital de España'),
    es(['juan y maría viven en barcelona'], 'Juan y María viven en Barcelona'),
    es(['hablo español e inglés'], 'Hablo español e inglés'),
    es(['el lunes de marzo'], 'El lunes de marzo'),
    es(['viajamos a méxico'], 'Viajamos a México'),
    es(['vive en sevilla'], 'Vive en sevilla', { trueCase: false }),
    es(['vive en sevilla'], 'Vive en SVQ', { replacements: [{ from: 'sevilla', to: 'SVQ' }] }),
  ]);
});

describe('Spanish as a writer sets it: numbers whole or not at all', () => {
  checkCases([
    es(['dos mil trescientos euros'], '2300 euros'),
    es(['mil ochocientos cuarenta y cinco'], '1845'),
    es(['setecientos veinte metros'], '720 metros'),
    es(['ciento veinte'], '120'),
    es(['cien personas'], '100 personas'),
    es(['quinientas personas'], '500 personas'),
    es(['novecientos noventa y nueve'], '999'),
    es(['cuatrocientos mil'], `400${NBSP}000`),
    es(['treinta y tres'], '33'),
    // A round number said alone stays a word (RAE allows "mil personas").
    es(['mil personas'], 'Mil personas'),
    es(['mil'], 'Mil'),
    es(['dos millones'], `2${NBSP}000${NBSP}000`),
    es(['en mil novecientos ochenta y cuatro'], 'En 1984'),
    es(['veinte treinta'], 'Veinte treinta'),
    es(['doscientos ciento'], 'Doscientos ciento'),
    es(['mil ochocientos cuarenta y cinco'], 'Mil ochocientos cuarenta y cinco', { numbers: false }),
  ]);
});

describe('Spanish as a writer sets it: money', () => {
  checkCases([
    es(['cinco euros con cincuenta'], `5,50${NBSP}€`),
    es(['cinco coma cinco euros'], `5,50${NBSP}€`),
    es(['diez euros con veinte céntimos'], `10,20${NBSP}€`),
    es(['cuesta veinte euros'], 'Cuesta 20 euros'),
    es(['cinco euros con cincuenta'], 'Cinco euros con 50', { money: false }),
  ]);
});
