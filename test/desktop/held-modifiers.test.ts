// Live typing while the user still holds Control+Alt+Space: typed letters must not become
// Ctrl+Alt shortcuts, and the hook must still see the user's own key-up afterwards. Real
// parts: a private Xvfb, the held keys pressed with xdotool keydown (XTest, as a keyboard
// would), the robotjs typist into a Chromium textarea, and the uiohook hook in its worker.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createX11ActiveWindowProbe } from '../../electron/desktop/active-window.js';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { createHoldHotkey, type HoldHotkey } from '../../electron/desktop/hotkey.js';
import { createRobotKeySender } from '../../electron/desktop/robot-key-sender.js';
import { TypingActivity } from '../../electron/desktop/typing-activity.js';
import { createTypist, type Typist } from '../../electron/desktop/typist.js';
import { openTypingTarget, type TypingTarget } from './typing-target.js';

describe('typing while the hotkey is held', () => {
  let target: TypingTarget;
  let typist: Typist;
  let hotkey: HoldHotkey;
  const activity = new TypingActivity();
  const events: string[] = [];

  before(async () => {
    target = await openTypingTarget();
    typist = createTypist({ method: 'keystrokes', pasteKeys: 'auto' }, {
      clipboard: createXclipClipboard(target.env),
      keys: createRobotKeySender({ env: target.env }),
      activeWindow: createX11ActiveWindowProbe(target.env),
      activity,
    });
    hotkey = createHoldHotkey({
      accelerator: 'Control+Alt+Space',
      maxHoldMs: 60_000,
      env: target.env,
      typingActivity: activity,
      onStart: () => events.push('start'),
      onStop: (reason) => events.push(`stop:${reason}`),
      onUnavailable: (reason) => events.push(`unavailable:${reason}`),
    });
    assert.equal(await hotkey.ready, true, events.join('; '));
  });
  after(async () => {
    hotkey?.stop();
    await typist?.close();
    await target?.close();
  });

  const xdotool = (...args: string[]) => execFileSync('xdotool', args, { env: target.env });
  async function until(condition: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 300 && !condition(); i++) await sleep(10);
    assert.ok(condition(), what);
  }

  it('releases the held hotkey around the text (a typed space too), then the user\'s key-up still stops dictation', async () => {
    xdotool('keydown', 'ctrl+alt+space');
    await until(() => events.includes('start'), 'the hook saw the hotkey');
    // Two edits, as live typing makes them, one with a correction.
    await typist.apply({ backspaces: 0, text: 'Hello wa', releaseHeldKeys: ['control', 'alt', 'space'] });
    await typist.apply({ backspaces: 1, text: 'orld. Save as', releaseHeldKeys: ['control', 'alt', 'space'] });
    assert.equal(await target.waitForValue('Hello world. Save as'), 'Hello world. Save as', 'no letter became a Ctrl+Alt shortcut');
    assert.deepEqual(events, ['start'], 'our own key events did not stop dictation');
    await sleep(300); // past the typing grace period: the next key-up is the user's
    xdotool('keyup', 'space');
    xdotool('keyup', 'ctrl+alt');
    await until(() => events.length === 2, `the hook saw the user's key-up: ${events.join(', ')}`);
    assert.deepEqual(events, ['start', 'stop:released']);
    // And the modifiers are really up again: a plain letter is a letter.
    await typist.apply({ backspaces: 0, text: '!' });
    assert.equal(await target.waitForValue('Hello world. Save as!'), 'Hello world. Save as!');
  });

  it('without releasing them, the same letters would be shortcuts (the test can tell)', async () => {
    await target.reset();
    xdotool('keydown', 'ctrl+alt');
    await typist.apply({ backspaces: 0, text: 'abc' });
    xdotool('keyup', 'ctrl+alt');
    await sleep(200);
    assert.notEqual(await target.value(), 'abc', 'Ctrl+Alt+letters do not type letters');
  });
});
