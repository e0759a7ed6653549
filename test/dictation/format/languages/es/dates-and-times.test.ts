// Spanish dates and hours as a native writer sets them (RAE/ASALE, Ortografía 2010, on numbers
// and capital letters; DPD "fecha" and "hora"): months and weekdays lowercase; the day of the month in
// digits ("el 5 de mayo de 2026"); hours of the 12-hour clock, with "y media", "de la tarde"
// or "en punto", written in words ("a las cinco y media de la tarde").
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish dates', () => {
  checkCases([
    es(['el cinco de mayo'], 'El 5 de mayo'),
    es(['el cinco de mayo de dos mil veintiséis'], 'El 5 de mayo de 2026'),
    es(['nació el tres de abril de mil novecientos ochenta'], 'Nació el 3 de abril de 1980'),
    es(['el uno de enero'], 'El 1 de enero'),
    es(['el doce de octubre'], 'El 12 de octubre'),
    es(['el treinta y uno de diciembre'], 'El 31 de diciembre'),
    es(['hoy es lunes veinte de julio'], 'Hoy es lunes 20 de julio'),
    es(['del nueve al quince de agosto'], 'Del nueve al 15 de agosto'),
    es(['entregar antes del dos de febrero'], 'Entregar antes del 2 de febrero'),
    es(['el ocho de marzo es el día de la mujer'], 'El 8 de marzo es el día de la mujer'),
    es(['en septiembre de dos mil veinticuatro'], 'En septiembre de 2024'),
    es(['madrid coma siete de junio de dos mil veinticinco'], 'Madrid, 7 de junio de 2025'),
    es(['los martes y los jueves'], 'Los martes y los jueves'),
    es(['el próximo viernes'], 'El próximo viernes'),
    es(['en noviembre hace frío'], 'En noviembre hace frío'),
    es(['el domingo cuatro de mayo'], 'El domingo 4 de mayo'),
    // "dos de" is a date only before a month.
    es(['dos de ellos'], 'Dos de ellos'),
    es(['cinco de los nuestros'], 'Cinco de los nuestros'),
    es(['el cinco de mayo'], 'El cinco de mayo', { numbers: false }),
  ]);
});

describe('Spanish hours', () => {
  checkCases([
    es(['quedamos a las cinco'], 'Quedamos a las cinco'),
    es(['a las diez y media'], 'A las diez y media'),
    es(['a las ocho de la mañana'], 'A las ocho de la mañana'),
    es(['la cena es a las nueve y cuarto'], 'La cena es a las nueve y cuarto'),
    es(['sale a las siete menos cuarto'], 'Sale a las siete menos cuarto'),
    es(['llámame a las seis de la tarde'], 'Llámame a las seis de la tarde'),
    es(['abrimos a las doce en punto'], 'Abrimos a las doce en punto'),
    es(['es la una y diez'], 'Es la una y diez'),
    es(['tardamos dos horas y media'], 'Tardamos dos horas y media'),
    es(['la reunión dura cuarenta y cinco minutos'], 'La reunión dura 45 minutos'),
  ]);
});
