// The server's decode slots: never more decodes at once than slots, turns given
// round-robin across clients (one client's many waiting decodes do not go before everyone
// else's), a client's own decodes in the order it asked, and a decode that fails still
// frees its slot. Then the same seen from outside: a real server with one slot never
// decodes two clients at once, and with more slots it does (so the count is real), while
// every client gets every reply in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { DecodeSlots } from '../../electron/engine/decode-slots.js';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { speechFixture } from '../helpers/fixtures.js';
import { framesOf } from './abuse.js';
import { readPcmFixture } from './pcm-fixture.js';
import { TestClient } from './ws-test-client.js';

test('at most `slots` decodes run at once, and clients waiting for their first turn start in the order they asked', async () => {
  const slots = new DecodeSlots(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const work = (id: number) =>
    slots.run({ client: id }, async () => {
      started.push(id);
      most = Math.max(most, ++running);
      await sleep(20);
      running--;
      return id;
    });
  assert.deepEqual(await Promise.all([0, 1, 2, 3, 4, 5].map(work)), [0, 1, 2, 3, 4, 5]);
  assert.equal(most, 2);
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(slots.stats, { running: 0, waiting: 0, peak: 2, turns: 6 });
});

test('turns go round-robin: a client with many decodes waiting gets one turn per round, each client its own in order', async () => {
  const slots = new DecodeSlots(1);
  const started: string[] = [];
  // Scripted decodes that each take one turn of the event loop.
  const decode = (client: object, id: string) =>
    slots.run(client, async () => {
      started.push(id);
      await new Promise((resolve) => setImmediate(resolve));
      return id;
    });
  const batch = { name: 'batch' };
  const a = { name: 'a' };
  const c = { name: 'c' };
  // All asked for at once: the batch client its five units first, then two real-time clients.
  const all = [
    ...['b1', 'b2', 'b3', 'b4', 'b5'].map((id) => decode(batch, id)),
    ...['a1', 'a2'].map((id) => decode(a, id)),
    ...['c1', 'c2'].map((id) => decode(c, id)),
  ];
  assert.deepEqual(slots.stats, { running: 1, waiting: 8, peak: 1, turns: 1 });
  await Promise.all(all);
  // b1 took the free slot; b2 had waited longest; then one turn each per round. In the
  // order asked (one slot per message, before issue 23) a and c came after all of b.
  assert.deepEqual(started, ['b1', 'b2', 'a1', 'c1', 'b3', 'a2', 'c2', 'b4', 'b5']);
  assert.deepEqual(slots.stats, { running: 0, waiting: 0, peak: 1, turns: 9 });
});

test('units of large messages (bulk) wait while any real-time decode (live) waits, and share what is left round-robin', async () => {
  const slots = new DecodeSlots(1);
  const started: string[] = [];
  const decode = (client: object, id: string, kind: 'live' | 'bulk') =>
    slots.run(
      client,
      async () => {
        started.push(id);
        await new Promise((resolve) => setImmediate(resolve));
      },
      kind,
    );
  const [b, B, r, s] = [{}, {}, {}, {}];
  await Promise.all([
    ...['b1', 'b2', 'b3'].map((id) => decode(b, id, 'bulk')),
    ...['B1', 'B2', 'B3'].map((id) => decode(B, id, 'bulk')),
    ...['r1', 'r2'].map((id) => decode(r, id, 'live')),
    decode(s, 's1', 'live'),
  ]);
  // b1 had the free slot; then every live decode, round-robin; then the batch clients in turn.
  assert.deepEqual(started, ['b1', 'r1', 's1', 'r2', 'b2', 'B1', 'b3', 'B2', 'B3']);
});

test('background work (a worker load) goes after waiting live decodes, before batch units, and never takes the last free slot', async () => {
  const slots = new DecodeSlots(2);
  const started: string[] = [];
  let background = 0;
  let mostBackground = 0;
  const decode = (client: object, id: string, kind: 'live' | 'background' | 'bulk') =>
    slots.run(
      client,
      async () => {
        started.push(id);
        if (kind === 'background') mostBackground = Math.max(mostBackground, ++background);
        await sleep(10);
        if (kind === 'background') background--;
      },
      kind,
    );
  const [pool, batch, stream] = [{}, {}, {}];
  await Promise.all([
    ...['load1', 'load2', 'load3'].map((id) => decode(pool, id, 'background')),
    ...['bulk1', 'bulk2'].map((id) => decode(batch, id, 'bulk')),
    ...['live1', 'live2'].map((id) => decode(stream, id, 'live')),
  ]);
  // load1 had a free slot; the second slot was then the last free one, kept from load2 for
  // the stream; loads went before the batch units.
  assert.equal(mostBackground, 1, 'two loads at once would leave no core for the streams');
  assert.deepEqual(started.slice(0, 3), ['load1', 'live1', 'live2']);
  assert.ok(started.indexOf('load2') < started.indexOf('bulk1'), started.join(' '));
  // With one slot in all, background work still runs (when no live decode waits).
  const single = new DecodeSlots(1);
  assert.equal(await single.run(pool, async () => 'loaded', 'background'), 'loaded');
});

test('a real-time stream that fell behind keeps its slot for its next message; batch units wait', async () => {
  const slots = new DecodeSlots(1);
  const started: string[] = [];
  const decode = (client: object, id: string, kind: 'live' | 'bulk') =>
    slots.run(
      client,
      async () => {
        started.push(id);
        await new Promise((resolve) => setImmediate(resolve));
      },
      kind,
    );
  const batch = {};
  const stream = {};
  // The stream has three messages waiting and asks for each decode when the last ends, as a connection does.
  const behind = async () => {
    for (const id of ['r1', 'r2', 'r3']) await decode(stream, id, 'live');
  };
  await Promise.all([...['b1', 'b2', 'b3'].map((id) => decode(batch, id, 'bulk')), behind()]);
  // Handing the slot over at once gave b1 r1 b2 r2 b3 r3: the stream waited a batch unit per message.
  assert.deepEqual(started, ['b1', 'r1', 'r2', 'r3', 'b2', 'b3']);
});

test('a client asking for its next unit only after the last one (as a connection does) waits behind every other client', async () => {
  const slots = new DecodeSlots(2);
  const started: string[] = [];
  const client = async (name: string, units: number) => {
    const key = { name };
    for (let i = 1; i <= units; i++) {
      await slots.run(key, async () => {
        started.push(`${name}${i}`);
        await new Promise((resolve) => setImmediate(resolve));
      });
    }
  };
  await Promise.all([client('b', 12), client('B', 12), client('r', 3), client('s', 3), client('t', 3)]);
  // Two batch clients and three real-time ones on two slots: each real-time client's unit
  // i starts before either batch client's unit i + 2, so no batch client ever runs two
  // units ahead of a client that was waiting.
  for (const rt of ['r', 's', 't']) {
    for (let i = 1; i <= 3; i++) {
      const at = started.indexOf(`${rt}${i}`);
      for (const batch of ['b', 'B']) {
        const later = started.indexOf(`${batch}${i + 2}`);
        assert.ok(at < later, `${rt}${i} started at ${at}, after ${batch}${i + 2} at ${later}: ${started.join(' ')}`);
      }
    }
  }
  assert.equal(started.length, 33);
});

test('a decode that fails frees its slot for the next one', async () => {
  const slots = new DecodeSlots(1);
  const failing = slots.run({}, async () => {
    await sleep(10);
    throw new Error('the recognizer worker stopped unexpectedly');
  });
  const next = slots.run({}, async () => 'served');
  await assert.rejects(failing, /stopped unexpectedly/);
  assert.equal(await next, 'served');
  assert.equal(slots.stats.running, 0);
});

test('a decode stuck past the hold limit gives its slot to the next one, and still delivers its own result', async (t) => {
  const slots = new DecodeSlots(1, 50);
  // The hold timer does not keep a process alive on its own (a server has its sockets).
  const keepAlive = setInterval(() => undefined, 1000);
  t.after(() => clearInterval(keepAlive));
  let unstick: (value: string) => void = () => undefined;
  const stuck = slots.run({}, () => new Promise<string>((resolve) => (unstick = resolve)));
  const began = performance.now();
  assert.equal(await slots.run({}, async () => 'served'), 'served');
  const waited = performance.now() - began;
  assert.ok(waited >= 45 && waited < 1000, `the next decode waited ${waited.toFixed(0)} ms, about the 50 ms hold limit`);
  unstick('late but whole');
  assert.equal(await stuck, 'late but whole');
  assert.deepEqual(slots.stats, { running: 0, waiting: 0, peak: 1, turns: 2 });
});

test('a slot count that is not a whole number from 1 is refused with a clear message', () => {
  assert.throws(() => new DecodeSlots(0), /decode slots must be a whole number from 1, not 0/);
  assert.throws(() => new DecodeSlots(1.5), /not 1\.5/);
});

async function peakDecodes(decodeSlots: number): Promise<number> {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { decodeSlots } });
  try {
    const frames = framesOf(readPcmFixture(speechFixture('weather').path).pcm).slice(0, 15);
    const clients = await Promise.all([0, 1, 2].map(() => TestClient.open(server.url)));
    for (const c of clients) c.config({ sample_rate: 16000 });
    // All at once, so the clients' decodes compete for the slots.
    for (const frame of frames) for (const c of clients) c.send(frame);
    for (const c of clients) await c.waitForReplies(frames.length);
    for (const c of clients) {
      assert.equal(c.raw.length, frames.length, 'one reply per frame');
      assert.ok(c.raw.every((r) => 'partial' in JSON.parse(r) || 'text' in JSON.parse(r)), 'every reply is a result');
    }
    for (const c of clients) c.close();
    return server.stats().decodes.peak;
  } finally {
    await server.close();
  }
}

test('a server with one decode slot decodes one client at a time; with three, clients overlap', { timeout: 60_000 }, async () => {
  assert.equal(await peakDecodes(1), 1);
  assert.ok((await peakDecodes(3)) > 1, 'three slots let decodes overlap (the count is measured, not assumed)');
});
