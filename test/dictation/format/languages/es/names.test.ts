// Spanish people's names as a native writer sets them (RAE/ASALE, Ortografía de la lengua
// española, 2010, on capital letters: given names and surnames take a capital; "señor", "doña",
// titles and treatments do not). A name that is also an everyday word ("rosa", "pilar",
// "blanca") keeps the word's lowercase where the sentence makes it the word.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish names: given names and surnames', () => {
  checkCases([
    es(['ayer hablé con javier'], 'Ayer hablé con Javier'),
    es(['josé y antonio llegan mañana'], 'José y Antonio llegan mañana'),
    es(['se lo di a manuel'], 'Se lo di a Manuel'),
    es(['laura trabaja con elena'], 'Laura trabaja con Elena'),
    es(['el hermano de isabel se llama alberto'], 'El hermano de Isabel se llama Alberto'),
    es(['diego y sofía se casan en junio'], 'Diego y Sofía se casan en junio'),
    es(['francisco llamó a cristina'], 'Francisco llamó a Cristina'),
    es(['jorge come con paula y patricia'], 'Jorge come con Paula y Patricia'),
    es(['teresa es la madre de marta'], 'Teresa es la madre de Marta'),
    es(['álvaro conoce a inés'], 'Álvaro conoce a Inés'),
    es(['mónica y raquel son primas'], 'Mónica y Raquel son primas'),
    es(['dale las llaves a sergio'], 'Dale las llaves a Sergio'),
    es(['la señora garcía no está'], 'La señora García no está'),
    es(['el señor pérez llega tarde'], 'El señor Pérez llega tarde'),
    es(['habla con don fernando'], 'Habla con don Fernando'),
    es(['doña beatriz vive arriba'], 'Doña Beatriz vive arriba'),
    es(['el doctor martínez atiende los martes'], 'El doctor Martínez atiende los martes'),
    es(['miguel rodríguez fernández'], 'Miguel Rodríguez Fernández'),
    es(['ana lópez sánchez'], 'Ana López Sánchez'),
    es(['la profesora jiménez corrige exámenes'], 'La profesora Jiménez corrige exámenes'),
    es(['carlos gómez y daniel ruiz'], 'Carlos Gómez y Daniel Ruiz'),
    es(['la familia díaz cena a las nueve'], 'La familia Díaz cena a las nueve'),
    es(['leímos a cervantes y a lorca'], 'Leímos a Cervantes y a Lorca'),
    es(['un cuadro de goya'], 'Un cuadro de Goya'),
    es(['trabajo en google'], 'Trabajo en Google'),
  ]);
});

describe('Spanish names that are also everyday words', () => {
  checkCases([
    // The flower, the pillar, the colour: no capital without a name's context.
    es(['compré una rosa roja'], 'Compré una rosa roja'),
    es(['el pilar del puente'], 'El pilar del puente'),
    es(['una camisa blanca'], 'Una camisa blanca'),
    es(['tengo dolores de cabeza'], 'Tengo dolores de cabeza'),
    es(['apaga la luz'], 'Apaga la luz'),
    es(['el agua está clara'], 'El agua está clara'),
    es(['el pelo moreno'], 'El pelo moreno'),
    // A name the dictionary also lists as a rare noun: the name wins (es.ts namesFirst).
    es(['carmen y luis vienen a cenar'], 'Carmen y Luis vienen a cenar'),
    es(['pedro y juan juegan al fútbol'], 'Pedro y Juan juegan al fútbol'),
  ]);
});
