// Spanish: ¿ ¡ opening marks, « » quotes, "punto y aparte", commands, capitals, numbers.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const NBSP = '\u00A0';
const es = inLanguage('es');

describe('Spanish rules', () => {
  checkCases([
    es(['hola punto qué tal'], 'Hola. Qué tal'),
    es(['abrir interrogación qué hora es cerrar interrogación'], '¿Qué hora es?'),
    es(['abre interrogación vienes cierra interrogación'], '¿Vienes?'),
    es(['abrir exclamación hola cerrar exclamación'], '¡Hola!'),
    es(['bueno coma abrir interrogación vienes cerrar interrogación'], 'Bueno, ¿vienes?'),
    es(['hola punto abrir interrogación vienes cerrar interrogación sí'], 'Hola. ¿Vienes? Sí'),
    es(['sí', 'abrir exclamación', 'claro', 'cerrar exclamación'], 'Sí ¡claro!'),
    es(['qué hora es cerrar interrogación'], '¿Qué hora es?'),
    es(['hola punto qué tal signo de interrogación bien'], 'Hola. ¿Qué tal? Bien'),
    es(['bien signo de exclamación'], '¡Bien!'),
    es(['hola', 'punto', 'vienes cerrar interrogación'], 'Hola. ¿Vienes?'),
    es(['qué', 'hora es cerrar interrogación'], 'Qué hora es?'),
    es(['uno punto y coma dos'], 'Uno; dos'),
    es(['nota dos puntos nada'], 'Nota: nada'),
    es(['dijo abrir comillas sí cerrar comillas'], 'Dijo «sí»'),
    es(['ver abrir paréntesis arriba cerrar paréntesis'], 'Ver (arriba)'),
    es(['fin punto y aparte nuevo'], 'Fin.\n\nNuevo'),
    es(['fin punto y seguido otra'], 'Fin. Otra'),
    es(['lista nueva línea leche'], 'Lista\nLeche'),
    es(['fin punto nuevo párrafo otro'], 'Fin.\n\nOtro'),
    es(['franco guion alemán'], 'Franco-alemán'),
    es(['desde mi punto de vista'], 'Desde mi punto de vista'),
    es(['la palabra literal coma'], 'La palabra coma'),
    es(['hola', 'borrar eso', 'adiós'], 'Adiós'),
    es(['uno', 'dos', 'deshacer eso'], 'Uno'),
    es(['hola', 'terminar dictado', 'más'], 'Hola más'),
    es(['veintitrés manzanas'], '23 manzanas'),
    es(['treinta y cinco'], '35'),
    es(['noventa y nueve por ciento'], `99${NBSP}%`),
    es(['treinta y tú'], '30 y tú'),
    es(['tres coma cinco'], '3,5'),
    es(['tengo tres coma y tú'], 'Tengo tres, y tú'),
    es(['diez por ciento'], `10${NBSP}%`),
    es(['dos mil veintiséis'], '2026'),
    es(['cincuenta mil personas'], `50${NBSP}000 personas`),
    es(['tres mil'], '3000'),
    es(['cien mil'], `100${NBSP}000`),
    es(['un millón'], `1${NBSP}000${NBSP}000`),
    es(['una casa'], 'Una casa'),
    es(['visita ejemplo punto com'], 'Visita ejemplo.com'),
    es(['ana arroba ejemplo punto com'], 'ana@ejemplo.com'),
    es(['ejemplo punto com punto es'], 'ejemplo.com.es'),
    es(['el lunes de marzo'], 'El lunes de marzo'),
    es(['e sin espacio mail'], 'Email'),
    es(['hola punto'], 'hola.', { capitals: false }),
    es(['hola coma'], 'Hola coma', { punctuation: false }),
    es(['veintitrés'], 'Veintitrés', { numbers: false }),
  ]);
});
