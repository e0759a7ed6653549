// The keyboard hook's watchdog (electron/desktop/hook-watchdog.ts), on Node's mocked clock:
// a hook that never starts, or that goes silent after a hotkey press (how the macOS
// dispatch-queue deadlock looks from outside), is reported once; a healthy hook never is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHookWatchdog } from '../../electron/desktop/hook-watchdog.js';

const START = 5000;
const SILENCE = 10_000;

function watch() {
  const stuck: string[] = [];
  const dog = createHookWatchdog({ startWithinMs: START, silentAfterPressMs: SILENCE, onStuck: (reason) => stuck.push(reason) });
  return { dog, stuck };
}

test('a hook that does not start in time is reported, once', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { stuck } = watch();
  t.mock.timers.tick(START - 1);
  assert.deepEqual(stuck, []);
  t.mock.timers.tick(1);
  assert.deepEqual(stuck, ['the keyboard hook did not start within 5 s']);
  t.mock.timers.tick(SILENCE * 3);
  assert.equal(stuck.length, 1);
});

test('a hook that started is not reported while no key is pressed, however long', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { dog, stuck } = watch();
  dog.started();
  t.mock.timers.tick(60 * 60_000);
  assert.deepEqual(stuck, []);
});

test('silence after a hotkey press (the macOS deadlock: one key-down, then nothing) is reported', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { dog, stuck } = watch();
  dog.started();
  dog.sawEvent();
  dog.pressBegan();
  t.mock.timers.tick(SILENCE - 1);
  assert.deepEqual(stuck, []);
  t.mock.timers.tick(1);
  assert.equal(stuck.length, 1);
  assert.match(stuck[0]!, /stopped delivering keys: nothing came for 10 s after the hotkey was pressed/);
});

test('a long hold with auto-repeat, then a release, is healthy', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { dog, stuck } = watch();
  dog.started();
  dog.pressBegan();
  // 60 s held: macOS repeats the key every ≈80 ms after a ≤2 s delay; one every second is plenty.
  t.mock.timers.tick(2000);
  for (let s = 0; s < 60; s++) {
    dog.sawEvent();
    t.mock.timers.tick(1000);
  }
  dog.pressEnded();
  t.mock.timers.tick(SILENCE * 2);
  assert.deepEqual(stuck, []);
});

test('after dispose nothing is reported', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { dog, stuck } = watch();
  dog.pressBegan();
  dog.dispose();
  t.mock.timers.tick(SILENCE * 2);
  assert.deepEqual(stuck, []);
});
