// The server is not there at key-down (a sleeping Space, the built-in engine still
// loading, a server being restarted): the user keeps talking, the app keeps the audio and
// retries, and once the server is up everything said since key-down is transcribed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import type { StreamStatus } from '../../electron/dictation/ports.js';
import { ConnectStatus } from '../../electron/vosk/recognition/connect-status.js';
import { closedPort } from '../vosk/helpers/fake-servers.js';
import { wordErrorRate } from '../helpers/wer.js';
import { feed, speech } from './helpers/speech.js';
import { Recorder } from './helpers/recorder.js';
import { testRecognition } from './helpers/recognition.js';

// 'long' scores 5 % on a live server; the margin absorbs a word moved by alignment.
const MAX_WER = 0.2;
const SERVER_LATE_MS = 10_000;

test('the server starts 10 s after key-down: all speech since key-down is transcribed', async (t) => {
  const port = await closedPort();
  let server: BuiltinServer | undefined;
  t.after(() => server?.close());
  const recognition = testRecognition(`ws://127.0.0.1:${port}`, { backoff: { initialMs: 200, maxMs: 1000 } });
  t.after(() => recognition.close());
  const audio = speech('long'); // 7.4 s, fed at real time: the server is still down at the end
  const recorder = new Recorder();
  const keyDown = Date.now();
  const stream = recognition.begin(recorder);
  const serverUp = sleep(SERVER_LATE_MS).then(async () => {
    server = await startBuiltinServer({ engine: 'sphinx', port });
  });
  await feed(stream, audio, 1);
  await serverUp;
  await stream.finish(15_000);
  const wer = wordErrorRate(audio.text, recorder.text);
  const reconnecting = recorder.statuses.filter((s) => s.status === 'reconnecting');
  console.log(
    `  heard "${recorder.text}" (WER ${(wer * 100).toFixed(0)} %) ${((Date.now() - keyDown) / 1000).toFixed(1)} s after key-down; ` +
      `lost ${stream.stats.lostSeconds.toFixed(1)} s; statuses ${recorder.statusNames().join(' → ')}; ` +
      `last message "${reconnecting.at(-1)?.message}"`,
  );
  assert.deepEqual(recorder.errors, []);
  assert.equal(stream.stats.lostSeconds, 0);
  assert.ok(wer <= MAX_WER, `WER ${wer.toFixed(2)}`);
  assert.equal(recorder.statusNames()[0], 'connecting');
  assert.ok(reconnecting.length >= 5, 'the elapsed time ticked while waiting');
  assert.ok((reconnecting.at(-1)?.elapsedSeconds ?? 0) >= 7, 'elapsed seconds count up');
  assert.match(reconnecting.at(-1)!.message, /connection refused|not answering/i, 'the reason is shown');
  assert.equal(recorder.statusNames().at(-1), 'listening');
});

test('a Hugging Face Space slow to answer shows "Waking the server… N s", ticking every second', async () => {
  const statuses: StreamStatus[] = [];
  const status = new ConnectStatus((s) => statuses.push(s), () => ({ name: 'owner-voskey.hf.space', space: true }), 200);
  status.start('cold');
  await sleep(2400);
  status.stop();
  console.log(`  ${statuses.map((s) => `${s.status}: ${s.message}`).join(' | ')}`);
  assert.equal(statuses[0]?.status, 'connecting');
  assert.match(statuses[0].message, /Connecting to owner-voskey\.hf\.space/);
  const waking = statuses.filter((s) => s.status === 'waking');
  assert.deepEqual(waking.map((s) => s.elapsedSeconds), [0, 1, 2]);
  assert.match(waking.at(-1)!.message, /^Waking the server… 2 s/);
});

test('the server never comes: finish gives up after its timeout and says how much speech was not transcribed', async (t) => {
  const recognition = testRecognition(`ws://127.0.0.1:${await closedPort()}`);
  t.after(() => recognition.close());
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  for (let i = 0; i < 15; i++) stream.pushAudio(Buffer.alloc(3200)); // 1.5 s
  await assert.rejects(stream.finish(800), (error: Error) => {
    console.log(`  ${error.message}`);
    assert.match(error.message, /could not reach the server within 0.8 s after you stopped speaking/i);
    assert.match(error.message, /connection refused/);
    assert.match(error.message, /1.5 s of speech was not transcribed/);
    return true;
  });
  assert.equal(recorder.errors.length, 1, 'one clear error, reported once');
});
