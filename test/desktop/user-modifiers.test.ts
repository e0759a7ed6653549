// Modifiers the user holds while Voskey types: Ctrl and Shift held through XTest (as a VNC
// user's keys arrive) and on Xvfb's own keyboard device (as a physical keyboard's do), while
// live edits and a final go into a real Chromium textarea. The page records every keydown
// with its modifiers: none of Voskey's keys may arrive modified, and the text must be right
// once the key is let go of. A key held past the bound makes the edit refused, with the
// reason, and leaves no key pressed. Real parts: Xvfb, Chromium, the robotjs typing worker.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { createRobotKeySender } from '../../electron/desktop/robot-key-sender.js';
import { createTypist, type Typist } from '../../electron/desktop/typist.js';
import { MODIFIER_RELEASE_WAIT_MS } from '../../electron/desktop/modifier-state.js';
import { openX11ModifierState } from '../../electron/desktop/x11-modifier-state.js';
import { openTypingTarget, type TypingTarget } from './typing-target.js';
import { openDeviceKeyboard, type DeviceKeyboard } from '../helpers/x-device-keyboard.js';

interface SeenKey {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
}

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'OS', 'Super']);
/** Keys typed as text may carry the Shift robotjs presses for a capital; nothing else may be modified. */
function modified(k: SeenKey): boolean {
  if (MODIFIER_KEYS.has(k.key)) return false;
  const printable = k.key.length === 1;
  return k.ctrl || k.alt || k.meta || (k.shift && !printable);
}

describe("the user's held modifiers never combine with Voskey's keys (X11)", () => {
  let target: TypingTarget;
  let typist: Typist;
  let user: DeviceKeyboard;

  before(async () => {
    target = await openTypingTarget();
    user = openDeviceKeyboard(target.display);
    typist = createTypist({ method: 'keystrokes', pasteKeys: 'auto' }, { clipboard: createXclipClipboard(target.env), keys: createRobotKeySender({ env: target.env }) });
  });
  after(async () => {
    await typist?.close();
    user?.close();
    await target?.close();
  });
  beforeEach(async () => {
    await target.reset();
    await target.page.evaluate(`(() => {
      window.seenKeys = [];
      if (window.recording) return;
      window.recording = true;
      document.getElementById('t').addEventListener('keydown', (e) => window.seenKeys.push({ key: e.key, ctrl: e.ctrlKey, shift: e.shiftKey, alt: e.altKey, meta: e.metaKey }));
    })()`);
  });

  const xdotool = (...args: string[]) => execFileSync('xdotool', args, { env: target.env });
  const seen = () => target.page.evaluate<SeenKey[]>('window.seenKeys');

  /** Runs `edit` while `hold` holds a key, lets go after `releaseAfterMs`; returns the edit's report. */
  async function whileHeld<T>(hold: (down: boolean) => void, releaseAfterMs: number, edit: () => Promise<T>): Promise<T> {
    hold(true);
    const applied = edit();
    await sleep(releaseAfterMs);
    hold(false);
    return applied;
  }
  const ctrlViaXTest = (down: boolean) => xdotool(down ? 'keydown' : 'keyup', 'ctrl');
  const shiftViaXTest = (down: boolean) => xdotool(down ? 'keydown' : 'keyup', 'shift');
  const ctrlOnDevice = (down: boolean) => user.key('Control_L', down);
  const shiftOnDevice = (down: boolean) => user.key('Shift_L', down);

  for (const [source, ctrl, shift] of [
    ['through XTest (VNC)', ctrlViaXTest, shiftViaXTest],
    ["on Xvfb's own keyboard device", ctrlOnDevice, shiftOnDevice],
  ] as const) {
    it(`Ctrl and Shift held ${source}: live edits and the final wait for the release, unmodified`, async () => {
      const first = await whileHeld(ctrl, 300, async () => {
        const report = typist.apply({ backspaces: 0, text: 'hello wor' });
        await sleep(200);
        assert.equal(await target.value(), '', 'nothing typed while Ctrl is held');
        return report;
      });
      assert.equal(first.refused, undefined);
      assert.equal(await target.waitForValue('hello wor'), 'hello wor');
      // A correction in the middle (caret left, Backspace, caret right) with Shift held:
      // shifted arrows would select, and the Backspace would delete the selection.
      const correction = await whileHeld(shift, 300, () => typist.apply({ caretBack: 4, backspaces: 5, text: 'hallo' }));
      assert.equal(correction.refused, undefined);
      assert.equal(await target.waitForValue('hallo wor'), 'hallo wor');
      const final = await whileHeld(ctrl, 200, () => typist.apply({ backspaces: 3, text: 'world' }));
      assert.equal(final.refused, undefined);
      assert.equal(await target.waitForValue('hallo world'), 'hallo world');
      const keys = await seen();
      assert.deepEqual(keys.filter(modified), [], 'no key of ours arrived with a modifier');
      assert.ok(keys.some((k) => k.key === 'Backspace') && keys.some((k) => k.key === 'ArrowLeft'), 'the page saw our keys');
    });
  }

  it('a modifier held past the bound: the edit is refused with the reason, and no key is left pressed', async () => {
    await target.reset();
    ctrlViaXTest(true);
    const started = performance.now();
    let report;
    try {
      report = await typist.apply({ backspaces: 0, text: 'abc' });
    } finally {
      ctrlViaXTest(false);
    }
    assert.match(report.refused ?? '', /Control_L was held for more than 1\.5 s, so nothing was typed/);
    assert.ok(performance.now() - started >= MODIFIER_RELEASE_WAIT_MS - 50, 'it waited for the release first');
    assert.equal(report.method, 'none');
    assert.equal(await target.value(), '');
    assert.deepEqual((await seen()).filter(modified), []);
    // Nothing stuck down: the keyboard shows no modifier, and a plain letter is a letter.
    const state = openX11ModifierState(target.display);
    assert.ok(state);
    try {
      assert.deepEqual(state.held(), []);
    } finally {
      state.close();
    }
    assert.equal((await typist.apply({ backspaces: 0, text: 'x' })).refused, undefined);
    assert.equal(await target.waitForValue('x'), 'x');
  });

  it('the check can fail: with no wait, Ctrl+letters do not type letters (the test can tell)', async () => {
    ctrlViaXTest(true);
    try {
      xdotool('type', 'abc');
    } finally {
      ctrlViaXTest(false);
    }
    await sleep(200);
    assert.notEqual(await target.value(), 'abc');
    assert.ok((await seen()).some(modified), 'the page records modified keys');
  });
});
