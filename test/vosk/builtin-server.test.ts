// The client against the real built-in server (PocketSphinx): numbered replies line up
// with what we sent, endpoints give several finals, reset works, and the probe says "up".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readWav } from '../../electron/audio/wav.js';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import { VoskConnection } from '../../electron/vosk/connection.js';
import { probeServer } from '../../electron/vosk/probe.js';
import { speechFixture } from '../helpers/fixtures.js';
import { wordErrorRate } from '../helpers/wer.js';

let server: BuiltinServer;
before(async () => {
  server = await startBuiltinServer({ engine: 'sphinx' });
});
after(() => server.close());

const pcmOf = (name: string): Buffer => readWav(readFileSync(speechFixture(name).path)).pcm;

test('every frame gets one reply, in order, and the final answers the eof message', async () => {
  const pcm = pcmOf('hello');
  const connection = await VoskConnection.open({ url: server.url, config: { sample_rate: 16000 } });
  const indices: number[] = [];
  const texts: string[] = [];
  connection.on('partial', (_t, i) => indices.push(i));
  connection.on('final', (r, i) => {
    indices.push(i);
    texts.push(r.text);
  });
  let sent = 0;
  for (let offset = 0; offset < pcm.length; offset += 3200) sent = connection.sendAudio(pcm.subarray(offset, offset + 3200)).last + 1;
  const final = await connection.endUtterance('eof', 20_000);
  assert.deepEqual(indices, Array.from({ length: sent + 1 }, (_, i) => i), 'one reply per message, numbered in order');
  assert.equal(texts.at(-1), final.text, 'the last final is the answer to eof');
  const heard = texts.filter(Boolean).join(' ');
  assert.ok(wordErrorRate('hello world', heard) <= 0.4, `heard "${heard}"`);
  await connection.close();
});

test('three sentences with pauses: several finals, together close to what was said', async () => {
  const multi = speechFixture('multi');
  const connection = await VoskConnection.open({ url: server.url, config: { sample_rate: 16000 } });
  const finals: string[] = [];
  connection.on('final', (reply) => finals.push(reply.text));
  const pcm = pcmOf('multi');
  for (let offset = 0; offset < pcm.length; offset += 3200) connection.sendAudio(pcm.subarray(offset, offset + 3200));
  await connection.endUtterance('eof', 20_000);
  await connection.close();
  const heard = finals.filter(Boolean);
  assert.ok(heard.length >= 2, `expected finals at the pauses, got ${JSON.stringify(heard)}`);
  const wer = wordErrorRate(multi.text, heard.join(' '));
  assert.ok(wer <= 0.4, `WER ${(wer * 100).toFixed(0)} % for ${JSON.stringify(heard)}`);
});

test('reset gives the final and keeps the socket for the next utterance', async () => {
  const connection = await VoskConnection.open({ url: server.url, config: { sample_rate: 16000 } });
  connection.sendAudio(pcmOf('hello'));
  const first = await connection.endUtterance('reset', 20_000);
  connection.sendAudio(pcmOf('morning'));
  const second = await connection.endUtterance('reset', 20_000);
  assert.equal(connection.resetUnsupported, false);
  assert.ok(wordErrorRate(speechFixture('hello').text, first.text) <= 0.4, `first "${first.text}"`);
  assert.ok(wordErrorRate(speechFixture('morning').text, second.text) <= 0.5, `second "${second.text}"`);
  await connection.close();
});

test('the probe reports the built-in server as a working Vosk server', async () => {
  const probe = await probeServer(server.url, undefined, 10_000);
  assert.equal(probe.ok, true, probe.detail);
});
