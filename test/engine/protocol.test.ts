// The built-in server speaks alphacep/vosk-server's protocol: what a Vosk client relies
// on, checked against a real server with PocketSphinx behind it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EOF_FRAME, RESET_FRAME } from '../../electron/vosk/protocol.js';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import { speechFixture } from '../helpers/fixtures.js';
import { wordErrorRate } from '../helpers/wer.js';
import { frames, readPcmFixture } from './pcm-fixture.js';
import { TestClient, transcribe } from './ws-test-client.js';

const hello = readPcmFixture(speechFixture('hello').path);
const weather = readPcmFixture(speechFixture('weather').path);
const FRAME_BYTES = 3200;

let server: BuiltinServer;
before(async () => {
  server = await startBuiltinServer({ engine: 'sphinx' });
});
after(() => server.close());

test('listens on 127.0.0.1 by default', () => {
  assert.match(server.url, /^ws:\/\/127\.0\.0\.1:\d+$/);
  assert.ok(server.port > 0);
});

test('config gets no reply; eof gets exactly one final, then close 1000', async () => {
  const client = await TestClient.open(server.url);
  client.config({ sample_rate: 16000 });
  client.send(EOF_FRAME);
  const close = await client.closed;
  assert.equal(close.code, 1000);
  assert.equal(client.raw.length, 1, `replies: ${client.raw.join(' | ')}`);
  assert.deepEqual(client.replies()[0], { kind: 'final', text: '' });
});

test('N audio frames get N replies, in order, then one final for eof', async () => {
  const audio = frames(hello.pcm, FRAME_BYTES);
  const { client, close } = await transcribe(server.url, audio);
  assert.equal(close.code, 1000);
  const replies = client.replies();
  assert.equal(replies.length, audio.length + 1);
  assert.equal(replies.at(-1)!.kind, 'final');
  assert.ok(replies.some((r) => r.kind === 'partial' && r.partial.includes('hello')), 'partials show the words as they come');
  assert.match(client.finals().join(' '), /hello world/);
});

test('reset gives the final result and the socket carries on with a second utterance', async () => {
  const client = await TestClient.open(server.url);
  client.config({ sample_rate: 16000 });
  const first = frames(hello.pcm, FRAME_BYTES);
  for (const frame of first) client.send(frame);
  client.send(RESET_FRAME);
  await client.waitForReplies(first.length + 1);
  const afterReset = client.replies().at(-1)!;
  assert.equal(afterReset.kind, 'final');
  assert.match(client.finals().join(' '), /hello world/);

  const before = client.finals().length;
  for (const frame of frames(weather.pcm, FRAME_BYTES)) client.send(frame);
  client.send(EOF_FRAME);
  const close = await client.closed;
  assert.equal(close.code, 1000);
  const second = client.finals().slice(before).join(' ');
  assert.ok(wordErrorRate(speechFixture('weather').text, second) <= 0.4, `second utterance heard "${second}"`);
  assert.doesNotMatch(second, /hello/, 'the first utterance is not repeated');
});

test('words: 0 gives text without word details', async () => {
  for (const words of [0, false]) {
    const { client } = await transcribe(server.url, [hello.pcm], { sample_rate: 16000, words });
    const final = JSON.parse(client.raw.at(-1)!) as Record<string, unknown>;
    const withText = client.raw.map((r) => JSON.parse(r) as Record<string, unknown>).filter((r) => 'text' in r);
    assert.ok(withText.some((r) => String(r.text).includes('hello')), `finals: ${client.raw.join(' | ')}`);
    for (const reply of withText) assert.ok(!('result' in reply), `words: ${words} still sent result: ${JSON.stringify(reply)}`);
    assert.ok('text' in final);
  }
});

test('words: true gives each word with start, end and confidence', async () => {
  const { client } = await transcribe(server.url, [hello.pcm], { sample_rate: 16000, words: true });
  const withWords = client.raw
    .map((r) => JSON.parse(r) as { text?: string; result?: { word: string; start: number; end: number; conf: number }[] })
    .find((r) => r.text?.includes('hello'));
  assert.ok(withWords?.result, `no result array: ${client.raw.join(' | ')}`);
  assert.deepEqual(
    withWords.result.map((w) => w.word),
    withWords.text!.split(' '),
    'one entry per spoken word, no silences or fillers',
  );
  let previousEnd = 0;
  for (const w of withWords.result) {
    assert.ok(w.start >= previousEnd - 0.05 && w.end > w.start, `times in order: ${JSON.stringify(w)}`);
    assert.ok(w.end <= hello.seconds + 0.05, `within the audio: ${JSON.stringify(w)}`);
    assert.ok(w.conf >= 0 && w.conf <= 1, `confidence in 0..1: ${JSON.stringify(w)}`);
    previousEnd = w.end;
  }
});

