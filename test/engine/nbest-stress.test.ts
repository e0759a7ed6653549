// The n-best paths (ps_nbest, ps_nbest_seg) run on every final asked for with
// max_alternatives or words: under glibc's heap checker (see stress.test.ts for why it is
// preloaded), bursts of clients that ask for them and vanish mid-utterance, on speech with
// endpoints so finals are computed while others are cut off, must not take `voskey serve`
// down; afterwards a client still gets alternatives with timed words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speechFixture } from '../helpers/fixtures.js';
import { burst, framesOf } from './abuse.js';
import { readPcmFixture } from './pcm-fixture.js';
import { serveUnderHeapChecker } from './checked-server.js';
import { transcribe } from './ws-test-client.js';

const CONFIGS = [
  { sample_rate: 16000, max_alternatives: 5, words: true },
  { sample_rate: 16000, words: true },
  { sample_rate: 16000, max_alternatives: 2 },
];

test('bursts asking for n-best finals and per-word conf, half vanishing mid-utterance, under MALLOC_CHECK_=3: no abort', { timeout: 240_000 }, async (t) => {
  const server = await serveUnderHeapChecker(t, 6);
  const { url } = server;
  // multi: three sentences with pauses, so finals (and their n-best search) come mid-stream.
  const frames = framesOf(readPcmFixture(speechFixture('multi').path).pcm);
  for (const clients of [8, 12]) {
    const result = await burst(url, clients, frames, (i) => CONFIGS[i % CONFIGS.length]!);
    console.log(`  burst of ${clients}: ${JSON.stringify(result)}`);
    assert.equal(server.exit(), undefined, `the server died: ${server.exit()}\n${server.stderr().slice(-1500)}`);
  }
  const weather = readPcmFixture(speechFixture('weather').path);
  const { client, close } = await transcribe(url, [weather.pcm], CONFIGS[0]);
  assert.equal(close.code, 1000, close.reason);
  const finals = client.raw.map((r) => JSON.parse(r) as { alternatives?: { text: string; result?: unknown[] }[] }).filter((r) => r.alternatives?.[0]?.text);
  assert.ok(finals.length > 0 && finals.every((f) => f.alternatives!.every((a) => Array.isArray(a.result))), client.raw.join(' | '));
  assert.equal(server.exit(), undefined, `the server died: ${server.exit()}\n${server.stderr().slice(-1500)}`);
});
