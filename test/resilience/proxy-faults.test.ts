// Faults in the network between app and server, through a TCP proxy in the test: a proxy
// that closes idle sockets (the warm socket kept between utterances dies while unused),
// and a connection cut without a close frame mid-utterance (1006).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import { wordErrorRate } from '../helpers/wer.js';
import { startFaultProxy } from './helpers/fault-proxy.js';
import { feed, speech } from './helpers/speech.js';
import { Recorder } from './helpers/recorder.js';
import { testRecognition } from './helpers/recognition.js';

// Each fixture's WER on a live server (measured: hello 0 %, weather 9 %, long 5 %) plus a word.
const MAX_WER = 0.25;

let server: BuiltinServer;
before(async () => {
  server = await startBuiltinServer({ engine: 'sphinx' });
});
after(() => server.close());

test('a proxy that closes idle sockets: the next utterance still works, nothing lost', async (t) => {
  const proxy = await startFaultProxy({ targetPort: server.port, idleCloseMs: 400 });
  t.after(() => proxy.close());
  const recognition = testRecognition(proxy.url);
  t.after(() => recognition.close());
  for (const name of ['hello', 'weather', 'hello']) {
    const audio = speech(name);
    const recorder = new Recorder();
    const stream = recognition.begin(recorder);
    await feed(stream, audio, 4);
    await stream.finish(10_000);
    const wer = wordErrorRate(audio.text, recorder.text);
    console.log(`  ${name}: "${recorder.text}" (WER ${(wer * 100).toFixed(0)} %), lost ${stream.stats.lostSeconds} s, proxy closed ${proxy.idleClosed} idle socket(s)`);
    assert.deepEqual(recorder.errors, []);
    assert.equal(stream.stats.lostSeconds, 0);
    assert.ok(wer <= MAX_WER, `${name}: WER ${wer.toFixed(2)}`);
    await sleep(900); // idle: the proxy closes the warm socket
  }
  assert.ok(proxy.idleClosed >= 2, 'the proxy really closed idle sockets');
});

test('the warm socket is reused between utterances (no new connection)', async (t) => {
  const proxy = await startFaultProxy({ targetPort: server.port });
  t.after(() => proxy.close());
  const recognition = testRecognition(proxy.url);
  t.after(() => recognition.close());
  const warm = await recognition.warmUp();
  assert.equal(warm.ok, true, warm.detail);
  for (const name of ['hello', 'hello']) {
    const recorder = new Recorder();
    const stream = recognition.begin(recorder);
    await feed(stream, speech(name), 8);
    await stream.finish(10_000);
    assert.match(recorder.text, /hello/);
    assert.equal(recorder.statusNames()[0], 'listening', 'no "connecting" on a warm socket');
  }
  assert.equal(proxy.accepted, 1, 'one socket for warm-up and both utterances');
});

test('a connection cut without a close frame (1006) mid-sentence: same words, nothing twice', async (t) => {
  const proxy = await startFaultProxy({ targetPort: server.port });
  t.after(() => proxy.close());
  const recognition = testRecognition(proxy.url);
  t.after(() => recognition.close());
  const audio = speech('long');
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  await feed(stream, audio, 4, (i) => {
    if (i === 30 || i === 50) proxy.cutAll();
  });
  await stream.finish(10_000);
  const wer = wordErrorRate(audio.text, recorder.text);
  console.log(
    `  "${recorder.text}" (WER ${(wer * 100).toFixed(0)} %), lost ${stream.stats.lostSeconds} s, replayed ${stream.stats.replayedSeconds.toFixed(1)} s, reconnects ${stream.stats.reconnects}`,
  );
  assert.deepEqual(recorder.errors, []);
  assert.ok(stream.stats.reconnects >= 2, 'both cuts dropped the connection');
  assert.equal(stream.stats.lostSeconds, 0);
  assert.ok(wer <= MAX_WER, `WER ${wer.toFixed(2)}`);
  assert.equal(recorder.finals.length, 1, 'one final for one sentence: nothing delivered twice');
});
