// Live typing in German holds back a day word until the month decides it ("am dritten" may
// become "am 3. Mai") and an unlisted word after an article until the next word decides its
// capital ("die waschmaschine" is a noun, "die kostenlose lieferung" an adjective before one).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../electron/dictation/format/index.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';

const german = (overrides = {}) => new DictationFormatter({ ...defaultSettings().formatting, language: 'de', ...overrides });

describe('German live typing waits for what the next word decides', () => {
  it('a day word waits for its month; a day in a range waits for the second day', () => {
    const formatter = german();
    assert.equal(formatter.heldFrom('wir treffen uns am dritten'), 4, '"dritten" may become "3." before "mai"');
    assert.equal(formatter.heldFrom('vom zehnten bis zum'), 1, '"zehnten" becomes "10." if "zwanzigsten oktober" follows');
    assert.equal(formatter.heldFrom('am dritten mai'), 3, 'with the month said, the date is settled');
    assert.equal(formatter.heldFrom('der dritte mann kommt'), 4);
    assert.equal(formatter.heldFrom('er wurde dritter'), 2);
    assert.equal(german({ dates: false }).heldFrom('er wurde dritter'), 3, 'with dates off the day word is typed as said');
  });

  it('an unlisted word after an article waits; a listed noun does not', () => {
    const formatter = german();
    assert.equal(formatter.heldFrom('die kostenlose'), 1);
    assert.equal(formatter.heldFrom('die waschmaschine läuft'), 3);
    assert.equal(formatter.heldFrom('die mutter'), 2, '"Mutter" is a noun whatever follows');
  });
});
