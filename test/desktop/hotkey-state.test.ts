// The hotkey state machine on scripted events (the hook itself is in hotkey.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseAccelerator } from '../../electron/desktop/accelerator.js';
import { createHotkeyMachine, type HookKeyEvent } from '../../electron/desktop/hotkey-state.js';
import { createToggleController } from '../../electron/desktop/hotkey-press.js';
import { TypingActivity } from '../../electron/desktop/typing-activity.js';

const CTRL = 29;
const ALT = 56;
const SPACE = 57;
const combo = { ctrl: true, alt: true, shift: false, meta: false };
const down = (keycode: number, mods = combo): HookKeyEvent => ({ down: true, keycode, ...mods });
const up = (keycode: number, mods = combo): HookKeyEvent => ({ down: false, keycode, ...mods });

function setup(mode: 'hold' | 'toggle', extra: { maxHoldMs?: number; isTyping?: () => boolean; now?: () => number; onIgnoredRelease?: () => void } = {}) {
  const parsed = parseAccelerator('Control+Alt+Space');
  assert.ok(parsed.ok);
  const log: string[] = [];
  const machine = createHotkeyMachine({
    accelerator: parsed.value,
    mode,
    maxHoldMs: extra.maxHoldMs ?? 0,
    onStart: () => log.push('start'),
    onStop: (r) => log.push(`stop:${r}`),
    ...(extra.isTyping ? { isTyping: extra.isTyping } : {}),
    ...(extra.now ? { now: extra.now } : {}),
    ...(extra.onIgnoredRelease ? { onIgnoredRelease: extra.onIgnoredRelease } : {}),
  });
  return { machine, log };
}

describe('hotkey state machine', () => {
  it('hold: starts on key-down with the modifiers, ignores repeats, stops on key-up', () => {
    const { machine, log } = setup('hold');
    machine.handle(down(SPACE));
    machine.handle(down(SPACE));
    machine.handle(down(SPACE));
    machine.handle(up(SPACE));
    assert.deepEqual(log, ['start', 'stop:released']);
  });

  it('hold: releasing a modifier first also stops', () => {
    const { machine, log } = setup('hold');
    machine.handle(down(SPACE));
    machine.handle(up(ALT, { ...combo, alt: false }));
    assert.deepEqual(log, ['start', 'stop:released']);
  });

  it('does not start with missing or extra modifiers', () => {
    const { machine, log } = setup('hold');
    machine.handle(down(SPACE, { ...combo, alt: false }));
    machine.handle(up(SPACE));
    machine.handle(down(SPACE, { ...combo, shift: true }));
    assert.deepEqual(log, []);
  });

  it('toggle: each press flips, repeats do not', () => {
    const { machine, log } = setup('toggle');
    machine.handle(down(SPACE));
    machine.handle(down(SPACE));
    machine.handle(up(SPACE));
    machine.handle(up(CTRL));
    machine.handle(down(SPACE));
    machine.handle(up(SPACE));
    assert.deepEqual(log, ['start', 'stop:toggled']);
  });

  it('ignores keys while our own typing runs', () => {
    const activity = new TypingActivity(50);
    const { machine, log } = setup('hold', { isTyping: () => activity.isTyping() });
    const end = activity.begin();
    machine.handle(down(SPACE));
    machine.handle(up(SPACE));
    end();
    assert.deepEqual(log, []);
  });

  it('while we type, a key-down a keyboard device vouches for is the user\'s and counts; unvouched ones and key-ups do not', () => {
    const typing = () => true;
    const toggle = setup('toggle', { isTyping: typing });
    toggle.machine.handle(down(SPACE));
    assert.deepEqual(toggle.log, [], 'source unknown: ignored while we type, as before');
    toggle.machine.handle(up(SPACE));
    toggle.machine.handle({ ...down(SPACE), fromDevice: true });
    toggle.machine.handle({ ...up(SPACE), fromDevice: true });
    toggle.machine.handle({ ...down(SPACE), fromDevice: true, time: 5000 });
    assert.deepEqual(toggle.log, ['start', 'stop:toggled'], 'the user\'s presses start and stop');
    const hold = setup('hold', { isTyping: typing });
    hold.machine.handle({ ...down(SPACE), fromDevice: true });
    hold.machine.handle(up(SPACE));
    assert.deepEqual(hold.log, ['start'], 'a key-up is never vouched for: it may be ours (lifting the held keys)');
  });

  it('a hold-key key-up ignored while we type is reported for checking; released() then ends the hold', () => {
    let typing = false;
    let reported = 0;
    const { machine, log } = setup('hold', { isTyping: () => typing, onIgnoredRelease: () => reported++ });
    machine.handle(down(SPACE));
    typing = true;
    machine.handle(down(65)); // a typed letter: not a hold key
    machine.handle(up(65));
    assert.equal(reported, 0);
    machine.handle(up(ALT));
    machine.handle(up(SPACE));
    assert.equal(reported, 2);
    assert.deepEqual(log, ['start'], 'ignored, as before');
    typing = false;
    machine.released();
    assert.deepEqual(log, ['start', 'stop:released']);
    machine.handle(down(SPACE));
    assert.deepEqual(log, ['start', 'stop:released', 'start'], 'a new press starts at once (not taken for a repeat)');
  });

  it('released() does nothing in toggle mode or when no hold is active', () => {
    const toggle = setup('toggle');
    toggle.machine.handle(down(SPACE));
    toggle.machine.released();
    assert.deepEqual(toggle.log, ['start']);
    const idle = setup('hold');
    idle.machine.released();
    assert.deepEqual(idle.log, []);
  });

  it('treats a key-down long after a lost key-up as a new press', () => {
    let t = 0;
    const { machine, log } = setup('toggle', { now: () => t });
    machine.handle(down(SPACE));
    t = 5000; // the key-up never arrived
    machine.handle(down(SPACE));
    assert.deepEqual(log, ['start', 'stop:toggled']);
  });

  it('ends an utterance whose key-up is lost after maxHoldMs, and does not restart on repeats', async () => {
    const { machine, log } = setup('hold', { maxHoldMs: 40 });
    machine.handle(down(SPACE));
    await sleep(80);
    machine.handle(down(SPACE));
    assert.deepEqual(log, ['start', 'stop:max-hold']);
  });

  it('pause stops an active utterance and ignores keys until resume', () => {
    const { machine, log } = setup('hold');
    machine.handle(down(SPACE));
    machine.pause();
    machine.handle(up(SPACE));
    machine.handle(down(SPACE));
    machine.resume();
    machine.handle(up(SPACE));
    machine.handle(down(SPACE));
    assert.deepEqual(log, ['start', 'stop:paused', 'start']);
    machine.dispose();
    assert.deepEqual(log.at(-1), 'stop:stopped');
  });
});

describe('createToggleController (globalShortcut fallback)', () => {
  it('starts and stops on alternate presses, and stop() ends an active one', () => {
    const log: string[] = [];
    const c = createToggleController({ onStart: () => log.push('start'), onStop: (r) => log.push(`stop:${r}`) });
    c.press();
    c.press();
    c.press();
    assert.equal(c.active, true);
    c.stop();
    c.stop();
    assert.deepEqual(log, ['start', 'stop:toggled', 'start', 'stop:stopped']);
  });
});
