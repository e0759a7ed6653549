// Admission that matches the machine, on the real PocketSphinx server: the server counts
// open connections (not what its recognizer pool is doing), a closed connection frees its
// place at once, idle sockets are closed and hold no place, and a new stream is refused
// while the accepted ones' replies are measured to be behind, or when one more would take
// more decoding time than the bound allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { EOF_FRAME } from '../../electron/vosk/protocol.js';
import { speechFixture } from '../helpers/fixtures.js';
import { framesOf } from './abuse.js';
import { readPcmFixture } from './pcm-fixture.js';
import { TestClient } from './ws-test-client.js';

const frames = () => framesOf(readPcmFixture(speechFixture('weather').path).pcm);

test('six clients arriving together at an idle server of capacity 6 are all served', { timeout: 60_000 }, async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { capacity: 6, maxReplyLagMs: Infinity } });
  t.after(() => server.close());
  const audio = frames().slice(0, 5);
  const clients = await Promise.all(Array.from({ length: 6 }, () => TestClient.open(server.url)));
  for (const c of clients) {
    c.config({ sample_rate: 16000 });
    for (const frame of audio) c.send(frame);
    c.send(EOF_FRAME);
  }
  const closes = await Promise.all(clients.map((c) => c.closed));
  assert.deepEqual(closes.map((c) => c.code), Array(6).fill(1000), JSON.stringify(closes));
  for (const c of clients) assert.equal(c.raw.length, audio.length + 1, 'every frame answered, then the final');
  assert.equal(server.stats().refused, 0);
});

test('at capacity 1, reconnecting right after a final is accepted every time', { timeout: 60_000 }, async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { capacity: 1, maxReplyLagMs: Infinity } });
  t.after(() => server.close());
  const audio = frames().slice(0, 3);
  for (let i = 0; i < 20; i++) {
    const c = await TestClient.open(server.url);
    c.config({ sample_rate: 16000 });
    for (const frame of audio) c.send(frame);
    c.send(EOF_FRAME);
    const close = await c.closed;
    assert.equal(close.code, 1000, `round ${i}: ${close.code} ${close.reason}`);
  }
  assert.equal(server.stats().refused, 0);
});

test('sockets that sent a config and then nothing are closed after the idle timeout and hold no place', { timeout: 30_000 }, async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { capacity: 2, idleMs: 500, maxReplyLagMs: Infinity } });
  t.after(() => server.close());
  const quiet = [await TestClient.open(server.url), await TestClient.open(server.url)];
  for (const c of quiet) c.config({ sample_rate: 16000 });
  // Each says something again before the timeout: the timer restarts, so they stay.
  await sleep(300);
  await Promise.all(
    quiet.map(async (c, i) => {
      c.send(Buffer.alloc(3200));
      await c.waitForReplies(1); // however long its recognizer took to load
      await sleep(300); // past 500 ms since the config: only a timer restarted by the audio keeps it
      const state = await Promise.race([c.closed, sleep(0).then(() => 'open' as const)]);
      assert.equal(state, 'open', `socket ${i} still open 300 ms after its reply: ${JSON.stringify(state)}`);
    }),
  );
  // Now silent: both are closed within the timeout of their last reply, and their places free.
  const closes = await Promise.all(quiet.map((c) => c.closed));
  for (const close of closes) {
    assert.equal(close.code, 1008);
    assert.match(close.reason, /no config or audio within 0\.5 s/);
  }
  const next = await TestClient.open(server.url);
  next.config({ sample_rate: 16000 });
  next.send(Buffer.alloc(3200));
  await next.waitForReplies(1);
  next.close();
});

test('a new stream is refused (1013, with the reason told to the server) while the accepted streams\' replies are over the lag bound', { timeout: 30_000 }, async (t) => {
  const reasons: string[] = [];
  // A bound of 0 ms: any measured lag is over it, so the refusal does not depend on how busy this machine is.
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { capacity: 10, maxReplyLagMs: 0 }, onRefuse: (r) => reasons.push(r) });
  t.after(() => server.close());
  const first = await TestClient.open(server.url);
  first.config({ sample_rate: 16000 });
  assert.equal((await TestClient.open(server.url).then((c) => (c.close(), c.closed))).code !== 1013, true, 'no replies yet: nothing is behind');
  for (const frame of frames().slice(0, 5)) first.send(frame);
  await first.waitForReplies(5);
  assert.ok(server.stats().replyLagMs > 0);
  const second = await TestClient.open(server.url);
  const close = await second.closed;
  assert.equal(close.code, 1013);
  assert.match(close.reason, /server busy: replies are \d+ ms behind \(limit 0 ms\)/);
  assert.equal(reasons.length, 1);
  assert.match(reasons[0]!, /replies are \d+ ms behind .*\(1 streams open\)/);
  first.close();
});

test('a new stream is refused (1013, reason told) when one more stream at the measured decode cost would take more than the load bound', { timeout: 30_000 }, async (t) => {
  const reasons: string[] = [];
  // A bound of 0.01 %: any measured decoding is over it once a stream is counted, whatever this machine's speed.
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { capacity: 10, maxReplyLagMs: Infinity, maxDecodeShare: 0.0001 }, onRefuse: (r) => reasons.push(r) });
  t.after(() => server.close());
  const first = await TestClient.open(server.url);
  first.config({ sample_rate: 16000 });
  const early = await TestClient.open(server.url);
  early.close();
  assert.notEqual((await early.closed).code, 1013, 'nothing decoded yet: nothing to go by, so admitted');
  for (const frame of frames().slice(0, 5)) first.send(frame);
  await first.waitForReplies(5);
  assert.ok(server.stats().decodeShare > 0, 'the stream\'s decodes are measured');
  const second = await TestClient.open(server.url);
  const close = await second.closed;
  assert.equal(close.code, 1013);
  assert.match(close.reason, /server busy: one more stream would take \d+ % of the decoding time \(limit 0 %\)/);
  assert.equal(reasons.length, 1);
  assert.match(reasons[0]!, /\(1 streams open\)/);
  first.close();
});
