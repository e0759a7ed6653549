// The configured server is down, or full (1013): with a fallback engine set up (the app:
// the built-in engine, on by default), the utterance goes there instead of waiting, the
// overlay says so, and the audio kept meanwhile is replayed to it: no word lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { closedPort } from '../vosk/helpers/fake-servers.js';
import { TestClient } from '../engine/ws-test-client.js';
import { wordErrorRate } from '../helpers/wer.js';
import { feed, speech } from './helpers/speech.js';
import { Recorder } from './helpers/recorder.js';
import { testRecognition } from './helpers/recognition.js';

const MAX_WER = 0.2;

test('server down: the built-in engine transcribes, the overlay says so, no word lost', async (t) => {
  const builtin = await startBuiltinServer({ engine: 'sphinx' });
  t.after(() => builtin.close());
  const port = await closedPort();
  const recognition = testRecognition(`ws://127.0.0.1:${port}`, {
    fallback: { label: 'the built-in engine', server: async () => ({ url: builtin.url }) },
  });
  t.after(() => recognition.close());
  const audio = speech('weather');
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  await feed(stream, audio, 4);
  await stream.finish(20_000);
  const wer = wordErrorRate(audio.text, recorder.text);
  const told = recorder.statuses.find((s) => s.status === 'listening' && /using the built-in engine/.test(s.message));
  console.log(`  heard "${recorder.text}" (WER ${(wer * 100).toFixed(0)} %); overlay: "${told?.message}"`);
  assert.ok(wer <= MAX_WER, `WER ${(wer * 100).toFixed(0)} % for "${recorder.text}"`);
  assert.ok(told, `the overlay was told: ${recorder.statuses.map((s) => s.message).join(' | ')}`);
  assert.match(told.message, /The server is unavailable \(.+\); using the built-in engine\./);
  assert.equal(stream.stats.lostSeconds, 0);
});

test('server at capacity (1013): the utterance moves to the fallback engine and every word arrives', async (t) => {
  const full = await startBuiltinServer({ engine: 'sphinx', limits: { capacity: 1 } });
  t.after(() => full.close());
  const occupant = await TestClient.open(full.url); // takes the only place
  t.after(() => occupant.close());
  const builtin = await startBuiltinServer({ engine: 'sphinx' });
  t.after(() => builtin.close());
  const recognition = testRecognition(full.url, {
    fallback: { label: 'the built-in engine', server: async () => ({ url: builtin.url }) },
  });
  t.after(() => recognition.close());
  const audio = speech('weather');
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  await feed(stream, audio, 4);
  await stream.finish(20_000);
  const wer = wordErrorRate(audio.text, recorder.text);
  const told = recorder.statuses.find((s) => s.status === 'listening' && /using the built-in engine/.test(s.message));
  console.log(`  heard "${recorder.text}" (WER ${(wer * 100).toFixed(0)} %); overlay: "${told?.message}"`);
  assert.ok(wer <= MAX_WER, `WER ${(wer * 100).toFixed(0)} % for "${recorder.text}"`);
  assert.match(told?.message ?? '', /busy|1013/);
  assert.equal(stream.stats.lostSeconds, 0);
});
