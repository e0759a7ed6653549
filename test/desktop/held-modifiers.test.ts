// Live typing while the user still holds Control+Alt+Space: typed letters must not become
// Ctrl+Alt shortcuts, and the user's own key-up must still stop dictation — also when it
// comes while the keys are lifted or while our own key events are being ignored. Real
// parts: a private Xvfb, the user's keys pressed on Xvfb's own keyboard device
// (x-device-keyboard.ts, as a physical keyboard would) or through XTest with xdotool (as
// VNC delivers them), the robotjs typist into a Chromium textarea, and the uiohook hook in
// its worker.
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
import { openDeviceKeyboard, type DeviceKeyboard } from '../helpers/x-device-keyboard.js';
import type { KeyAction, KeySender } from '../../electron/desktop/key-sender.js';

describe('typing while the hotkey is held', () => {
  let target: TypingTarget;
  let typist: Typist;
  let hotkey: HoldHotkey;
  let user: DeviceKeyboard;
  const activity = new TypingActivity();
  const events: string[] = [];
  /** Runs between our lifting the held keys and the rest of the next batch, once. */
  let whileLifted: (() => void) | undefined;

  before(async () => {
    target = await openTypingTarget();
    user = openDeviceKeyboard(target.display);
    const robot = createRobotKeySender({ env: target.env });
    // The real key sender; a batch that lifts the user's keys can be cut in two there, so
    // the user's key-up lands exactly while they are lifted.
    const keys: KeySender = {
      async send(actions: KeyAction[]) {
        const lifts = actions.findIndex((a) => !(a.kind === 'toggle' && a.heldByUser && !a.down));
        const act = whileLifted;
        if (!act || lifts <= 0) return robot.send(actions);
        whileLifted = undefined;
        await robot.send(actions.slice(0, lifts));
        act();
        await robot.send(actions.slice(lifts));
      },
      close: () => robot.close(),
    };
    typist = createTypist({ method: 'keystrokes', pasteKeys: 'auto' }, {
      clipboard: createXclipClipboard(target.env),
      keys,
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
    user?.close();
    await target?.close();
  });

  const xdotool = (...args: string[]) => execFileSync('xdotool', args, { env: target.env });
  async function until(condition: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 300 && !condition(); i++) await sleep(10);
    assert.ok(condition(), what);
  }

  const HOTKEY = ['Control_L', 'Alt_L', 'space'];
  const HELD = ['control', 'alt', 'space'];
  const userPresses = () => HOTKEY.forEach((k) => user.key(k, true));
  const userLetsGo = () => [...HOTKEY].reverse().forEach((k) => user.key(k, false));
  /** No key is stuck down: a plain letter types a letter, not a Ctrl+Alt shortcut. */
  async function assertKeysUp(before: string): Promise<void> {
    await typist.apply({ backspaces: 0, text: '!' });
    assert.equal(await target.waitForValue(`${before}!`), `${before}!`, 'a plain letter is a letter: no key stuck down');
  }
  async function startDictation(): Promise<void> {
    await target.reset();
    events.length = 0;
    await sleep(300); // past any earlier typing's grace period
    userPresses();
    await until(() => events.includes('start'), 'the hook saw the hotkey');
  }

  it("releases the held hotkey around the text (a typed space too), then the user's key-up still stops dictation", async () => {
    await startDictation();
    // Two edits, as live typing makes them, one with a correction.
    await typist.apply({ backspaces: 0, text: 'Hello wa', releaseHeldKeys: HELD });
    await typist.apply({ backspaces: 1, text: 'orld. Save as', releaseHeldKeys: HELD });
    assert.equal(await target.waitForValue('Hello world. Save as'), 'Hello world. Save as', 'no letter became a Ctrl+Alt shortcut');
    await sleep(300); // past the typing grace period and the check that follows it
    assert.deepEqual(events, ['start'], 'our own key events did not stop dictation');
    userLetsGo();
    await until(() => events.length === 2, `the hook saw the user's key-up: ${events.join(', ')}`);
    assert.deepEqual(events, ['start', 'stop:released']);
    await assertKeysUp('Hello world. Save as');
  });

  it('the user lets go while the keys are lifted: they are not pressed again, and dictation stops', async () => {
    // X drops this key-up (the keys are already up), so neither the hook nor the core
    // keyboard ever sees it; pressing the keys again used to leave them stuck down.
    await startDictation();
    whileLifted = userLetsGo;
    await typist.apply({ backspaces: 0, text: 'Hello', releaseHeldKeys: HELD });
    assert.equal(await target.waitForValue('Hello'), 'Hello');
    await until(() => events.length === 2, `dictation stopped: ${events.join(', ')}`);
    assert.deepEqual(events, ['start', 'stop:released']);
    await assertKeysUp('Hello');
  });

  it('the user lets go just after an edit, while our own key events are still ignored: dictation stops', async () => {
    await startDictation();
    await typist.apply({ backspaces: 0, text: 'Hi', releaseHeldKeys: HELD });
    userLetsGo(); // inside the grace period that follows our typing
    await until(() => events.length === 2, `dictation stopped: ${events.join(', ')}`);
    assert.deepEqual(events, ['start', 'stop:released']);
    await assertKeysUp('Hi');
  });

  it('keys held through XTest (as VNC delivers them), which no device shows: pressed again as before', async () => {
    await target.reset();
    events.length = 0;
    await sleep(300);
    // The XTest device keeps its own key state: the earlier tests' presses-again, which
    // the user's device released on the core keyboard, are still down there, and X drops
    // a modifier pressed twice on one device. Lift them first, as a fresh session would have.
    xdotool('keyup', 'space', 'keyup', 'ctrl', 'keyup', 'alt');
    xdotool('keydown', 'ctrl+alt+space');
    await until(() => events.includes('start'), 'the hook saw the hotkey');
    await typist.apply({ backspaces: 0, text: 'Hello wa', releaseHeldKeys: HELD });
    await typist.apply({ backspaces: 1, text: 'orld', releaseHeldKeys: HELD });
    assert.equal(await target.waitForValue('Hello world'), 'Hello world');
    await sleep(300);
    assert.deepEqual(events, ['start'], 'not mistaken for a release');
    xdotool('keyup', 'space');
    xdotool('keyup', 'ctrl+alt');
    await until(() => events.length === 2, `the hook saw the key-up: ${events.join(', ')}`);
    assert.deepEqual(events, ['start', 'stop:released']);
    await assertKeysUp('Hello world');
  });

  it('without releasing them, the same letters would be shortcuts (the test can tell)', async () => {
    await target.reset();
    xdotool('keydown', 'ctrl+alt');
    // Typed past the typist, which would wait for the release (user-modifiers.test.ts).
    xdotool('type', 'abc');
    xdotool('keyup', 'ctrl+alt');
    await sleep(200);
    assert.notEqual(await target.value(), 'abc', 'Ctrl+Alt+letters do not type letters');
  });
});
