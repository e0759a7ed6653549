// Servers that misbehave: every reply kind a broken or foreign server can send, a server
// that never answers, permanent refusals. Each must become a clear message — never a
// crash, a hang or endless retries — memory must stay bounded, and the next utterance
// against a good server must work.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import { EOF_FRAME, RESET_FRAME, formatReply } from '../../electron/vosk/protocol.js';
import type { WebSocket } from 'ws';
import { startHttpStatusServer, startWsServer } from '../vosk/helpers/fake-servers.js';
import { wordErrorRate } from '../helpers/wer.js';
import { feed, speech } from './helpers/speech.js';
import { Recorder } from './helpers/recorder.js';
import { testRecognition } from './helpers/recognition.js';

const HOSTILE_UTTERANCES = 1000;
/** Heap growth allowed over the hostile run, measured after GC (a leak of 1 KiB per reply would exceed it). */
const MAX_HEAP_GROWTH_MB = 8;

let good: BuiltinServer;
before(async () => {
  good = await startBuiltinServer({ engine: 'sphinx' });
});
after(() => good.close());

/** One hostile behaviour per reply: what the server does when our first audio frame arrives. */
const HOSTILE: [string, (socket: WebSocket) => void][] = [
  ['not JSON', (s) => s.send('<html>Bad gateway</html>')],
  ['binary', (s) => s.send(Buffer.from([0, 1, 2, 3]))],
  ['oversized (2 MiB)', (s) => s.send('x'.repeat(2 * 1024 * 1024))],
  ['JSON of the wrong shape', (s) => s.send('{"hello": "world"}')],
  ['JSON array', (s) => s.send('[1, 2, 3]')],
  ['more replies than messages', (s) => { for (let i = 0; i < 50; i++) s.send(formatReply({ kind: 'partial', partial: 'again' })); }],
  ['close 1011', (s) => s.close(1011, 'model failed')],
  ['close 1009', (s) => s.close(1009, 'too big')],
  ['close 4003', (s) => s.close(4003, 'forbidden')],
];
const OVERSIZED = new Set(['oversized (2 MiB)']);

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function goodUtteranceWorks(): Promise<void> {
  const recognition = testRecognition(good.url);
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  const audio = speech('hello');
  await feed(stream, audio, 8);
  await stream.finish(10_000);
  await recognition.close();
  assert.deepEqual(recorder.errors, []);
  assert.ok(wordErrorRate(audio.text, recorder.text) <= 0.5, `good server after hostile ones: "${recorder.text}"`);
}

