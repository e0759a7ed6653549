// Spanish editing commands: "borrar eso" / "deshacer eso" erase the last utterance typed,
// "terminar dictado" / "detener dictado" end dictation; each counts only as a whole
// utterance, so "no quiero borrar eso de la lista" is text.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish commands', () => {
  checkCases([
    es(['quedamos el martes', 'borrar eso', 'quedamos el miércoles'], 'Quedamos el miércoles'),
    es(['vivo en valencia punto', 'deshacer eso'], ''),
    es(['uno', 'dos', 'borrar eso', 'borrar eso'], ''),
    es(['hola punto', 'cuesta veinte euros', 'borrar eso', 'cuesta treinta euros'], 'Hola. Cuesta 30 euros'),
    es(['no quiero borrar eso de la lista'], 'No quiero borrar eso de la lista'),
    es(['deshacer eso', 'hola'], 'Hola'),
    es(['buenas noches', 'detener dictado', 'y más'], 'Buenas noches y más'),
    es(['terminar dictado'], ''),
    es(['hay que terminar dictado hoy'], 'Hay que terminar dictado hoy'),
    es(['borrar eso'], 'Borrar eso', { commands: false }),
    es(['hola', 'borrar eso'], 'Hola borrar eso', { commands: false }),
    es(['literal punto'], 'Punto'),
  ]);
});
