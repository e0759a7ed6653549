// Spanish cardinals as a native writer sets them (RAE/ASALE, Ortografía 2010, on numbers, and
// Diccionario panhispánico de dudas, "números"): a number said in one word below ten stays
// a word in running text ("dos huevos"); other quantities are written in digits; a run of
// number words is one number or stays words, all of it (a half-read number states a
// different number). "veintiún", "veintiuna", "ciento", "cien" and the feminine hundreds
// agree with what they count.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish numbers: quantities in a sentence', () => {
  checkCases([
    es(['necesito dos huevos'], 'Necesito dos huevos'),
    es(['somos cuatro'], 'Somos cuatro'),
    es(['tengo nueve primos'], 'Tengo nueve primos'),
    es(['el grupo tiene doce alumnos'], 'El grupo tiene 12 alumnos'),
    es(['faltan quince minutos'], 'Faltan 15 minutos'),
    es(['vinieron veintiún invitados'], 'Vinieron 21 invitados'),
    es(['invitamos a veintiuna personas'], 'Invitamos a 21 personas'),
    es(['treinta y una sillas'], '31 sillas'),
    es(['cuarenta y un años'], '41 años'),
    es(['mi abuela tiene ochenta y siete años'], 'Mi abuela tiene 87 años'),
    es(['sesenta y seis kilómetros'], '66 kilómetros'),
    es(['setenta y ocho páginas'], '78 páginas'),
    es(['noventa grados'], '90 grados'),
    es(['ciento ocho habitaciones'], '108 habitaciones'),
    es(['ciento noventa y nueve'], '199'),
    es(['doscientas cincuenta personas'], '250 personas'),
    es(['trescientos sesenta y cinco días'], '365 días'),
    es(['cuatrocientas páginas'], '400 páginas'),
    es(['seiscientos kilos'], '600 kilos'),
    es(['ochocientas ochenta y ocho'], '888'),
    es(['novecientos uno'], '901'),
    es(['mil cien'], '1100'),
    es(['mil ciento uno'], '1101'),
    es(['mil doscientos treinta y cuatro'], '1234'),
    es(['cuatro mil quinientos'], '4500'),
    es(['nueve mil novecientos noventa y nueve'], '9999'),
    es(['el pueblo tiene tres mil vecinos'], 'El pueblo tiene 3000 vecinos'),
    es(['cero'], 'Cero'),
    es(['bajamos a cero grados'], 'Bajamos a cero grados'),
    es(['diecisiete dieciocho diecinueve'], 'Diecisiete dieciocho diecinueve'),
  ]);
});

describe('Spanish numbers: runs that are not one number stay words', () => {
  checkCases([
    // Two numbers said in a row are not one number: the writer keeps both as said.
    es(['ciento doscientos'], 'Ciento doscientos'),
    es(['mil dos mil'], 'Mil dos mil'),
    es(['quince veinte'], 'Quince veinte'),
    es(['cuarenta y cinco cincuenta'], 'Cuarenta y cinco cincuenta'),
    es(['trescientos cuatrocientos euros'], 'Trescientos cuatrocientos euros'),
    es(['millón mil'], 'Millón mil'),
    // "y" that does not join tens and units ends the number: the next one is its own.
    es(['veinte y treinta'], '20 y 30'),
    es(['cien y pico'], '100 y pico'),
    es(['doce o trece'], '12 o 13'),
    es(['entre diez y doce'], 'Entre 10 y 12'),
    es(['uno dos tres'], 'Uno dos tres'),
  ]);
});

describe('Spanish numbers: a number word that is not a quantity', () => {
  checkCases([
    es(['una vez'], 'Una vez'),
    es(['uno de ellos'], 'Uno de ellos'),
    es(['cada uno'], 'Cada uno'),
    es(['a la una'], 'A la una'),
    es(['mil gracias'], 'Mil gracias'),
  ]);
});