test('max_alternatives gives a list of alternatives, best first', async () => {
  const { client } = await transcribe(server.url, [weather.pcm], { sample_rate: 16000, max_alternatives: 3 });
  const finals = client.raw
    .map((r) => JSON.parse(r) as { alternatives?: { text: string; confidence: number }[] })
    .filter((r) => r.alternatives && r.alternatives[0]!.text !== '');
  assert.ok(finals.length > 0, `no alternatives: ${client.raw.join(' | ')}`);
  const alternatives = finals[0]!.alternatives!;
  assert.ok(alternatives.length >= 2 && alternatives.length <= 3, `got ${alternatives.length} alternatives`);
  assert.equal(new Set(alternatives.map((a) => a.text)).size, alternatives.length, 'no duplicates');
  for (const a of alternatives) assert.equal(typeof a.confidence, 'number');
  assert.ok(wordErrorRate(speechFixture('weather').text, alternatives[0]!.text) <= 0.4);
});

// What a real Vosk server puts in each alternative (vosk-api src/recognizer.cc, NbestResult):
// text, confidence (the path's log-likelihood) and, with words on, each word's times
// without a per-word conf; an empty utterance is [{"text": "", "confidence": 1.0}].
type RawAlternative = { text: string; confidence: number; result?: Record<string, unknown>[] };
const rawFinals = (raw: string[]) =>
  raw.map((r) => JSON.parse(r) as { alternatives?: RawAlternative[]; text?: string }).filter((r) => !('partial' in r));

test('max_alternatives N gives at most N readings, best first, each word timed but without conf, as Vosk does', async () => {
  for (const max of [1, 2, 4]) {
    const { client } = await transcribe(server.url, [weather.pcm], { sample_rate: 16000, words: true, max_alternatives: max });
    const finals = rawFinals(client.raw).filter((r) => r.alternatives?.[0]?.text);
    assert.ok(finals.length > 0, `max ${max}: no final with alternatives: ${client.raw.join(' | ')}`);
    for (const final of finals) {
      assert.ok(!('text' in final), 'the alternatives shape has no top-level text');
      const alternatives = final.alternatives!;
      assert.ok(alternatives.length >= 1 && alternatives.length <= max, `max ${max}: got ${alternatives.length}`);
      for (const a of alternatives) {
        assert.ok(Number.isFinite(a.confidence), `confidence is a number: ${JSON.stringify(a)}`);
        assert.deepEqual(a.result!.map((w) => w.word).join(' '), a.text, 'the words spell the reading');
        for (const w of a.result!) {
          assert.ok(!('conf' in w), `no per-word conf with alternatives: ${JSON.stringify(w)}`);
          assert.ok(typeof w.start === 'number' && typeof w.end === 'number' && w.end > w.start);
        }
      }
      if (max > 1) assert.ok(alternatives.length >= 2, 'the fixture has runners-up');
    }
  }
});

test('max_alternatives 0 is the plain shape; silence with alternatives is Vosk\'s empty reading with confidence 1', async () => {
  const plain = await transcribe(server.url, [weather.pcm], { sample_rate: 16000, words: true, max_alternatives: 0 });
  const plainFinals = rawFinals(plain.client.raw);
  assert.ok(plainFinals.every((r) => typeof r.text === 'string' && !('alternatives' in r)), plain.client.raw.join(' | '));
  const silent = await transcribe(server.url, [Buffer.alloc(16000)], { sample_rate: 16000, max_alternatives: 3 });
  assert.deepEqual(rawFinals(silent.client.raw).at(-1), { alternatives: [{ text: '', confidence: 1 }] });
});

test('phrase_list restricts recognition to the listed phrases', async () => {
  const config = { sample_rate: 16000, phrase_list: ['good morning', 'hello world', 'the weather', 'no such wordzz'] };
  const { client, close } = await transcribe(server.url, frames(weather.pcm, FRAME_BYTES), config);
  assert.equal(close.code, 1000, close.reason);
  const heard = client.finals().join(' ').trim();
  assert.ok(heard.length > 0, 'something from the list was heard');
  for (const word of heard.split(/\s+/)) {
    assert.ok(['good', 'morning', 'hello', 'world', 'the', 'weather'].includes(word), `"${word}" is not in the phrase list`);
  }
});

test('a phrase_list with no usable phrase closes 1011 saying so', async () => {
  const { close } = await transcribe(server.url, [hello.pcm], { sample_rate: 16000, phrase_list: ['qqzzx'] });
  assert.equal(close.code, 1011);
  assert.match(close.reason, /phrase_list/);
});

test('config sent after audio started is ignored', async () => {
  const client = await TestClient.open(server.url);
  client.config({ sample_rate: 16000, words: false });
  for (const frame of frames(hello.pcm, FRAME_BYTES)) client.send(frame);
  client.config({ sample_rate: 8000, words: true }); // would be refused if applied
  client.send(EOF_FRAME);
  const close = await client.closed;
  assert.equal(close.code, 1000, close.reason);
  assert.ok(client.raw.every((r) => !('result' in JSON.parse(r))), 'words stayed off');
});

test('a model path from a client is ignored, never loaded', async () => {
  const { client, close } = await transcribe(server.url, [hello.pcm], { sample_rate: 16000, model: '/etc' });
  assert.equal(close.code, 1000, close.reason);
  assert.match(client.finals().join(' '), /hello world/);
});
