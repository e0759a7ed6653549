// Spanish large numbers, decimals and percentages as a native writer sets them (RAE/ASALE,
// Ortografía 2010, on numbers, and DPD "números"): a decimal comma ("3,5"); from five digits on,
// groups of three separated by a (no-break) space, four digits not ("2300", "10 000");
// years never grouped; "%" after a space ("15 %").
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NBSP = '\u00A0';
const es = inLanguage('es');

describe('Spanish large numbers', () => {
  checkCases([
    es(['once mil'], `11${NBSP}000`),
    es(['veinticinco mil espectadores'], `25${NBSP}000 espectadores`),
    es(['treinta y dos mil quinientos'], `32${NBSP}500`),
    es(['noventa y nueve mil novecientos noventa y nueve'], `99${NBSP}999`),
    es(['ciento veinte mil habitantes'], `120${NBSP}000 habitantes`),
    es(['quinientos mil'], `500${NBSP}000`),
    es(['setecientos cincuenta mil trescientos'], `750${NBSP}300`),
    es(['dos millones quinientos mil'], `2${NBSP}500${NBSP}000`),
    es(['cuarenta y siete millones de habitantes'], `47${NBSP}000${NBSP}000 de habitantes`),
    es(['un millón trescientos mil ciento uno'], `1${NBSP}300${NBSP}101`),
    es(['mil quinientos metros'], '1500 metros'),
    es(['ocho mil ochocientos cuarenta y ocho metros'], '8848 metros'),
    es(['la casa cuesta doscientos mil euros'], `La casa cuesta 200${NBSP}000 euros`),
  ]);
});

describe('Spanish decimals and percentages', () => {
  checkCases([
    es(['cero coma cinco'], '0,5'),
    es(['uno coma cinco litros'], '1,5 litros'),
    es(['dos coma setenta y cinco'], '2,75'),
    es(['treinta y seis coma seis grados'], '36,6 grados'),
    es(['pesa setenta coma dos kilos'], 'Pesa 70,2 kilos'),
    es(['el veinte por ciento'], `El 20${NBSP}%`),
    es(['un quince por ciento de descuento'], `Un 15${NBSP}% de descuento`),
    es(['el cien por ciento'], `El 100${NBSP}%`),
    es(['tres coma cinco por ciento'], `3,5${NBSP}%`),
    es(['subió un dos por ciento'], `Subió un 2${NBSP}%`),
    es(['el cero coma siete por ciento'], `El 0,7${NBSP}%`),
    // "coma" after a word that is not a number is the punctuation mark.
    es(['tres coma y ya está'], 'Tres, y ya está'),
  ]);
});

describe('Spanish years', () => {
  checkCases([
    es(['mil novecientos setenta y cinco'], '1975'),
    es(['en el año dos mil'], 'En el año 2000'),
    es(['en dos mil ocho'], 'En 2008'),
    es(['desde mil novecientos noventa y dos'], 'Desde 1992'),
    es(['hasta dos mil treinta'], 'Hasta 2030'),
    es(['nació en mil ochocientos ochenta y uno'], 'Nació en 1881'),
    es(['la guerra de mil novecientos treinta y seis'], 'La guerra de 1936'),
  ]);
});
