// Bad input never takes the built-in server down: each kind closes only the socket that
// sent it, with a reason a developer can act on, and the next client is served as usual.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
import { EOF_FRAME, MAX_FRAME_BYTES } from '../../electron/vosk/protocol.js';
import { RecognizerThread } from '../../electron/engine/recognizer-thread.js';
import { startRecognitionServer, type RecognitionServer } from '../../electron/engine/socket-server.js';
import { spawnRecognizerThread } from '../../electron/engine/worker-launcher.js';
import { speechFixture } from '../helpers/fixtures.js';
import { frames, readPcmFixture } from './pcm-fixture.js';
import { TestClient, transcribe } from './ws-test-client.js';
import { eventually } from '../helpers/eventually.js';

const hello = readPcmFixture(speechFixture('hello').path);
const multi = readPcmFixture(speechFixture('multi').path);

// The real server with its real worker threads; the test only keeps a list of the
// workers, so it can check they end and can crash one on purpose.
const workers: Worker[] = [];
const liveWorkers = new Set<Worker>();
let server: RecognitionServer;

before(async () => {
  server = await startRecognitionServer({
    host: '127.0.0.1',
    port: 0,
    startThread: () => {
      const worker = spawnRecognizerThread({ engine: 'sphinx' });
      workers.push(worker);
      liveWorkers.add(worker);
      worker.once('exit', () => liveWorkers.delete(worker));
      return RecognizerThread.start(worker);
    },
  });
});
after(() => server.close());

const until = (condition: () => boolean, what: string) => eventually(what, condition);

async function stillRecognisesSpeech(): Promise<void> {
  const { client, close } = await transcribe(server.url, frames(hello.pcm, 3200));
  assert.equal(close.code, 1000, close.reason);
  assert.match(client.finals().join(' '), /hello world/);
}

test('text that is not JSON closes 1011 with a reason', async () => {
  const client = await TestClient.open(server.url);
  client.send('hello there');
  const close = await client.closed;
  assert.equal(close.code, 1011);
  assert.match(close.reason, /unexpected text message "hello there"/);
});

test('eof without the space vosk-server needs closes 1011 and says which frame is expected', async () => {
  const client = await TestClient.open(server.url);
  client.send('{"eof": 1}');
  const close = await client.closed;
  assert.equal(close.code, 1011);
  assert.ok(close.reason.includes(EOF_FRAME), close.reason);
});

test('a config message that is not JSON closes 1011', async () => {
  const client = await TestClient.open(server.url);
  client.send('{"config": {"sample_rate": 16000');
  const close = await client.closed;
  assert.equal(close.code, 1011);
  assert.match(close.reason, /config message is not JSON/);
});

test('config values the server cannot use close 1011 naming the field', async () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ sample_rate: 'fast' }, /sample_rate must be a positive number/],
    [{ sample_rate: 16000, max_alternatives: -1 }, /max_alternatives must be a whole number/],
    [{ sample_rate: 16000, phrase_list: 'hello' }, /phrase_list must be a list of strings/],
  ];
  for (const [config, reason] of cases) {
    const client = await TestClient.open(server.url);
    client.config(config);
    const close = await client.closed;
    assert.equal(close.code, 1011, JSON.stringify(config));
    assert.match(close.reason, reason);
  }
});

test('a sample rate the model cannot take closes 1011 naming the rate it needs', async () => {
  const { client, close } = await transcribe(server.url, [hello.pcm], { sample_rate: 8000 });
  assert.equal(close.code, 1011);
  assert.match(close.reason, /16000 Hz/);
  assert.match(close.reason, /8000/);
  assert.equal(client.raw.length, 0);
});

test('odd-length frames: the odd byte is carried over, so speech is still recognised', async () => {
  const odd = frames(hello.pcm, 3201);
  const { client, close } = await transcribe(server.url, odd);
  assert.equal(close.code, 1000, close.reason);
  assert.equal(client.raw.length, odd.length + 1, 'one reply per frame plus the final');
  assert.match(client.finals().join(' '), /hello world/);
});

