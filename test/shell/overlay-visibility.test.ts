// The overlay shows while dictating, lingers briefly after, longer after an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OverlayVisibility, LINGER_AFTER_IDLE_MS, LINGER_AFTER_ERROR_MS } from '../../electron/shell/overlay-visibility.js';

function rig() {
  const calls: string[] = [];
  const v = new OverlayVisibility(() => calls.push('show'), () => calls.push('hide'));
  return { v, calls };
}

test('shown once when dictation starts, hidden a moment after it ends', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { v, calls } = rig();
  v.update('connecting');
  v.update('listening');
  v.update('finishing');
  assert.deepEqual(calls, ['show']);
  v.update('idle');
  t.mock.timers.tick(LINGER_AFTER_IDLE_MS - 1);
  assert.deepEqual(calls, ['show']);
  t.mock.timers.tick(1);
  assert.deepEqual(calls, ['show', 'hide']);
});

test('a new utterance during the linger keeps it on screen', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { v, calls } = rig();
  v.update('listening');
  v.update('idle');
  t.mock.timers.tick(LINGER_AFTER_IDLE_MS / 2);
  v.update('listening');
  t.mock.timers.tick(LINGER_AFTER_IDLE_MS * 2);
  assert.deepEqual(calls, ['show']);
});

test('an error is shown even from idle, and stays longer', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { v, calls } = rig();
  v.update('error');
  assert.deepEqual(calls, ['show']);
  t.mock.timers.tick(LINGER_AFTER_IDLE_MS);
  assert.deepEqual(calls, ['show']);
  t.mock.timers.tick(LINGER_AFTER_ERROR_MS);
  assert.deepEqual(calls, ['show', 'hide']);
});

test('idle with nothing shown shows nothing', () => {
  const { v, calls } = rig();
  v.update('idle');
  assert.deepEqual(calls, []);
});

test('a notice that text could not be corrected shows the overlay even from idle, once, for as long as an error', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { v, calls } = rig();
  const notice = 'The focus moved while you spoke';
  v.update('idle', notice);
  assert.deepEqual(calls, ['show']);
  t.mock.timers.tick(LINGER_AFTER_ERROR_MS);
  assert.deepEqual(calls, ['show', 'hide']);
  v.update('idle', notice); // the same notice again (another idle update): not shown again
  t.mock.timers.tick(LINGER_AFTER_ERROR_MS);
  assert.deepEqual(calls, ['show', 'hide']);
});

test('the "correct that" list keeps the overlay up while idle until it closes, then it lingers as usual', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { v, calls } = rig();
  v.update('idle', '', true);
  t.mock.timers.tick(LINGER_AFTER_ERROR_MS * 10);
  assert.deepEqual(calls, ['show'], 'shown from idle and kept while the list waits for an answer');
  v.update('listening', '', true); // "choose two" being said
  v.update('idle');
  t.mock.timers.tick(LINGER_AFTER_IDLE_MS);
  assert.deepEqual(calls, ['show', 'hide']);
});
