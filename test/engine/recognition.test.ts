// Speech in, words out: every flite fixture streamed through the built-in server with
// PocketSphinx in 100 ms frames, scored by word error rate against what was said.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import { allSingleFixtures, speechFixture } from '../helpers/fixtures.js';
import { wordErrorRate } from '../helpers/wer.js';
import { frames, readPcmFixture } from './pcm-fixture.js';
import { transcribe } from './ws-test-client.js';

// Measured on this machine: hello, weather, numbers, morning 0 %, long 5 %, punctuation
// 25 % ("how are you" is heard as "now are you a"), mean ≈ 5 %; multi ≈ 10 %. (flite's
// kal16 voice scored 63 % on "morning", so the fixtures use slt, rms and awb.) The margins
// absorb frame alignment moving a word; a broken decoder or misaligned samples scores
// near 100 %.
const MAX_WER_EACH = 0.4;
const MAX_WER_MEAN = 0.15;
const MAX_WER_MULTI = 0.3;
const FRAME_BYTES = 3200; // 100 ms at 16 kHz, what the app sends

let server: BuiltinServer;
before(async () => {
  server = await startBuiltinServer({ engine: 'sphinx' });
});
after(() => server.close());

test('each speech fixture is recognised within the WER threshold', async () => {
  const rates: number[] = [];
  for (const fixture of allSingleFixtures()) {
    const { pcm, seconds } = readPcmFixture(fixture.path);
    const started = performance.now();
    const { client, close } = await transcribe(server.url, frames(pcm, FRAME_BYTES));
    const elapsed = (performance.now() - started) / 1000;
    assert.equal(close.code, 1000, `${fixture.name}: closed ${close.code} ${close.reason}`);
    const heard = client.finals().join(' ').trim();
    const wer = wordErrorRate(fixture.text, heard);
    rates.push(wer);
    console.log(
      `  ${fixture.name}: WER ${(wer * 100).toFixed(0)} %, real-time factor ${(elapsed / seconds).toFixed(2)}, heard "${heard}"`,
    );
    assert.ok(wer <= MAX_WER_EACH, `${fixture.name}: WER ${wer.toFixed(2)} > ${MAX_WER_EACH}; heard "${heard}"`);
  }
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  console.log(`  mean WER ${(mean * 100).toFixed(1)} % over ${rates.length} fixtures`);
  assert.ok(mean <= MAX_WER_MEAN, `mean WER ${mean.toFixed(3)} > ${MAX_WER_MEAN}`);
});

test('three sentences with pauses give several final results, in order', async () => {
  const fixture = speechFixture('multi');
  const { pcm } = readPcmFixture(fixture.path);
  const { client, close } = await transcribe(server.url, frames(pcm, FRAME_BYTES));
  assert.equal(close.code, 1000);
  const finals = client.finals().filter((text) => text !== '');
  const heard = finals.join(' ');
  const wer = wordErrorRate(fixture.text, heard);
  console.log(`  multi: ${finals.length} finals, WER ${(wer * 100).toFixed(0)} %: ${JSON.stringify(finals)}`);
  assert.ok(finals.length >= 2, `expected an endpoint between sentences, got finals ${JSON.stringify(finals)}`);
  assert.match(finals[0]!, /hello/, 'the first sentence comes first');
  assert.ok(wer <= MAX_WER_MULTI, `multi: WER ${wer.toFixed(2)}; heard "${heard}"`);
});
