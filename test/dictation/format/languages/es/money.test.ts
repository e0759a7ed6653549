// Spanish money as a native writer sets it (RAE/ASALE, Ortografía 2010, on numbers and symbols;
// DPD "símbolo"): an amount with cents in digits with a decimal comma and the symbol after a
// (no-break) space ("5,50 €"); a whole amount keeps its currency word ("20 euros"), small
// amounts said in one word stay words ("tres euros"), as in running prose.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NBSP = '\u00A0';
const es = inLanguage('es');

describe('Spanish money with cents', () => {
  checkCases([
    es(['cuesta un euro con veinte'], `Cuesta 1,20${NBSP}€`),
    es(['son tres euros con cincuenta'], `Son 3,50${NBSP}€`),
    es(['pagué doce euros con noventa y cinco'], `Pagué 12,95${NBSP}€`),
    es(['el menú vale catorce euros con cincuenta céntimos'], `El menú vale 14,50${NBSP}€`),
    es(['la entrada cuesta ocho euros y cincuenta'], `La entrada cuesta 8,50${NBSP}€`),
    es(['el café cuesta un euro con diez'], `El café cuesta 1,10${NBSP}€`),
    es(['veinte dólares con cinco centavos'], `20,05${NBSP}$`),
    es(['cien euros con uno'], `100,01${NBSP}€`),
    es(['mil doscientos euros con treinta'], `1200,30${NBSP}€`),
    es(['quince mil euros con cincuenta'], `15${NBSP}000,50${NBSP}€`),
    es(['cuatro coma noventa y nueve euros'], `4,99${NBSP}€`),
    es(['dos euros con cinco'], `2,05${NBSP}€`),
  ]);
});

describe('Spanish whole amounts', () => {
  checkCases([
    es(['me debes cincuenta euros'], 'Me debes 50 euros'),
    es(['son tres euros'], 'Son tres euros'),
    es(['el alquiler son novecientos euros al mes'], 'El alquiler son 900 euros al mes'),
    es(['dos mil quinientos euros al mes'], '2500 euros al mes'),
    es(['ganó un millón de dólares'], `Ganó 1${NBSP}000${NBSP}000 de dólares`),
    es(['cuesta diez euros la docena'], 'Cuesta 10 euros la docena'),
    es(['cien pesos'], '100 pesos'),
    es(['ochenta céntimos'], '80 céntimos'),
    es(['un euro'], 'Un euro'),
    // A run that is not one amount stays words, currency and all.
    es(['veinte treinta euros'], 'Veinte treinta euros'),
    es(['cinco euros con cincuenta'], 'Cinco euros con cincuenta', { numbers: false, money: false }),
    // "con" joins cents only when a number follows it.
    es(['pagué veinte euros con tarjeta'], 'Pagué 20 euros con tarjeta'),
    es(['dame cinco euros con tu tarjeta'], 'Dame cinco euros con tu tarjeta'),
  ]);
});
