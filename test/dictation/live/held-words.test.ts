// Live typing holds back what a later word can still change (issue 22): a number run that
// reaches the newest word ("trois mille" may become "trois mille quatre cents"), and a
// German word whose capital the next word decides ("das essen ist" vs "das alte haus").
// Hand-written partials, three of each as the stability rule needs, replayed into a window.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../electron/dictation/format/index.js';
import { ResultEdits } from '../../../electron/dictation/live/result-edits.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';
import type { DictationLanguage } from '../../../electron/settings/types.js';
import { applyEdit } from '../../helpers/recorded-partials.js';

function run(language: DictationLanguage, partials: string[], final: string): { seen: string[]; window: string } {
  const formatter = new DictationFormatter({ ...defaultSettings().formatting, language });
  const typing = new ResultEdits(formatter, { keyCommands: () => false, caretMoves: true });
  typing.begin(true);
  let window = '';
  const seen: string[] = [];
  for (const p of partials) {
    const edit = typing.partial(p);
    if (edit) window = applyEdit(window, edit);
    seen.push(window);
  }
  return { seen, window: applyEdit(window, typing.final(final).edit ?? { backspaces: 0, text: '' }) };
}
const thrice = (p: string) => [p, p, p];

describe('live typing holds back what a later word can change', () => {
  it('a French number run is never typed half-read ("3000", "3004"), only whole', () => {
    const said = 'il y a trois mille quatre cents habitants ici maintenant';
    const words = said.split(' ');
    const partials = words.flatMap((_, n) => thrice(words.slice(0, n + 1).join(' ')));
    const live = run('fr', partials, said);
    assert.ok(live.seen.every((w) => !/3000|3004|\b3\b|trois/.test(w)), JSON.stringify(live.seen));
    assert.ok(live.seen.some((w) => w.includes('3400')), JSON.stringify(live.seen));
    assert.equal(live.window, 'Il y a 3400 habitants ici maintenant');
  });

  it('a German run written apart waits for its last part ("neun hundert vier und dreißig")', () => {
    const said = 'es sind neun hundert vier und dreißig leute hier jetzt';
    const words = said.split(' ');
    const partials = words.flatMap((_, n) => thrice(words.slice(0, n + 1).join(' ')));
    const live = run('de', partials, said);
    assert.ok(live.seen.every((w) => !/\b(900|904|9)\b/.test(w)), JSON.stringify(live.seen));
    assert.equal(live.window, 'Es sind 934 Leute hier jetzt');
  });

  it('a German word after an article waits for the next word to decide its capital', () => {
    const limits = new DictationFormatter({ ...defaultSettings().formatting, language: 'de' });
    assert.equal(limits.heldFrom('ich sehe das essen'), 3, '"essen" after "das" may be a noun or an adjective before one');
    assert.equal(limits.heldFrom('ich sehe das haus'), 4, '"haus" is a noun whatever follows');
    assert.equal(limits.heldFrom('wir haben drei'), 2, 'a number at the end may grow');
    assert.equal(limits.heldFrom('wir haben drei stühle'), 4);
  });

  it('with numbers off, number words are not held', () => {
    const formatter = new DictationFormatter({ ...defaultSettings().formatting, language: 'fr', numbers: false });
    assert.equal(formatter.heldFrom('il y a trois mille'), 5);
  });
});

describe('live typing holds money until its cents are settled', () => {
  it('Spanish "veinte euros con" waits: "cincuenta" makes it 20,50 €, so "20" is never typed first', () => {
    const said = 'cuesta veinte euros con cincuenta hoy mismo por favor';
    const words = said.split(' ');
    const partials = words.flatMap((_, n) => thrice(words.slice(0, n + 1).join(' ')));
    const live = run('es', partials, said);
    assert.ok(live.seen.every((w) => !/\b20\b(?!,)/.test(w)), JSON.stringify(live.seen));
    assert.equal(live.window, 'Cuesta 20,50\u00A0€ hoy mismo por favor');
  });
});

describe('live typing holds a Spanish day number and a two-word name until they are settled', () => {
  it('"el cinco de" waits for the month: "mayo" makes it "el 5 de mayo", so "cinco" is never typed first', () => {
    const said = 'nos vemos el cinco de mayo en valencia a las diez';
    const words = said.split(' ');
    const partials = words.flatMap((_, n) => thrice(words.slice(0, n + 1).join(' ')));
    const live = run('es', partials, said);
    assert.ok(live.seen.every((w) => !/cinco/.test(w)), JSON.stringify(live.seen));
    assert.equal(live.window, 'Nos vemos el 5 de mayo en Valencia a las diez');
  });

  it('"nueva" waits for the next word: "york" makes it "Nueva York", "casa" leaves it "nueva"', () => {
    const formatter = new DictationFormatter({ ...defaultSettings().formatting, language: 'es' });
    assert.equal(formatter.heldFrom('me mudo a nueva'), 3);
    assert.equal(formatter.heldFrom('me mudo a nueva york'), 5);
    assert.equal(formatter.preview('me mudo a nueva york'), 'Me mudo a Nueva York');
    assert.equal(formatter.preview('me mudo a una nueva casa'), 'Me mudo a una nueva casa');
  });
});
