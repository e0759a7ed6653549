// Shutdown with a backlog (issue 23): a client that sent a long recording faster than it
// is decoded, then eof, then the server is told to stop. The server stops reading a socket
// 32 messages behind (TCP pushes back), so the eof can still sit unread in the socket when
// shutdown begins; it is owed its final all the same, within the shutdown bound. Past the
// bound the client is told why it got no final (1001 and a reason), never just cut off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { EOF_FRAME } from '../../electron/vosk/protocol.js';
import { speechFixture } from '../helpers/fixtures.js';
import { wordErrorRate } from '../helpers/wer.js';
import { frames, readPcmFixture } from './pcm-fixture.js';
import { TestClient } from './ws-test-client.js';

/** 50 ms frames: the 7 s recording is ≈140 messages, far past the 32 the server reads ahead. */
const FRAME_BYTES = 1600;

async function backlogThenEof(url: string, pcm: Buffer[]): Promise<TestClient> {
  const client = await TestClient.open(url);
  client.config({ sample_rate: 16000 });
  client.send(pcm[0]!);
  await client.waitForReplies(1); // the recognizer is loaded: what follows queues behind decodes
  for (const frame of pcm.slice(1)) client.send(frame);
  client.send(EOF_FRAME);
  // A few replies later the server has read what it reads ahead and stopped reading;
  // the eof is still in the socket.
  await client.waitForReplies(5);
  return client;
}

test('a client that sent eof behind more than 32 queued messages gets the final of all its audio at shutdown', { timeout: 120_000 }, async () => {
  // A generous bound: this test is about the unread eof, not about running out of time.
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { shutdownMs: 60_000 } });
  const fixture = speechFixture('long');
  const pcm = frames(readPcmFixture(fixture.path).pcm, FRAME_BYTES);
  assert.ok(pcm.length > 64, `the recording should be a backlog of well over 32 messages (${pcm.length})`);
  const client = await backlogThenEof(server.url, pcm);
  const closing = server.close();
  const closed = await client.closed;
  await closing;
  assert.equal(closed.code, 1000, `${closed.code} ${closed.reason}`);
  const text = client.finals().join(' ');
  // The whole recording, its last words included (≈5 % WER when decoded without a shutdown).
  assert.ok(wordErrorRate(fixture.text, text) < 0.3, `final "${text}" is not "${fixture.text}"`);
  assert.match(text, /messages/, 'the last words were decoded too');
});

test('a backlog that cannot be decoded within the shutdown bound ends with 1001 and a reason, not a cut connection', { timeout: 60_000 }, async () => {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { shutdownMs: 1 } });
  const pcm = frames(readPcmFixture(speechFixture('long').path).pcm, FRAME_BYTES);
  const client = await backlogThenEof(server.url, pcm);
  const closing = server.close();
  const closed = await client.closed;
  await closing;
  assert.equal(closed.code, 1001, `${closed.code} ${closed.reason}`);
  // Not the reason a client still talking gets: this one said everything and lost it.
  assert.match(closed.reason, /shut down before your audio was decoded/);
});