test('an empty frame gets a partial reply', async () => {
  const client = await TestClient.open(server.url);
  client.config({ sample_rate: 16000 });
  client.send(Buffer.alloc(0));
  await client.waitForReplies(1);
  assert.deepEqual(client.replies()[0], { kind: 'partial', partial: '' });
  client.send(EOF_FRAME);
  assert.equal((await client.closed).code, 1000);
});

test('a client sending far faster than it is decoded still gets every reply, in order', async () => {
  // More frames than the connection queues before it stops reading the socket.
  const flood = Array.from({ length: 150 }, (_, i) => frames(hello.pcm, 3200)[i % 20]!);
  const { client, close } = await transcribe(server.url, flood);
  assert.equal(close.code, 1000, close.reason);
  assert.equal(client.raw.length, flood.length + 1);
  assert.equal(client.replies().at(-1)!.kind, 'final');
});

test('a frame over 1 MiB closes 1009', async () => {
  const client = await TestClient.open(server.url);
  client.config({ sample_rate: 16000 });
  client.send(Buffer.alloc(MAX_FRAME_BYTES + 2));
  assert.equal((await client.closed).code, 1009);
});

test('a client that vanishes mid-stream has its recognizer freed and its worker ended', async () => {
  // Earlier clients gone and released too: a release still under way would be counted as this client's.
  await until(() => server.stats().connections === 0 && server.stats().releasing === 0, 'earlier clients to go');
  const releasedBefore = server.stats().released;
  const client = await TestClient.open(server.url);
  client.config({ sample_rate: 16000 });
  for (const frame of frames(hello.pcm, 3200).slice(0, 5)) client.send(frame);
  await client.waitForReplies(2);
  client.vanish();
  await until(() => server.stats().released === releasedBefore + 1, 'the recognizer to be released');
  assert.equal(server.stats().connections, 0);
  // Only the pre-loaded spare is left running.
  await until(() => liveWorkers.size === 1, `workers to end (${liveWorkers.size} alive)`);
});

test('a crashed recognizer worker closes its socket 1011; the server serves others', async () => {
  const client = await TestClient.open(server.url);
  client.config({ sample_rate: 16000 });
  client.send(frames(hello.pcm, 3200)[0]!);
  await client.waitForReplies(1);
  // Workers are recycled between clients, so which one serves this client is the pool's
  // business: crash them all (the idle spare too, which the pool must then not hand out).
  assert.ok(liveWorkers.size >= 1);
  await Promise.all([...liveWorkers].map((w) => w.terminate()));
  const close = await client.closed;
  assert.equal(close.code, 1011);
  assert.match(close.reason, /recognizer worker stopped unexpectedly/);
  await stillRecognisesSpeech();
});

test('a client busy with a long frame does not hold up another client', async () => {
  const quiet = await TestClient.open(server.url);
  quiet.config({ sample_rate: 16000 });
  quiet.send(Buffer.alloc(3200));
  await quiet.waitForReplies(1); // it has its own recognizer now

  const busy = await TestClient.open(server.url);
  busy.config({ sample_rate: 16000 });
  busy.send(Buffer.alloc(3200));
  await busy.waitForReplies(1);
  busy.send(multi.pcm); // 13 s of speech in one frame: seconds of decoding
  await sleep(50);
  quiet.send(Buffer.alloc(3200));
  await quiet.waitForReplies(2);
  assert.equal(busy.raw.length, 1, 'the quiet client was answered while the busy one was still decoding');

  // The quiet client sent nothing for a while; it is still served and closes cleanly.
  quiet.send(EOF_FRAME);
  busy.send(EOF_FRAME);
  assert.equal((await quiet.closed).code, 1000);
  assert.equal((await busy.closed).code, 1000);
  assert.ok(busy.finals().join(' ').includes('weather'), `busy client heard: ${busy.finals().join(' | ')}`);
});

test('after all of that the server still recognises speech', stillRecognisesSpeech);