test(`${HOSTILE_UTTERANCES} utterances against hostile replies: each a clear error, no crash, bounded memory`, async (t) => {
  let connection = 0;
  const server = await startWsServer((socket, _message, index) => {
    if (index !== 0) return; // config (-1) gets nothing; misbehave on the first frame
    const [, misbehave] = HOSTILE[connection++ % HOSTILE.length]!;
    misbehave(socket);
  });
  t.after(() => server.close());
  const recognition = testRecognition(server.url, { backoff: { initialMs: 10, maxMs: 20 } });
  t.after(() => recognition.close());
  const messages = new Map<string, string>();
  let heapBefore = 0;
  const frame = Buffer.alloc(3200);
  for (let i = 0; i < HOSTILE_UTTERANCES; i++) {
    if (i === 100) {
      gc();
      heapBefore = process.memoryUsage().heapUsed; // after warm-up: JIT, ws internals
    }
    const kind = HOSTILE[i % HOSTILE.length]![0];
    const recorder = new Recorder();
    const stream = recognition.begin(recorder);
    stream.pushAudio(frame);
    const error = await stream.finish(5000).then(
      () => undefined,
      (e: Error) => e,
    );
    assert.ok(error, `${kind}: finish must reject`);
    assert.equal(recorder.errors.length, 1, `${kind}: exactly one error reported`);
    assert.equal(recorder.finals.length, 0, `${kind}: no text made up`);
    if (!messages.has(kind)) messages.set(kind, error.message);
  }
  gc();
  const growthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  for (const [kind, message] of messages) console.log(`  ${kind}: ${message}`);
  console.log(`  heap growth over ${HOSTILE_UTTERANCES - 100} hostile utterances: ${growthMb.toFixed(2)} MiB (bound ${MAX_HEAP_GROWTH_MB}); lost: 0.1 s each, by design (the server refused it)`);
  assert.equal(messages.size, HOSTILE.length);
  for (const [kind, message] of messages) {
    assert.ok(message.length > 30 && !/undefined|\[object/.test(message), `${kind}: a sentence, not a dump: ${message}`);
    if (OVERSIZED.has(kind)) assert.match(message, /larger than 1 MiB/);
  }
  assert.ok(growthMb < MAX_HEAP_GROWTH_MB, `heap grew ${growthMb.toFixed(1)} MiB`);
  await goodUtteranceWorks();
});

test('a server that accepts the socket and never replies: timeout and a clear message', async (t) => {
  const server = await startWsServer(() => undefined);
  t.after(() => server.close());
  const recognition = testRecognition(server.url, { replyTimeoutMs: 400, backoff: { initialMs: 50, maxMs: 100 } });
  t.after(() => recognition.close());
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  for (let i = 0; i < 10; i++) stream.pushAudio(Buffer.alloc(3200));
  await assert.rejects(stream.finish(1500), (error: Error) => {
    console.log(`  ${error.message}`);
    assert.match(error.message, /did not send the final result within 1.5 s|stopped answering/);
    assert.match(error.message, /1 s of speech was not transcribed/);
    return true;
  });
  assert.equal(recorder.errors.length, 1);
  await goodUtteranceWorks();
});

test('permanent errors are reported at once, without retrying', async (t) => {
  const cases: [string, () => Promise<{ url: string; close?: () => Promise<void> }>, RegExp][] = [
    ['HTTP 401', async () => startHttpStatusServer(401), /needs an access token/],
    ['HTTP 404', async () => startHttpStatusServer(404), /URL is wrong/],
    ['wss:// to a plain server (TLS)', async () => {
      const s = await startWsServer(() => undefined);
      return { url: `wss://127.0.0.1:${s.port}`, close: s.close };
    }, /TLS/],
    ['bad URL', async () => ({ url: 'ftp://example.com' }), /not a websocket address/],
    ['sample rate the model refuses (1011)', async () => ({ url: good.url }), /1011/],
  ];
  for (const [name, start, message] of cases) {
    const server = await start();
    t.after(() => server.close?.());
    let attempts = 0;
    const recognition = testRecognition('unused', {
      resolveServer: async () => {
        attempts++;
        return { url: server.url };
      },
      config: () => ({ sample_rate: name.includes('sample rate') ? 8000 : 16000 }),
    });
    const recorder = new Recorder();
    const stream = recognition.begin(recorder);
    stream.pushAudio(Buffer.alloc(3200));
    const started = Date.now();
    await assert.rejects(stream.finish(10_000), message);
    await recognition.close();
    console.log(`  ${name}: ${attempts} attempt(s), reported after ${Date.now() - started} ms: ${recorder.errors[0]?.message}`);
    assert.equal(attempts, 1, `${name}: no retry`);
    assert.equal(recorder.errors.length, 1);
  }
});

test('a server too old for reset: the utterance falls back to eof on a new socket, nothing lost', async (t) => {
  // Like vosk-server before late 2023: closes 1011 on reset. Counts bytes per socket, as a
  // fresh recognizer per connection would (how many messages carry them is the client's
  // choice: a backlog goes out in bigger messages).
  const counts = new WeakMap<WebSocket, { bytes: number }>();
  const server = await startWsServer((socket, message, index) => {
    if (index < 0) return;
    const count = counts.get(socket) ?? { bytes: 0 };
    counts.set(socket, count);
    if (message === RESET_FRAME) return socket.close(1011, 'unexpected message');
    if (message === EOF_FRAME) {
      socket.send(formatReply({ kind: 'final', text: `bytes ${count.bytes}` }));
      return socket.close(1000);
    }
    count.bytes += message.length;
    socket.send(formatReply({ kind: 'partial', partial: '' }));
  });
  t.after(() => server.close());
  const recognition = testRecognition(server.url);
  t.after(() => recognition.close());
  for (let utterance = 0; utterance < 2; utterance++) {
    const recorder = new Recorder();
    const stream = recognition.begin(recorder);
    for (let i = 0; i < 5; i++) stream.pushAudio(Buffer.alloc(3200));
    await stream.finish(5000);
    assert.deepEqual(recorder.finals, ['bytes 16000'], `utterance ${utterance}: every byte, once`);
    assert.deepEqual(recorder.errors, []);
  }
  assert.equal(recognition.resetUnsupported, true);
});
