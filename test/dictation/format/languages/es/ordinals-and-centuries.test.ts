// Spanish ordinals and centuries as a native writer sets them (RAE/ASALE, Ortografía 2010,
// on numbers, and DPD "ordinales"): ordinals in running text are written in words ("el tercer
// piso", "la primera vez"); centuries in Roman numerals ("el siglo XXI").
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish ordinals stay words', () => {
  checkCases([
    es(['vivo en el tercer piso'], 'Vivo en el tercer piso'),
    es(['es la primera vez'], 'Es la primera vez'),
    es(['llegó en segundo lugar'], 'Llegó en segundo lugar'),
    es(['el quinto aniversario'], 'El quinto aniversario'),
    es(['la décima parte'], 'La décima parte'),
    es(['el primer día de clase'], 'El primer día de clase'),
    es(['por cuarta vez'], 'Por cuarta vez'),
    es(['en primer lugar coma gracias'], 'En primer lugar, gracias'),
  ]);
});

describe('Spanish centuries in Roman numerals', () => {
  checkCases([
    es(['el siglo veintiuno'], 'El siglo XXI'),
    es(['una iglesia del siglo doce'], 'Una iglesia del siglo XII'),
    es(['en el siglo dieciocho'], 'En el siglo XVIII'),
    es(['a finales del siglo diecinueve'], 'A finales del siglo XIX'),
    es(['el siglo cinco'], 'El siglo V'),
    es(['el siglo pasado'], 'El siglo pasado'),
    es(['el siglo veintiuno'], 'El siglo veintiuno', { numbers: false }),
  ]);
});

describe('Spanish labels in digits: pages, chapters, rooms, lines', () => {
  checkCases([
    es(['abre el libro por la página tres'], 'Abre el libro por la página 3'),
    es(['lee el capítulo dos'], 'Lee el capítulo 2'),
    es(['según el artículo nueve'], 'Según el artículo 9'),
    es(['la habitación cuatro'], 'La habitación 4'),
    es(['el tren sale del andén seis'], 'El tren sale del andén 6'),
    es(['embarque por la puerta ocho'], 'Embarque por la puerta 8'),
    es(['vivo en el número siete'], 'Vivo en el número 7'),
    es(['está en la planta dos'], 'Está en la planta 2'),
    es(['haz el ejercicio cinco'], 'Haz el ejercicio 5'),
    es(['la habitación doscientos cuatro'], 'La habitación 204'),
    // "número" and "página" not before a number: words as said.
    es(['un número par'], 'Un número par'),
    es(['pasa página'], 'Pasa página'),
  ]);
});
