// Decode turns by audio (issue 23), on the real PocketSphinx server: two batch clients
// each send a 1 MiB frame (≈33 s of speech) while two real-time streams talk. Before, a
// decode slot was held for a whole message, so the two batch frames held both slots for
// seconds and the streams got nothing until one of them was done. Now a frame is decoded in
// 200 ms units, turns go round-robin across clients (real-time streams first), and the
// streams' replies interleave with the batch units. Asserted by order and by counting decode turns, never by time:
// the machine is shared. The batch transcripts must still be complete and identical to
// the same audio sent alone, and a 1 MiB frame (the protocol's limit) is accepted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { EOF_FRAME, MAX_FRAME_BYTES } from '../../electron/vosk/protocol.js';
import { allSingleFixtures, speechFixture } from '../helpers/fixtures.js';
import { framesOf } from './abuse.js';
import { readPcmFixture } from './pcm-fixture.js';
import { TestClient } from './ws-test-client.js';

/** Two slots, as on a 2-core machine: with more, the batch clients could not fill them all. */
const SLOTS = 2;
/**
 * A real-time frame waits for about one unit per other client plus the ones running (5
 * here); counted from the test's side, replies reach it some turns late on a busy machine
 * (13 seen). A whole batch frame is ≈160 units: the bound is well under a quarter of one.
 */
const MAX_UNITS_BEFORE_REPLY = 36;

/** Every fixture, with half a second of silence after each, repeated until it passes 1 MiB: one full 1 MiB frame and the rest. */
function batchAudio(): Buffer[] {
  const silence = Buffer.alloc(16000);
  const parts: Buffer[] = [];
  let bytes = 0;
  while (bytes <= MAX_FRAME_BYTES + 64_000) {
    for (const fixture of allSingleFixtures()) {
      const pcm = readPcmFixture(fixture.path).pcm;
      parts.push(pcm, silence);
      bytes += pcm.length + silence.length;
    }
  }
  const all = Buffer.concat(parts);
  return [all.subarray(0, MAX_FRAME_BYTES), all.subarray(MAX_FRAME_BYTES)];
}

