// How the typist groups keystrokes while the user holds the hotkey (live typing): the keys
// are lifted, the text typed and the keys pressed again in one batch, so a real key-up has
// the smallest window to be lost in; a paste splits the batch; a failure still re-presses.
// A recording KeySender and Clipboard stand in for robotjs and xclip (the real ones are
// exercised in typist.test.ts and held-modifiers.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Clipboard } from '../../electron/desktop/clipboard.js';
import type { KeyAction, KeySender } from '../../electron/desktop/key-sender.js';
import { createTypist } from '../../electron/desktop/typist.js';

function recording(failOn?: (actions: KeyAction[]) => boolean) {
  const batches: string[][] = [];
  const keys: KeySender = {
    send: async (actions) => {
      if (actions.length === 0) return;
      batches.push(actions.map((a) => (a.kind === 'text' ? `type ${a.text}` : a.kind === 'toggle' ? `${a.key} ${a.down ? 'down' : 'up'}` : `${[...a.modifiers, a.key].join('+')}${a.count ? `×${a.count}` : ''}`)));
      if (failOn?.(actions)) throw new Error('the typing worker died');
    },
    close: () => {},
  };
  let text = '';
  const clipboard: Clipboard = {
    read: async () => ({ text }),
    readText: async () => text,
    writeText: async (t) => void (text = t),
    restore: async (s) => void (text = s.text ?? ''),
  };
  return { keys, clipboard, batches };
}

describe('typist batches while the hotkey is held', () => {
  const held = ['control', 'alt', 'space'];

  it('lift, correction, text and press again go out as one batch', async () => {
    const r = recording();
    const typist = createTypist({ method: 'auto', pasteKeys: 'auto' }, { keys: r.keys, clipboard: r.clipboard });
    await typist.apply({ backspaces: 5, text: 'right', caretBack: 3, append: ' on', releaseHeldKeys: held });
    assert.deepEqual(r.batches, [
      ['space up', 'alt up', 'control up', 'left×3', 'backspace×5', 'type right', 'right×3', 'type  on', 'control down', 'alt down', 'space down'],
    ]);
  });

  it('a paste in the middle splits the batch, and the keys are still pressed again last', async () => {
    const r = recording();
    const typist = createTypist({ method: 'auto', pasteKeys: 'auto' }, { keys: r.keys, clipboard: r.clipboard });
    await typist.apply({ backspaces: 0, text: 'café', releaseHeldKeys: held });
    assert.deepEqual(r.batches, [['space up', 'alt up', 'control up'], ['control+v'], ['control down', 'alt down', 'space down']]);
  });

  it('when typing fails the held keys are pressed again anyway', async () => {
    const r = recording((actions) => actions.some((a) => a.kind === 'text'));
    const typist = createTypist({ method: 'auto', pasteKeys: 'auto' }, { keys: r.keys, clipboard: r.clipboard });
    await assert.rejects(typist.apply({ backspaces: 0, text: 'hello', releaseHeldKeys: held }), /worker died/);
    assert.deepEqual(r.batches.at(-1), ['control down', 'alt down', 'space down']);
  });
});
