// Where the keyboard hook runs and what happens when it goes quiet, without the native hook:
// macOS cannot run here, so its in-process host is driven with a fake of uiohook-napi's
// module (same shape: an EventEmitter `uIOhook` with start/stop, and `EventType`), and the
// hotkey is driven through a fake host that behaves like the deadlocked macOS child (one
// key-down, then nothing). The real hook under Xvfb is test/desktop/hotkey.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { createHoldHotkey, HOOK_SILENCE_AFTER_PRESS_MS } from '../../electron/desktop/hotkey.js';
import { inProcessKeyHook, type KeyHookHandlers, type KeyHookHost } from '../../electron/desktop/key-hook-host.js';
import type { HookKeyEvent } from '../../electron/desktop/hotkey-state.js';

const EventType = { EVENT_KEY_PRESSED: 4, EVENT_KEY_RELEASED: 5, EVENT_MOUSE_MOVED: 9 };
const SPACE = 57; // uiohook's VC_SPACE
const CTRL = 29; // VC_CONTROL_L
const SHIFT = 42; // VC_SHIFT_L

function fakeUiohook(options: { startThrows?: string } = {}) {
  const calls: string[] = [];
  const uIOhook = Object.assign(new EventEmitter(), {
    start() {
      calls.push('start');
      if (options.startThrows) throw new Error(options.startThrows);
    },
    stop() {
      calls.push('stop');
    },
  });
  return { module: { uIOhook, EventType } as unknown as typeof import('uiohook-napi'), uIOhook, calls };
}

function collect() {
  const log: string[] = [];
  const keys: HookKeyEvent[] = [];
  const handlers: KeyHookHandlers = { onReady: () => log.push('ready'), onKey: (e) => keys.push(e), onFailure: (r) => log.push(`failure: ${r}`) };
  return { log, keys, handlers };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('in-process hook (macOS, Electron main): starts uiohook here, forwards key events only, stops it', async () => {
  const fake = fakeUiohook();
  const { log, keys, handlers } = collect();
  const run = inProcessKeyHook(() => fake.module)(handlers);
  await settle();
  assert.deepEqual(log, ['ready']);
  fake.uIOhook.emit('input', { type: EventType.EVENT_MOUSE_MOVED, x: 1, y: 2 });
  fake.uIOhook.emit('input', { type: EventType.EVENT_KEY_PRESSED, keycode: SPACE, ctrlKey: true, altKey: false, shiftKey: true, metaKey: false, time: 7 });
  fake.uIOhook.emit('input', { type: EventType.EVENT_KEY_RELEASED, keycode: SPACE, ctrlKey: true, altKey: false, shiftKey: true, metaKey: false, time: 9 });
  assert.deepEqual(keys, [
    { down: true, keycode: SPACE, ctrl: true, alt: false, shift: true, meta: false, time: 7 },
    { down: false, keycode: SPACE, ctrl: true, alt: false, shift: true, meta: false, time: 9 },
  ]);
  assert.equal(await run.heldOnDevices(['space']), null, 'no device query outside X11');
  run.stop();
  run.stop();
  assert.deepEqual(fake.calls, ['start', 'stop']);
  assert.equal(fake.uIOhook.listenerCount('input'), 0, 'no listener left behind');
});

test('in-process hook: a start that throws (no Accessibility permission) is a failure with the reason, not a crash', async () => {
  const fake = fakeUiohook({ startThrows: 'UIOHOOK_ERROR_AXAPI_DISABLED\nstack…' });
  const { log, handlers } = collect();
  inProcessKeyHook(() => fake.module)(handlers);
  await settle();
  assert.deepEqual(log, ['failure: the keyboard hook could not start: UIOHOOK_ERROR_AXAPI_DISABLED']);
  assert.equal(fake.uIOhook.listenerCount('input'), 0);
});

test('in-process hook: a native module that cannot load is a failure with the reason', async () => {
  const { log, handlers } = collect();
  inProcessKeyHook(() => {
    throw new Error('Cannot find module uiohook-napi');
  })(handlers);
  await settle();
  assert.deepEqual(log, ['failure: the keyboard hook could not start: Cannot find module uiohook-napi']);
});

/** Control+Shift+Space held on the scripted hook; what the hotkey did, in order, in `log`. */
function scriptedHotkey() {
  const scripted = scriptedHost();
  const log: string[] = [];
  const hotkey = createHoldHotkey({
    accelerator: 'Control+Shift+Space',
    maxHoldMs: 120_000,
    host: scripted.host,
    checkAvailability: async () => ({ ok: true }),
    onStart: () => log.push('start'),
    onStop: (reason) => log.push(`stop:${reason}`),
    onUnavailable: (reason) => log.push(`unavailable:${reason}`),
  });
  return { scripted, log, hotkey };
}

/** A hook that starts and then delivers only what the test pushes (e.g. one key-down, then nothing). */
function scriptedHost() {
  let handlers: KeyHookHandlers | undefined;
  let stopped = 0;
  const host: KeyHookHost = (h) => {
    handlers = h;
    queueMicrotask(() => h.onReady());
    return { stop: () => void stopped++, heldOnDevices: async () => null };
  };
  const key = (down: boolean, keycode: number) => handlers?.onKey({ down, keycode, ctrl: true, alt: false, shift: true, meta: false });
  return { host, key, stopped: () => stopped };
}

test('a hook that goes silent after the hotkey press: the utterance ends (its words are kept) and the app falls back with the reason', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { scripted, log, hotkey } = scriptedHotkey();
  assert.equal(await hotkey.ready, true);
  scripted.key(true, CTRL);
  scripted.key(true, SHIFT);
  scripted.key(true, SPACE); // …and the deadlocked hook thread delivers nothing more
  assert.deepEqual(log, ['start']);
  t.mock.timers.tick(HOOK_SILENCE_AFTER_PRESS_MS);
  assert.equal(log.length, 3, log.join('; '));
  assert.equal(log[1], 'stop:stopped', 'the session is stopped, so what was said is recognised and typed');
  assert.match(log[2]!, /^unavailable:the keyboard hook stopped delivering keys/);
  assert.equal(scripted.stopped(), 1, 'the stuck hook is stopped');
});

test('a healthy hold (repeats, then the release) does not trip the watchdog', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { scripted, log, hotkey } = scriptedHotkey();
  assert.equal(await hotkey.ready, true);
  scripted.key(true, SPACE);
  for (let i = 0; i < 30; i++) {
    t.mock.timers.tick(1000);
    scripted.key(true, SPACE); // auto-repeat
  }
  scripted.key(false, SPACE);
  t.mock.timers.tick(HOOK_SILENCE_AFTER_PRESS_MS * 3);
  assert.deepEqual(log, ['start', 'stop:released']);
  hotkey.stop();
  assert.equal(scripted.stopped(), 1);
});
