// The server dies mid-utterance and comes back on the same port: the utterance must
// reconnect, replay what no final result covered, and end with the same words as an
// uninterrupted run — nothing lost, nothing typed twice.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import { words, wordErrorRate } from '../helpers/wer.js';
import { feed, speech } from './helpers/speech.js';
import { Recorder } from './helpers/recorder.js';
import { testRecognition } from './helpers/recognition.js';

const SPEED = 4;
const FINISH_TIMEOUT_MS = 15_000;

let server: BuiltinServer;
before(async () => {
  server = await startBuiltinServer({ engine: 'sphinx' });
});
after(() => server.close());

type Fault = (frame: number, total: number, recorder: Recorder) => Promise<void>;

async function transcribeOnce(name: string, fault?: Fault) {
  const recognition = testRecognition(server.url);
  const audio = speech(name);
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  await feed(stream, audio, SPEED, fault ? (i) => fault(i, audio.frames.length, recorder) : undefined);
  await stream.finish(FINISH_TIMEOUT_MS);
  const stats = stream.stats;
  await recognition.close();
  return { recorder, stats, audio };
}

/** Close the server (clients get 1001, connects are refused), keep it down a while, restart on the same port. */
async function killAndRestart(downMs: number): Promise<void> {
  const port = server.port;
  await server.close();
  await sleep(downMs); // the client keeps buffering and retrying meanwhile
  server = await startBuiltinServer({ engine: 'sphinx', port });
}

test('server killed mid-sentence and restarted on the same port: the same words as without the fault', async () => {
  const baseline = await transcribeOnce('long');
  const { recorder, stats, audio } = await transcribeOnce('long', async (frame, total) => {
    if (frame === Math.floor(total * 0.45)) await killAndRestart(500);
  });
  const editsBetweenRuns = wordErrorRate(baseline.recorder.text, recorder.text) * words(baseline.recorder.text).length;
  console.log(
    `  uninterrupted: "${baseline.recorder.text}" (WER ${pct(wordErrorRate(audio.text, baseline.recorder.text))})\n` +
      `  with restart:  "${recorder.text}" (WER ${pct(wordErrorRate(audio.text, recorder.text))})\n` +
      `  ${editsBetweenRuns.toFixed(0)} word edit(s) apart; lost ${stats.lostSeconds.toFixed(1)} s, ` +
      `replayed ${stats.replayedSeconds.toFixed(1)} s, reconnects ${stats.reconnects}`,
  );
  assert.deepEqual(recorder.errors, [], 'no error reaches the user');
  assert.ok(stats.reconnects >= 1, 'the fault really dropped the connection');
  assert.equal(stats.lostSeconds, 0, 'no audio lost');
  assert.ok(editsBetweenRuns <= 1, `the words differ by ${editsBetweenRuns} from the uninterrupted run`);
  assert.ok(Math.abs(words(baseline.recorder.text).length - words(recorder.text).length) <= 1, 'nothing delivered twice');
  assert.ok(recorder.statusNames().includes('reconnecting'), `the user was told: ${recorder.statusNames().join(' → ')}`);
  assert.equal(recorder.statusNames().at(-1), 'listening', 'listening again after the reconnect');
});

test('finals delivered before the fault are never replayed nor typed twice; the rest still arrives', async () => {
  let pushedAtKill = 0;
  let finalsAtKill = 0;
  const { recorder, stats, audio } = await transcribeOnce('multi', async (frame, total, recorder) => {
    if (frame !== Math.floor(total * 0.7)) return; // inside the third sentence
    // Wait (as a slow server would make us) for the first sentence's final, so the fault
    // lands between delivered and undelivered text.
    for (let waited = 0; recorder.finals.length === 0 && waited < 10_000; waited += 50) await sleep(50);
    assert.ok(recorder.finals.length >= 1, 'a final result arrived before the fault');
    pushedAtKill = frame / 10;
    finalsAtKill = recorder.finals.length;
    await killAndRestart(300);
  });
  const heard = words(recorder.text);
  console.log(
    `  finals: ${JSON.stringify(recorder.finals)} (WER ${pct(wordErrorRate(audio.text, recorder.text))}); killed at ${pushedAtKill.toFixed(1)} s; ` +
      `lost ${stats.lostSeconds.toFixed(1)} s, replayed ${stats.replayedSeconds.toFixed(1)} s, reconnects ${stats.reconnects}`,
  );
  assert.deepEqual(recorder.errors, []);
  assert.ok(stats.reconnects >= 1, 'the fault really dropped the connection');
  assert.equal(stats.lostSeconds, 0, 'no audio lost');
  assert.ok(stats.replayedSeconds < pushedAtKill - 1, 'audio covered by the first final was not replayed');
  assert.equal(heard.filter((w) => w === 'hello').length, 1, '"hello world" typed exactly once');
  // The replay starts a fresh recognizer in the near-silent gap after an endpoint, which
  // PocketSphinx recognises worse than mid-stream (measured without any fault: a fresh
  // stream started there turns "the weather is nice…" into "i i going to"), so the words
  // after the fault are not scored here; the mid-sentence test above scores them.
  assert.ok(recorder.finals.length > finalsAtKill, `a final arrived after the fault: ${JSON.stringify(recorder.finals)}`);
  for (const before of recorder.finals.slice(0, finalsAtKill)) {
    assert.equal(recorder.finals.filter((f) => f === before).length, 1, `"${before}" delivered once`);
  }
});

function pct(x: number): string {
  return `${(x * 100).toFixed(0)} %`;
}