/** Sends the frames and eof; resolves with every final's text once the server closed 1000. */
async function transcribe(client: TestClient, frames: Buffer[]): Promise<string> {
  client.config({ sample_rate: 16000 });
  for (const frame of frames) client.send(frame);
  client.send(EOF_FRAME);
  const close = await client.closed;
  assert.equal(close.code, 1000, `batch client closed ${close.code} ${close.reason}`);
  assert.equal(client.raw.length, frames.length + 1, 'one reply per frame, then the final');
  return client.finals().join(' ').trim();
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

test('while two batch clients send 1 MiB frames, real-time streams get their replies between the batch units and their finals; batch transcripts match a solo run', { timeout: 600_000 }, async (t) => {
  const batch = batchAudio();
  const spoken = allSingleFixtures().flatMap((f) => words(f.text));

  // The solo run, on a server of its own (fresh recognizers, nothing else to share with).
  const soloServer = await startBuiltinServer({ engine: 'sphinx', limits: { decodeSlots: SLOTS } });
  let solo: string;
  try {
    solo = await transcribe(await TestClient.open(soloServer.url), batch);
  } finally {
    await soloServer.close();
  }
  // Complete: a 33-second message decodes as one utterance, which costs some accuracy, but
  // most of what was said must be there (a dropped unit would take whole sentences with it).
  const heard = new Set(words(solo));
  const found = spoken.filter((w) => heard.has(w)).length / spoken.length;
  assert.ok(found >= 0.7, `the solo transcript has ${(found * 100).toFixed(0)} % of the spoken words: ${solo}`);

  const server = await startBuiltinServer({ engine: 'sphinx', limits: { decodeSlots: SLOTS, maxReplyLagMs: Infinity } });
  t.after(() => server.close());
  const live = framesOf(readPcmFixture(speechFixture('weather').path).pcm);
  const streams = await Promise.all([0, 1].map(() => TestClient.open(server.url)));
  // Each stream's recognizer is ready (its first reply came) before the batch frames go out.
  for (const s of streams) {
    s.config({ sample_rate: 16000 });
    s.send(live[0]!);
  }
  for (const s of streams) await s.waitForReplies(1);

  const batchClients = await Promise.all([0, 1].map(() => TestClient.open(server.url)));
  const transcripts = batchClients.map((c) => transcribe(c, batch));
  const firstBatchReply = Promise.race(batchClients.map((c) => c.waitForReplies(1)));
  let batchReplied = false;
  void firstBatchReply.then(() => (batchReplied = true));

  // Each stream sends a 100 ms frame every 100 ms, as a microphone does (or the next one
  // when the last is answered, if that takes longer), looping its speech, until a batch
  // client has its reply to the 1 MiB frame. Counted: replies before that, and decode turns
  // the server started between a frame leaving and its reply. Pacing only shapes the load;
  // nothing below depends on how fast this machine is.
  const before = [0, 0];
  let mostUnitsWaited = 0;
  await Promise.all(
    streams.map(async (s, i) => {
      for (let n = 1; !batchReplied; n++) {
        const tick = new Promise((resolve) => setTimeout(resolve, 100));
        const turnsAtSend = server.stats().decodes.turns;
        s.send(live[n % live.length]!);
        await s.waitForReplies(n + 1);
        mostUnitsWaited = Math.max(mostUnitsWaited, server.stats().decodes.turns - turnsAtSend);
        if (!batchReplied) before[i]!++;
        await tick;
      }
    }),
  );
  console.log(`  real-time replies while the first 1 MiB frame decoded: ${before.join(', ')}; most decode turns between a frame and its reply: ${mostUnitsWaited}`);
  // A 1 MiB frame is ≈160 units, which take a couple of seconds of decoding even on a fast
  // machine: the streams' frames are decoded between them. One slot per whole message
  // gave the batch frames both slots until they were done, and the streams 0 replies.
  for (const count of before) assert.ok(count >= 5, `a stream got only ${count} replies while the batch frames decoded: ${before.join(', ')}`);
  assert.ok(mostUnitsWaited <= MAX_UNITS_BEFORE_REPLY, `a real-time frame waited behind ${mostUnitsWaited} decode turns`);

  // The streams end their utterances and get their finals, with words of what they said.
  for (const s of streams) s.send(EOF_FRAME);
  for (const s of streams) {
    const close = await s.closed;
    assert.equal(close.code, 1000, `stream closed ${close.code} ${close.reason}`);
    const said = s.finals().join(' ');
    assert.match(said, /weather|nice|today|park/, `a stream's finals: ${JSON.stringify(s.finals())}`);
  }

  const [first, second] = await Promise.all(transcripts);
  assert.equal(first, solo, 'the first batch client heard what the solo run did');
  assert.equal(second, solo, 'the second batch client heard what the solo run did');
});

test('a batch client that vanishes mid 1 MiB frame has the rest of it dropped, and its recognizer goes back to the pool', { timeout: 120_000 }, async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { decodeSlots: SLOTS, maxReplyLagMs: Infinity } });
  t.after(() => server.close());
  const [frame] = batchAudio();
  const client = await TestClient.open(server.url);
  client.config({ sample_rate: 16000 });
  client.send(frame!);
  const turnsBefore = server.stats().decodes.turns;
  // Some of its ≈160 units decoded (the first turn creates its recognizer), then it is gone.
  while (server.stats().decodes.turns < turnsBefore + 5) await new Promise((resolve) => setTimeout(resolve, 10));
  client.vanish();
  while (server.stats().released < 1) await new Promise((resolve) => setTimeout(resolve, 10));
  const turns = server.stats().decodes.turns - turnsBefore;
  console.log(`  decode turns taken by a client that vanished after 5: ${turns} (the whole frame is ≈160)`);
  assert.ok(turns < 40, `the server went on decoding the vanished client's frame: ${turns} turns`);
  assert.equal(client.raw.length, 0, 'no reply: the frame was never finished');
  // Its worker is recycled and serves the next client.
  const next = await TestClient.open(server.url);
  next.config({ sample_rate: 16000 });
  for (const f of framesOf(readPcmFixture(speechFixture('hello').path).pcm)) next.send(f);
  next.send(EOF_FRAME);
  assert.equal((await next.closed).code, 1000);
  assert.match(next.finals().join(' '), /hello|world/);
});
