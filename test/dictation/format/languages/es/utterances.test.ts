// Spanish text across utterances as a writer expects it: one space between utterances,
// none before a mark said in the next one, a capital only at a sentence's start (after
// ". ? !", a new line or a new paragraph), and the "¿" of a question said over two
// utterances placed where the question begins only when it began in the same breath.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish sentence starts and spacing across utterances', () => {
  checkCases([
    es(['hola', 'qué tal'], 'Hola qué tal'),
    es(['hola punto', 'qué tal'], 'Hola. Qué tal'),
    es(['te escribo', 'coma', 'como te dije'], 'Te escribo, como te dije'),
    es(['ya llegué', 'punto'], 'Ya llegué.'),
    es(['vale punto', 'nos vemos en valencia'], 'Vale. Nos vemos en Valencia'),
    es(['estimada señora garcía dos puntos', 'nuevo párrafo', 'le escribo'], 'Estimada señora García:\n\nLe escribo'),
    es(['querida ana coma', 'nueva línea', 'te escribo'], 'Querida Ana,\nTe escribo'),
    es(['un saludo coma', 'nueva línea', 'pedro'], 'Un saludo,\nPedro'),
    es(['compré veinte', 'euros de fruta'], 'Compré 20 euros de fruta'),
    es(['vienes cerrar interrogación', 'sí'], '¿Vienes? Sí'),
    es(['nos vemos el lunes', 'cerrar exclamación'], 'Nos vemos el lunes!'),
    es(['de acuerdo punto', 'mañana a las diez'], 'De acuerdo. Mañana a las diez'),
    es(['abrir comillas', 'hola', 'cerrar comillas'], '«Hola»'),
    es(['nuevo párrafo', 'segunda parte'], '\n\nSegunda parte'),
    es(['mil gracias punto', 'un abrazo'], 'Mil gracias. Un abrazo'),
  ]);
});
