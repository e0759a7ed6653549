// The client against a well-behaved fake server: config first, numbered replies, frame
// splitting, eof and reset, the token header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { VoskConnection } from '../../electron/vosk/connection.js';
import { MAX_FRAME_BYTES, EOF_FRAME, RESET_FRAME } from '../../electron/vosk/protocol.js';
import { startEchoVoskServer, startWsServer } from './helpers/fake-servers.js';

const config = { sample_rate: 16000 };

test('sends config first, streams audio without waiting, numbers every reply, ends with eof', async (t) => {
  const server = await startEchoVoskServer();
  t.after(() => server.close());
  const connection = await VoskConnection.open({ url: server.url, config });
  const partials: [string, number][] = [];
  const finals: number[] = [];
  connection.on('partial', (text, index) => partials.push([text, index]));
  connection.on('final', (_reply, index) => finals.push(index));
  const closed = once(connection, 'closed');

  const spans = [0, 1, 2].map(() => connection.sendAudio(new Uint8Array(3200)));
  assert.deepEqual(spans, [{ first: 0, last: 0 }, { first: 1, last: 1 }, { first: 2, last: 2 }]);
  const final = await connection.endUtterance('eof', 5000);

  assert.equal(final.text, 'frames 3 bytes 9600');
  assert.deepEqual(partials, [['bytes 3200', 0], ['bytes 6400', 1], ['bytes 9600', 2]]);
  assert.deepEqual(finals, [3]);
  assert.equal(server.received[0], JSON.stringify({ config: { sample_rate: 16000 } }));
  assert.equal(server.received[4], EOF_FRAME);
  const [info] = (await closed) as [{ code: number; error?: unknown }];
  assert.equal(info.code, 1000);
  assert.equal(info.error, undefined, 'a normal end after eof is not an error');
  assert.throws(() => connection.sendAudio(new Uint8Array(2)), { code: 'closed' });
});

test('reset keeps the socket open for the next utterance', async (t) => {
  const server = await startEchoVoskServer();
  t.after(() => server.close());
  const connection = await VoskConnection.open({ url: server.url, config });
  t.after(() => connection.close());
  connection.sendAudio(new Uint8Array(100));
  assert.equal((await connection.endUtterance('reset', 5000)).text, 'frames 1 bytes 100');
  connection.sendAudio(new Uint8Array(50));
  connection.sendAudio(new Uint8Array(50));
  assert.equal((await connection.endUtterance('reset', 5000)).text, 'frames 2 bytes 100');
  assert.equal(server.received[2], RESET_FRAME);
  assert.equal(connection.resetUnsupported, false);
  assert.equal(connection.replyCount, 5);
});

test('an old server that closes 1011 on reset is detected, so the caller can fall back to eof', async (t) => {
  const server = await startEchoVoskServer({ resetSupported: false });
  t.after(() => server.close());
  const connection = await VoskConnection.open({ url: server.url, config });
  const errors: string[] = [];
  connection.on('error', (e) => errors.push(e.code));
  connection.sendAudio(new Uint8Array(100));
  await assert.rejects(connection.endUtterance('reset', 5000), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'server-error');
    assert.match(error.message, /reset/);
    return true;
  });
  assert.equal(connection.resetUnsupported, true);
  assert.deepEqual(errors, ['server-error']);
});

test('buffers bigger than the 1 MiB frame limit are split, and the span names every frame', async (t) => {
  const server = await startEchoVoskServer();
  t.after(() => server.close());
  const connection = await VoskConnection.open({ url: server.url, config });
  const span = connection.sendAudio(new Uint8Array(MAX_FRAME_BYTES * 2 + 10));
  assert.deepEqual(span, { first: 0, last: 2 });
  assert.deepEqual(connection.sendAudio(new Uint8Array(0)), { first: 3, last: 2 }, 'empty audio sends nothing');
  const final = await connection.endUtterance('eof', 10000);
  assert.equal(final.text, `frames 3 bytes ${MAX_FRAME_BYTES * 2 + 10}`);
  const sizes = server.received.slice(1, 4).map((m) => (m as Buffer).length);
  assert.deepEqual(sizes, [MAX_FRAME_BYTES, MAX_FRAME_BYTES, 10]);
});

test('a token is sent as a bearer header, and never without one', async (t) => {
  const server = await startEchoVoskServer();
  t.after(() => server.close());
  const withToken = await VoskConnection.open({ url: server.url, token: 'hf_secret', config });
  assert.equal(server.lastHeaders?.authorization, 'Bearer hf_secret');
  await withToken.close();
  const without = await VoskConnection.open({ url: server.url, config });
  assert.equal(server.lastHeaders?.authorization, undefined);
  await without.close();
});

test('closing while a final is pending rejects it instead of hanging', async (t) => {
  const server = await startWsServer(() => {}); // takes everything, answers nothing
  t.after(() => server.close());
  const connection = await VoskConnection.open({ url: server.url, config });
  const pending = connection.endUtterance('reset', 60_000);
  const closing = connection.close();
  await assert.rejects(pending, { code: 'closed' });
  await closing;
});
