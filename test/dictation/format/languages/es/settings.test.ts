// Spanish with rule families switched off in Settings → Formatting, and the user's own
// replacements, which win over every built-in rule (the lexicon's capitals included).
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish with rules switched off', () => {
  checkCases([
    es(['vivo en valencia con carmen'], 'Vivo en valencia con carmen', { trueCase: false }),
    es(['vivo en nueva york'], 'Vivo en nueva york', { trueCase: false }),
    es(['el siglo veintiuno', 'punto'], 'El siglo veintiuno.', { numbers: false }),
    es(['en la página tres'], 'En la página tres', { numbers: false }),
    es(['diez euros con veinte'], 'Diez euros con veinte', { numbers: false, money: false }),
    es(['diez euros con veinte'], '10 euros con 20', { money: false }),
    es(['doscientos mil'], '200000', { digitGrouping: false }),
    es(['hola coma qué tal cerrar interrogación'], 'Hola coma qué tal cerrar interrogación', { punctuation: false }),
    es(['vive en madrid punto', 'y trabaja'], 'vive en Madrid. y trabaja', { capitals: false }),
    es(['hola', 'qué tal'], 'Holaqué tal', { spacing: false }),
    es(['ana arroba ejemplo punto com'], 'Ana arroba ejemplo. Com', { addresses: false }),
  ]);
});

describe('Spanish user replacements win', () => {
  checkCases([
    es(['vivo en valencia'], 'Vivo en VLC', { replacements: [{ from: 'valencia', to: 'VLC' }] }),
    es(['trabajo en la empresa'], 'Trabajo en la Empresa S. A.', { replacements: [{ from: 'la empresa', to: 'la Empresa S. A.' }] }),
    es(['estados unidos'], 'EE. UU.', { replacements: [{ from: 'estados unidos', to: 'EE. UU.' }] }),
    es(['el siglo veintiuno'], 'El siglo 21', { replacements: [{ from: 'veintiuno', to: '21' }] }),
    es(['paco viene'], 'Francisco viene', { replacements: [{ from: 'paco', to: 'Francisco' }] }),
  ]);
});
