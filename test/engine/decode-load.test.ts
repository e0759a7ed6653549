// The decode load admission predicts from (decode-load.ts), on a scripted clock: each
// stream's share is its decode time over the time it has been measured, a stream measured
// for a moment is not taken at a burst rate, a stream about to join counts at the
// average, and batch clients and closed streams take no share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DecodeLoad } from '../../electron/engine/decode-load.js';

function scripted(slots: number) {
  let now = 10_000;
  const load = new DecodeLoad(slots, () => now);
  return { load, advance: (ms: number) => (now += ms) };
}

test('two streams decoding 10 ms of every 100 ms take 10 % of two slots; a third predicts 15 %', () => {
  const { load, advance } = scripted(2);
  const [a, b] = [{}, {}];
  for (let i = 0; i < 30; i++) {
    advance(100);
    load.record(a, 10, 100);
    load.record(b, 10, 100);
  }
  const busy = load.busy();
  assert.equal(busy.streams, 2);
  assert.ok(Math.abs(busy.share - 0.1) < 0.005, `share ${busy.share}`);
  assert.ok(Math.abs(load.predict(3) - 0.15) < 0.01, `predicted ${load.predict(3)}`);
});

test('a stream that has decoded once is measured over at least half a second, not at its burst rate', () => {
  const { load, advance } = scripted(1);
  advance(100);
  load.record({}, 20, 100);
  // 20 ms in its first 20 ms would be a whole slot; over half a second it is 4 %.
  assert.ok(Math.abs(load.busy().share - 0.04) < 0.001, `share ${load.busy().share}`);
});

test('batch clients take no share and are told apart; a closed stream stops counting; old decodes age out', () => {
  const { load, advance } = scripted(1);
  const [stream, batch] = [{}, {}];
  for (let i = 0; i < 10; i++) {
    advance(100);
    load.record(stream, 10, 100);
    load.record(batch, 80, 5000);
  }
  assert.equal(load.batchStreams(), 1);
  assert.ok(Math.abs(load.busy().share - 0.1) < 0.01, `the batch client's 80 % is not counted: ${load.busy().share}`);
  load.forget(stream);
  assert.deepEqual(load.busy(), { share: 0, streams: 0 });
  assert.equal(load.predict(5), 0, 'nothing measured: nothing to go by');
  advance(3100);
  assert.equal(load.batchStreams(), 0, 'decodes older than the window no longer count');
});
