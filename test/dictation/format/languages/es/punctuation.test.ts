// Spanish spoken punctuation as a native writer sets it (RAE/ASALE, Ortografía 2010, on punctuation):
// questions and exclamations open with "¿" "¡" where they begin, which may be mid-sentence
// ("Pero, ¿por qué?"); the word after an opening mark mid-sentence stays lowercase; angular
// quotes « » first, with no spaces inside; no space before , ; : . ? ! ) ».
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish questions and exclamations', () => {
  checkCases([
    es(['pero coma abrir interrogación por qué cerrar interrogación'], 'Pero, ¿por qué?'),
    es(['abrir exclamación qué bien cerrar exclamación', 'nos vemos'], '¡Qué bien! Nos vemos'),
    es(['cómo estás cerrar interrogación'], '¿Cómo estás?'),
    es(['dónde vives cerrar interrogación'], '¿Dónde vives?'),
    es(['qué sorpresa cerrar exclamación'], '¡Qué sorpresa!'),
    es(['hola coma abrir interrogación cómo estás cerrar interrogación'], 'Hola, ¿cómo estás?'),
    es(['si puedes coma abrir interrogación me llamas cerrar interrogación'], 'Si puedes, ¿me llamas?'),
    es(['abrir interrogación vienes a la fiesta cerrar interrogación abrir exclamación qué bien cerrar exclamación'], '¿Vienes a la fiesta? ¡Qué bien!'),
    es(['gracias cerrar exclamación hasta mañana punto'], '¡Gracias! Hasta mañana.'),
    es(['a qué hora llega el tren cerrar interrogación'], '¿A qué hora llega el tren?'),
    es(['vienes a madrid cerrar interrogación'], '¿Vienes a Madrid?'),
    es(['abrir exclamación feliz cumpleaños cerrar exclamación'], '¡Feliz cumpleaños!'),
  ]);
});

describe('Spanish commas, stops, colons and quotes', () => {
  checkCases([
    es(['compra pan coma leche y huevos punto'], 'Compra pan, leche y huevos.'),
    es(['sí coma claro punto'], 'Sí, claro.'),
    es(['bueno punto y seguido ya veremos'], 'Bueno. Ya veremos'),
    es(['primero punto y coma después'], 'Primero; después'),
    es(['la lista dos puntos pan coma sal'], 'La lista: pan, sal'),
    es(['me dijo abrir comillas ven mañana cerrar comillas punto'], 'Me dijo «ven mañana».'),
    es(['abrir comillas hola cerrar comillas'], '«Hola»'),
    es(['la reunión abrir paréntesis la de ayer cerrar paréntesis fue larga'], 'La reunión (la de ayer) fue larga'),
    es(['termino punto y aparte empiezo'], 'Termino.\n\nEmpiezo'),
    es(['uno nueva línea dos'], 'Uno\nDos'),
    es(['hispano guion americano'], 'Hispano-americano'),
    es(['escribe a laura arroba empresa punto es'], 'Escribe a laura@empresa.es'),
    es(['mi web es www punto ejemplo punto es'], 'Mi web es www.ejemplo.es'),
    es(['escribe la palabra literal punto y coma'], 'Escribe la palabra punto y coma'),
    // "punto" and "coma" as words: "punto de vista", "en punto", "coma" after a word.
    es(['llegó a las tres en punto'], 'Llegó a las tres en punto'),
    es(['un punto débil'], 'Un punto débil'),
    es(['el punto final'], 'El punto final'),
  ]);
});
