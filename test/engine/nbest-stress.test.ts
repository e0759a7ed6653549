// The n-best paths (ps_nbest, ps_nbest_seg) run on every final asked for with
// max_alternatives or words: under glibc's heap checker (see stress.test.ts for why it is
// preloaded), bursts of clients that ask for them and vanish mid-utterance, on speech with
// endpoints so finals are computed while others are cut off, must not take `voskey serve`
// down; afterwards a client still gets alternatives with timed words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { speechFixture } from '../helpers/fixtures.js';
import { burst, framesOf } from './abuse.js';
import { readPcmFixture } from './pcm-fixture.js';
import { transcribe } from './ws-test-client.js';

const MALLOC_DEBUG = '/lib/x86_64-linux-gnu/libc_malloc_debug.so.0';
const CONFIGS = [
  { sample_rate: 16000, max_alternatives: 5, words: true },
  { sample_rate: 16000, words: true },
  { sample_rate: 16000, max_alternatives: 2 },
];

test('bursts asking for n-best finals and per-word conf, half vanishing mid-utterance, under MALLOC_CHECK_=3: no abort', { timeout: 240_000 }, async (t) => {
  const checker = { MALLOC_CHECK_: '3', MALLOC_PERTURB_: '165', ...(existsSync(MALLOC_DEBUG) ? { LD_PRELOAD: MALLOC_DEBUG } : {}) };
  if (!checker.LD_PRELOAD) console.log(`  ${MALLOC_DEBUG} is missing: MALLOC_CHECK_ has no effect on this glibc; MALLOC_PERTURB_ still applies`);
  const cli = fileURLToPath(new URL('../../dist/electron/cli.js', import.meta.url));
  assert.ok(existsSync(cli), `${cli} is missing: run npm run build`);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--capacity', '6'], { env: { ...process.env, ...checker } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let exit: string | undefined;
  child.on('exit', (code, signal) => (exit = `exit code ${code}, signal ${signal}`));
  t.after(() => child.kill('SIGKILL'));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('exit', () => reject(new Error(`serve ended before listening: ${stderr}`)));
  });
  // multi: three sentences with pauses, so finals (and their n-best search) come mid-stream.
  const frames = framesOf(readPcmFixture(speechFixture('multi').path).pcm);
  for (const clients of [8, 12]) {
    const result = await burst(url, clients, frames, (i) => CONFIGS[i % CONFIGS.length]!);
    console.log(`  burst of ${clients}: ${JSON.stringify(result)}`);
    assert.equal(exit, undefined, `the server died: ${exit}\n${stderr.slice(-1500)}`);
  }
  const weather = readPcmFixture(speechFixture('weather').path);
  const { client, close } = await transcribe(url, [weather.pcm], CONFIGS[0]);
  assert.equal(close.code, 1000, close.reason);
  const finals = client.raw.map((r) => JSON.parse(r) as { alternatives?: { text: string; result?: unknown[] }[] }).filter((r) => r.alternatives?.[0]?.text);
  assert.ok(finals.length > 0 && finals.every((f) => f.alternatives!.every((a) => Array.isArray(a.result))), client.raw.join(' | '));
  assert.equal(exit, undefined, `the server died: ${exit}\n${stderr.slice(-1500)}`);
});
