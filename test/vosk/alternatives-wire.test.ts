// Finals come in two shapes: {"text", "result"} and, when the client asks for
// max_alternatives, {"alternatives": [{text, confidence, result?}, …]} with no top-level
// text. The whole recognition stream (VoskRecognition: connect, reconnect, replay) must
// hand both to its listener intact: the best reading as the text, every reading in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import type { FinalReply } from '../../electron/vosk/protocol.js';
import type { RecognitionListener } from '../../electron/vosk/recognition/index.js';
import { wordErrorRate } from '../helpers/wer.js';
import { testRecognition } from '../resilience/helpers/recognition.js';
import { feed, speech, FRAME_BYTES } from '../resilience/helpers/speech.js';
import { startAlternativesOnlyServer } from './helpers/fake-servers.js';

class FinalsRecorder implements RecognitionListener {
  readonly finals: { text: string; reply?: FinalReply }[] = [];
  readonly errors: Error[] = [];
  private listening: (() => void) | undefined;
  readonly connected = new Promise<void>((resolve) => (this.listening = resolve));
  onPartial(): void {}
  onStatus(status: { status: string }): void {
    if (status.status === 'listening') this.listening?.();
  }
  onFinal(text: string, reply?: FinalReply): void {
    this.finals.push({ text, ...(reply ? { reply } : {}) });
  }
  onError(error: Error): void {
    this.errors.push(error);
  }
}

let builtin: BuiltinServer;
before(async () => {
  builtin = await startBuiltinServer({ engine: 'sphinx' });
});
after(() => builtin.close());

test('the alternatives-only shape: the listener gets the best reading as text and every reading, also across a dropped connection', async (t) => {
  // Scripted (see startAlternativesOnlyServer): the real vosk-server cannot run here.
  const server = await startAlternativesOnlyServer({ finalEvery: 4, dropFirstAfter: 6 });
  t.after(() => server.close());
  const recognition = testRecognition(server.url, { config: () => ({ sample_rate: 16000, max_alternatives: 2 }) });
  t.after(() => recognition.close());
  const recorder = new FinalsRecorder();
  const stream = recognition.begin(recorder);
  const audio = Array.from({ length: 14 }, () => Buffer.alloc(FRAME_BYTES));
  // Frame by frame on an open socket, as a microphone sends: the cut comes mid-stream.
  await recorder.connected;
  for (const frame of audio) {
    stream.pushAudio(frame);
    await sleep(20);
  }
  await stream.finish(10_000);

  assert.deepEqual(recorder.errors, []);
  assert.ok(server.connections() >= 2, 'the first connection was cut and the stream reconnected');
  assert.ok(stream.stats.replayedSeconds > 0, 'audio the cut connection never finalised was sent again');
  assert.ok(recorder.finals.length >= 2, `finals: ${JSON.stringify(recorder.finals.map((f) => f.text))}`);
  let covered = 0;
  for (const { text, reply } of recorder.finals) {
    const bytes = Number(/^heard (\d+) bytes$/.exec(text)?.[1]);
    assert.ok(bytes > 0, `the best reading is the text: "${text}"`);
    covered += bytes;
    assert.deepEqual(
      reply?.alternatives?.map((a) => [a.text, a.confidence]),
      [
        [`heard ${bytes} bytes`, 10.5],
        [`herd ${bytes} bytes`, 8.25],
      ],
      'both readings, best first, with their confidences',
    );
    assert.deepEqual(reply.alternatives[1]!.result!.map((w) => w.word), ['herd', String(bytes), 'bytes'], 'each reading keeps its words');
  }
  assert.equal(covered, audio.length * FRAME_BYTES, 'every byte is in exactly one final: nothing lost, nothing twice');
});

test('the built-in server with max_alternatives: each final through the stream carries at most that many readings, the first equal to the text', async (t) => {
  const recognition = testRecognition(builtin.url, { config: () => ({ sample_rate: 16000, words: true, max_alternatives: 3 }) });
  t.after(() => recognition.close());
  const recorder = new FinalsRecorder();
  const stream = recognition.begin(recorder);
  const weather = speech('weather');
  await feed(stream, weather, 8);
  await stream.finish(15_000);

  assert.deepEqual(recorder.errors, []);
  assert.ok(recorder.finals.length > 0, 'something was heard');
  for (const { text, reply } of recorder.finals) {
    const alternatives = reply?.alternatives ?? [];
    assert.ok(alternatives.length >= 1 && alternatives.length <= 3, `${alternatives.length} readings`);
    assert.equal(alternatives[0]!.text, text, 'the best reading is the text typed');
    assert.equal(reply?.result, undefined, 'no top-level words in the alternatives shape');
  }
  const heard = recorder.finals.map((f) => f.text).join(' ');
  assert.ok(wordErrorRate(weather.text, heard) <= 0.4, `heard "${heard}"`);
  assert.ok(recorder.finals.some((f) => (f.reply?.alternatives?.length ?? 0) >= 2), 'the fixture has runners-up');
});

test('the plain shape through the stream: text with per-word conf, no alternatives', async (t) => {
  const recognition = testRecognition(builtin.url, { config: () => ({ sample_rate: 16000, words: true }) });
  t.after(() => recognition.close());
  const recorder = new FinalsRecorder();
  const stream = recognition.begin(recorder);
  await feed(stream, speech('hello'), 8);
  await stream.finish(15_000);
  assert.ok(recorder.finals.length > 0);
  for (const { text, reply } of recorder.finals) {
    assert.equal(reply?.alternatives, undefined);
    assert.equal(reply?.result?.map((w) => w.word).join(' '), text);
    for (const w of reply.result) assert.ok(w.conf >= 0 && w.conf <= 1, `conf ${w.conf}`);
  }
});
