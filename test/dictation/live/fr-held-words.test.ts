// Live typing in French holds back what the next word may still change: "premier" may
// become "1er" when a month follows ("le premier mai" → "le 1er mai"), a day below ten
// its digit ("le trois" → "le 3 mars"), an ordinal run its digits ("vingt et" → "21e").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../electron/dictation/format/index.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';

const french = (overrides = {}) => new DictationFormatter({ ...defaultSettings().formatting, language: 'fr', ...overrides });

describe('French live typing waits for what the next word decides', () => {
  it('a day word waits for its month', () => {
    const formatter = french();
    assert.equal(formatter.heldFrom('rendez-vous le premier'), 2, '"premier" becomes "1er" if "mai" follows');
    assert.equal(formatter.heldFrom('rendez-vous le trois'), 2, '"trois" becomes "3" if "mars" follows');
    assert.equal(formatter.heldFrom('le premier mai à'), 4, 'with the month and a word after it, the date is settled');
    assert.equal(formatter.heldFrom('le premier de la classe'), 5);
    assert.equal(french({ numbers: false }).heldFrom('rendez-vous le premier'), 3, 'with numbers off "premier" is typed as said');
  });

  it('an ordinal run waits for its ordinal word', () => {
    const formatter = french();
    assert.equal(formatter.heldFrom('la vingt et'), 1, '"vingt et" may become "21e" with "unième"');
    assert.equal(formatter.heldFrom('la vingt et unième fois'), 5, 'with the ordinal said, nothing waits');
  });
});
