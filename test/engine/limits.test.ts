// What the built-in server refuses, and how fast it lets go: browser pages (Origin),
// sockets that never speak, clients beyond its capacity (1013, while the accepted ones
// keep real-time replies), and a SIGTERM while recognizers are loading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { EOF_FRAME } from '../../electron/vosk/protocol.js';
import { speechFixture } from '../helpers/fixtures.js';
import { framesOf } from './abuse.js';
import { readPcmFixture } from './pcm-fixture.js';
import { TestClient } from './ws-test-client.js';

function handshake(url: string, headers: Record<string, string>): Promise<{ status: number; body?: string }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => {
      socket.close();
      resolve({ status: 101 });
    });
    socket.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    socket.once('error', () => undefined);
  });
}

test('a browser page (Origin header) is refused at the handshake unless its origin is allowed', async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { allowedOrigins: ['http://localhost:5173'] } });
  t.after(() => server.close());
  const evil = await handshake(server.url, { Origin: 'https://evil.example' });
  assert.equal(evil.status, 403);
  assert.match(evil.body ?? '', /Origin https:\/\/evil\.example is not allowed/);
  const opaque = await handshake(server.url, { Origin: 'null' });
  assert.equal(opaque.status, 403);
  assert.match(opaque.body ?? '', /Origin null \(a local file or sandboxed page\) is never allowed/, 'no advice to allow null');
  assert.equal((await handshake(server.url, { Origin: 'http://localhost:5173' })).status, 101, 'an allowed origin connects');
  assert.equal((await handshake(server.url, {})).status, 101, 'a Vosk client (no Origin) connects');
});

test('a socket that sends neither config nor audio is closed after the idle timeout', async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { idleMs: 400 } });
  t.after(() => server.close());
  const silent = await TestClient.open(server.url);
  const talking = await TestClient.open(server.url);
  talking.config({ sample_rate: 16000 });
  await sleep(250);
  talking.send(Buffer.alloc(3200)); // within the timeout of its config: the timer starts again
  const close = await silent.closed;
  assert.equal(close.code, 1008);
  assert.match(close.reason, /no config or audio within 0\.4 s/);
  await talking.waitForReplies(1); // a socket that spoke in time is kept
  talking.close();
});

test('at capacity the next client is refused with 1013 at once, and the accepted streams keep real-time replies', async (t) => {
  // No lag bound here (admission.test.ts tests it): this is about the count alone, on a machine that may be shared.
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { capacity: 2, maxReplyLagMs: Infinity } });
  t.after(() => server.close());
  const frames = framesOf(readPcmFixture(speechFixture('weather').path).pcm).slice(0, 20);
  const accepted = [await TestClient.open(server.url), await TestClient.open(server.url)];
  for (const c of accepted) c.config({ sample_rate: 16000 });
  const began = performance.now();
  const third = await TestClient.open(server.url);
  const refusal = await third.closed;
  const refusedAfter = performance.now() - began;
  assert.equal(refusal.code, 1013);
  assert.match(refusal.reason, /server at capacity \(2 streams\); try again later/);
  console.log(`  refused after ${refusedAfter.toFixed(0)} ms`);
  // The two accepted clients stream in real time: every frame answered, in order.
  for (let i = 0; i < frames.length; i++) {
    for (const c of accepted) c.send(frames[i]!);
    await sleep(100);
  }
  for (const c of accepted) await c.waitForReplies(frames.length);
  for (const c of accepted) assert.equal(c.raw.length, frames.length);
  for (const c of accepted) c.close();
  await sleep(300);
  // A place is free again.
  const fourth = await TestClient.open(server.url);
  fourth.config({ sample_rate: 16000 });
  fourth.send(frames[0]!);
  await fourth.waitForReplies(1);
  fourth.close();
});

test('SIGTERM while recognizers are loading: voskey serve exits within 2 s', { timeout: 60_000 }, async () => {
  const cli = fileURLToPath(new URL('../../dist/electron/cli.js', import.meta.url));
  assert.ok(existsSync(cli), `${cli} is missing: run npm run build`);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--capacity', '12']);
  const url = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  // Clients that each ask for a recognizer: loads start and queue up.
  const clients = await Promise.all(Array.from({ length: 10 }, () => TestClient.open(url)));
  for (const c of clients) {
    c.config({ sample_rate: 16000 });
    c.send(Buffer.alloc(3200));
  }
  await sleep(150);
  const began = performance.now();
  child.kill('SIGTERM');
  const code = await exited;
  const took = performance.now() - began;
  console.log(`  exited ${code} after ${took.toFixed(0)} ms`);
  assert.equal(code, 0);
  assert.ok(took <= 2000, `SIGTERM took ${took.toFixed(0)} ms`);
  for (const c of clients) c.vanish();
});

test('shutdown gives a client that already sent eof its final (close 1000); one still talking gets 1001', { timeout: 30_000 }, async () => {
  // A generous shutdown bound: on a loaded machine the 2.5 s of audio took more than the
  // default 1 s to decode, and this test is about who is owed a final, not about the bound
  // (shutdown-backlog.test.ts tests what happens past it).
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { maxReplyLagMs: Infinity, shutdownMs: 30_000 } });
  const audio = framesOf(readPcmFixture(speechFixture('weather').path).pcm);
  const done = await TestClient.open(server.url);
  const talking = await TestClient.open(server.url);
  for (const c of [done, talking]) {
    c.config({ sample_rate: 16000 });
    c.send(audio[0]!);
    await c.waitForReplies(1); // both have their recognizer
  }
  // Fewer messages than the server reads ahead (32), so the eof has arrived while its decodes still run.
  for (const frame of audio.slice(1, 25)) done.send(frame);
  done.send(EOF_FRAME);
  await sleep(20);
  const closing = server.close();
  const [finished, cut] = await Promise.all([done.closed, talking.closed]);
  await closing;
  assert.equal(finished.code, 1000, `${finished.code} ${finished.reason}`);
  assert.equal(done.finals().length, 1);
  assert.notEqual(done.finals()[0], '', 'the final holds what was said');
  assert.equal(cut.code, 1001);
});
