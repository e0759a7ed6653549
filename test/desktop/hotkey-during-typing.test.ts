// The hotkey never loses a press the user makes while Voskey types or just after: the hook
// worker asks the keyboard devices whether the hotkey's key is held on one of them (not on
// XTest, where Voskey's own keys come from), and such a press counts even while our own key
// events are ignored. Real parts: a private Xvfb, Chromium to type into, the robotjs typist,
// the uiohook hook in its worker, and the user's keys on Xvfb's own keyboard device
// (x-device-keyboard.ts, as a physical keyboard's arrive).
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { createHoldHotkey, type HoldHotkey } from '../../electron/desktop/hotkey.js';
import { createRobotKeySender } from '../../electron/desktop/robot-key-sender.js';
import { TypingActivity } from '../../electron/desktop/typing-activity.js';
import { createTypist, type Typist } from '../../electron/desktop/typist.js';
import type { HotkeyMode } from '../../electron/settings/types.js';
import { openTypingTarget, type TypingTarget } from './typing-target.js';
import { openDeviceKeyboard, type DeviceKeyboard } from '../helpers/x-device-keyboard.js';

describe('hotkey presses while Voskey types (X11)', () => {
  let target: TypingTarget;
  let typist: Typist;
  let user: DeviceKeyboard;
  const activity = new TypingActivity();
  const events: string[] = [];
  let hotkey: HoldHotkey | undefined;

  before(async () => {
    target = await openTypingTarget();
    user = openDeviceKeyboard(target.display);
    typist = createTypist({ method: 'keystrokes', pasteKeys: 'auto' }, { clipboard: createXclipClipboard(target.env), keys: createRobotKeySender({ env: target.env }), activity });
  });
  after(async () => {
    hotkey?.stop();
    await typist?.close();
    user?.close();
    await target?.close();
  });
  beforeEach(async () => {
    hotkey?.stop();
    hotkey = undefined;
    events.length = 0;
    await target.reset();
  });

  async function listen(mode: HotkeyMode): Promise<void> {
    hotkey = createHoldHotkey({
      accelerator: 'F9',
      mode,
      maxHoldMs: 60_000,
      env: target.env,
      typingActivity: activity,
      onStart: () => events.push('start'),
      onStop: (reason) => events.push(`stop:${reason}`),
      onUnavailable: (reason) => events.push(`unavailable:${reason}`),
    });
    assert.equal(await hotkey.ready, true, events.join('; '));
    await sleep(300); // past any earlier typing's grace period
  }
  async function until(condition: () => boolean, what: string, ms = 3000): Promise<void> {
    for (let waited = 0; waited < ms && !condition(); waited += 10) await sleep(10);
    assert.ok(condition(), what);
  }
  const tap = (press: (down: boolean) => void) => {
    press(true);
    // A quick tap, as a user's finger makes it.
    execFileSync('sleep', ['0.06']);
    press(false);
  };
  const onDevice = (down: boolean) => user.key('F9', down);

  // Presses through XTest (VNC) cannot be told from ours and keep the old grace window: that
  // path is hotkey-state.test.ts's (scripted), since a timing test of a loss would be flaky.
  it('toggle: a stop press 50 ms after an edit is not lost', async () => {
    await listen('toggle');
    tap(onDevice);
    await until(() => events.includes('start'), 'dictation started');
    await typist.apply({ backspaces: 0, text: 'hello world' });
    await sleep(50); // inside the grace period that ignores our own key events
    tap(onDevice);
    await until(() => events.length === 2, `the stop press counted: ${events.join(', ')}`);
    assert.deepEqual(events, ['start', 'stop:toggled']);
    assert.equal(await target.waitForValue('hello world'), 'hello world');
  });

  it('hold: a key-down while the previous final is still being typed starts the next utterance', async () => {
    await listen('hold');
    const long = 'the previous sentence, typed slowly enough to press a key in the middle of it '.repeat(4);
    const typing = typist.apply({ backspaces: 0, text: long });
    await until(() => activity.isTyping(), 'typing began');
    onDevice(true);
    try {
      await typing;
      // The hook reports the press after every key our typing made before it: on a loaded
      // machine that queue takes seconds to drain, so wait longer than for a lone key.
      await until(() => events.includes('start'), `the press during typing counted: ${events.join(', ')}`, 15_000);
      // Let go once our typing's grace period is over: a key-up inside it takes the
      // device re-check path, which held-modifiers.test.ts covers.
      await sleep(300);
    } finally {
      onDevice(false);
    }
    await until(() => events.length === 2, `and its release: ${events.join(', ')}`);
    assert.deepEqual(events, ['start', 'stop:released']);
    assert.equal(await target.waitForValue(long), long);
  });
});
