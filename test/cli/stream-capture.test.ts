// The microphone of `voskey dictate --push-to-talk`: audio is read all along, and only the
// last 300 ms from before "begin" open the utterance, as the app's pre-roll does.
// test-needs: none
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as tick } from 'node:timers/promises';
import { PRE_ROLL_MS, StreamCapture } from '../../electron/cli/stream-capture.js';
import type { CaptureEnd } from '../../electron/dictation/capture-types.js';

const FRAME = 3200; // 100 ms
const frame = (n: number): Uint8Array => new Uint8Array(FRAME).fill(n);
const OPTIONS = { deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false };

test('before start only the pre-roll is kept; between start and stop every frame goes through; after stop none', async () => {
  const got: number[] = [];
  const ends: CaptureEnd[] = [];
  const capture = new StreamCapture({ frame: (pcm) => got.push(pcm[0]!), ended: (end) => ends.push(end) }, (16000 * 2 * PRE_ROLL_MS) / 1000);
  for (let n = 1; n <= 10; n++) capture.push(frame(n));
  capture.start(OPTIONS);
  assert.deepEqual(got, [8, 9, 10], 'the 300 ms before start');
  capture.push(frame(11));
  capture.stop();
  capture.push(frame(12));
  assert.deepEqual(got, [8, 9, 10, 11]);
  await tick(0);
  assert.deepEqual(ends, [{ reason: 'stopped' }], 'the end is reported once the session has stopped');
  capture.push(frame(13));
  capture.start(OPTIONS);
  assert.deepEqual(got, [8, 9, 10, 11, 12, 13], 'the next utterance opens with what came since');
});

test('without a pre-roll (plain dictate) nothing from before start is kept', () => {
  const got: number[] = [];
  const capture = new StreamCapture({ frame: (pcm) => got.push(pcm[0]!), ended: () => {} }, 0);
  capture.push(frame(1));
  capture.start(OPTIONS);
  capture.push(frame(2));
  assert.deepEqual(got, [2]);
});
