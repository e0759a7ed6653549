// German commands as a native writer sets them: "das löschen" erases the last utterance, only when said alone; "wörtlich" types a mark's word.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: commands', () => {
  checkCases([
    de(['hallo welt', 'das löschen'], ''),
    de(['hallo', 'welt', 'das löschen', 'das löschen'], ''),
    de(['erster satz punkt', 'zweiter satz', 'das löschen', 'dritter satz'], 'Erster Satz. Dritter Satz'),
    de(['das löschen'], ''),
    de(['rückgängig machen'], ''),
    de(['wörtlich neue zeile'], 'Neue Zeile'),
    de(['wörtlich punkt'], 'Punkt'),
    de(['das sind neue zeilen'], 'Das sind neue Zeilen'),
    de(['hallo', 'lösche das', 'tschüss punkt'], 'Tschüss.'),
  ]);
});
