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

/** One utterance of 'weather' through a recognition whose server is `url` and whose fallback is `fallbackUrl`. */
async function dictateWithFallback(t: { after(fn: () => unknown): void }, url: string, fallbackUrl: string) {
  const recognition = testRecognition(url, {
    fallback: { label: 'the built-in engine', server: async () => ({ url: fallbackUrl }) },
  });
  t.after(() => recognition.close());
  const audio = speech('weather');
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  await feed(stream, audio, 4);
  await stream.finish(40_000); // a liveness bound, generous for a loaded machine
  const wer = wordErrorRate(audio.text, recorder.text);
  const told = recorder.statuses.find((s) => s.status === 'listening' && /using the built-in engine/.test(s.message));
  console.log(`  heard "${recorder.text}" (WER ${(wer * 100).toFixed(0)} %); overlay: "${told?.message}"`);
  assert.ok(wer <= MAX_WER, `WER ${(wer * 100).toFixed(0)} % for "${recorder.text}"`);
  assert.equal(stream.stats.lostSeconds, 0);
  assert.ok(told, `the overlay was told: ${recorder.statuses.map((s) => s.message).join(' | ')}`);
  return told.message;
}

test('server down: the built-in engine transcribes, the overlay says so, no word lost', async (t) => {
  const builtin = await startBuiltinServer({ engine: 'sphinx' });
  t.after(() => builtin.close());
  const port = await closedPort();
  const told = await dictateWithFallback(t, `ws://127.0.0.1:${port}`, builtin.url);
  assert.match(told, /The server is unavailable \(.+\); using the built-in engine\./);
});

test('server at capacity (1013): the utterance moves to the fallback engine and every word arrives', async (t) => {
  const full = await startBuiltinServer({ engine: 'sphinx', limits: { capacity: 1 } });
  t.after(() => full.close());
  const occupant = await TestClient.open(full.url); // takes the only place
  t.after(() => occupant.close());
  const builtin = await startBuiltinServer({ engine: 'sphinx' });
  t.after(() => builtin.close());
  const told = await dictateWithFallback(t, full.url, builtin.url);
  assert.match(told, /busy|1013/);
});
