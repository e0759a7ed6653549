// End of audio → final text, for our client against a lock-step client, on the same
// built-in server with the same fixture audio delivered at real-time pace.
//
//   ours:      ≈100 ms frames sent the moment they are captured, replies read as they
//              come (full duplex), eof right after the last frame.
//   lock-step: 0.5 s blocks, each sent only after the reply to the previous one, like
//              vosk-server's classic test.py; eof after the last reply.
//
// Latency = final result received − moment the last sample was captured. Both clients
// flush a short last block at that moment; the lock-step client then needs one round trip
// for that block and another for eof, and falls behind whenever a block's round trip plus
// processing exceeds 0.5 s; ours pipelines the last frame and eof. On a local server the
// round trip is near zero, so most of both numbers is the recognizer's final pass.
//
// Two scenarios, same server, same audio:
//   loopback: straight to the built-in server (the honest local figure);
//   internet: through a TCP proxy that delays each direction by BENCH_ONE_WAY_MS (default
//             40 ms, about a European user to a Hugging Face Space), which is where the
//             lock-step client's extra round trips show.
// Goal: ours / lock-step ≤ 0.2. Then, since PocketSphinx's final pass is most of the local
// figure, what that pass costs and buys (helpers/sphinx-final-pass.ts): each combination of
// its second passes on the flite fixtures and Debian's LibriVox clips (human speech),
// end-of-utterance time and WER. Prints results; asserts nothing.
import { readFileSync } from 'node:fs';
import { readWav } from '../electron/audio/wav.js';
import { startBuiltinServer } from '../electron/engine/server.js';
import { startDelayProxy } from './helpers/delay-proxy.js';
import { VoskConnection } from '../electron/vosk/connection.js';
import { audioEndsAt, pacedBlocks, BYTES_PER_SECOND } from './helpers/paced-audio.js';
import { median, quantile } from './helpers/stats.js';
import { wordErrorRate } from '../test/helpers/wer.js';
import { allSingleFixtures, speechFixture } from '../test/helpers/fixtures.js';
import { FINAL_PASS_VARIANTS, LIBRIVOX_DIR, int16, librivoxClips, timeFinalPass, type Clip } from './helpers/sphinx-final-pass.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FIXTURE = speechFixture(process.env.BENCH_FIXTURE ?? 'weather');
const OURS_FRAME_BYTES = BYTES_PER_SECOND / 10; // 100 ms
const LOCKSTEP_BLOCK_BYTES = BYTES_PER_SECOND / 2; // 0.5 s
const ONE_WAY_MS = Number(process.env.BENCH_ONE_WAY_MS ?? 40);

interface Run {
  latencyMs: number;
  text: string;
  /** Full duplex only: replies still owed when the last sample was captured (server lag). */
  owedAtEnd?: number;
}

async function fullDuplex(url: string, pcm: Uint8Array): Promise<Run> {
  const connection = await VoskConnection.open({ url, config: { sample_rate: 16000 } });
  const texts: string[] = [];
  connection.on('final', (reply) => texts.push(reply.text));
  const started = performance.now();
  for await (const frame of pacedBlocks(pcm, OURS_FRAME_BYTES, started)) connection.sendAudio(frame);
  const owedAtEnd = connection.sentCount - connection.replyCount;
  await connection.endUtterance('eof', 60_000);
  const latencyMs = performance.now() - audioEndsAt(pcm, started);
  await connection.close();
  return { latencyMs, text: texts.join(' '), owedAtEnd };
}

async function lockStep(url: string, pcm: Uint8Array): Promise<Run> {
  const connection = await VoskConnection.open({ url, config: { sample_rate: 16000 } });
  const texts: string[] = [];
  connection.on('final', (reply) => texts.push(reply.text));
  const nextReply = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        connection.off('partial', done);
        connection.off('final', done);
        resolve();
      };
      connection.on('partial', done);
      connection.on('final', done);
    });
  const started = performance.now();
  for await (const block of pacedBlocks(pcm, LOCKSTEP_BLOCK_BYTES, started)) {
    const replied = nextReply();
    connection.sendAudio(block);
    await replied;
  }
  await connection.endUtterance('eof', 60_000);
  const latencyMs = performance.now() - audioEndsAt(pcm, started);
  await connection.close();
  return { latencyMs, text: texts.join(' ') };
}

/** Runs both clients against one URL and prints their medians and the ratio. */
async function compare(scenario: string, url: string): Promise<void> {
  console.log(`  ${scenario}:`);
  await fullDuplex(url, pcm);
  await lockStep(url, pcm);
  const ours: Run[] = [];
  const theirs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so a busy moment on the machine hits both clients alike.
    ours.push(await fullDuplex(url, pcm));
    theirs.push(await lockStep(url, pcm));
  }
  const report = (name: string, runs: Run[]): number => {
    const m = median(runs.map((r) => r.latencyMs));
    const wer = median(runs.map((r) => wordErrorRate(FIXTURE.text, r.text)));
    console.log(`    ${name.padEnd(10)} median ${m.toFixed(0).padStart(5)} ms   runs: ${runs.map((r) => r.latencyMs.toFixed(0)).join(', ')} ms   median WER ${(wer * 100).toFixed(0)} %${runs[0]?.owedAtEnd === undefined ? '' : `   replies owed at end of audio: ${runs.map((r) => r.owedAtEnd).join(', ')}`}`);
    return m;
  };
  const oursMedian = report('ours', ours);
  const theirsMedian = report('lock-step', theirs);
  const ratio = oursMedian / theirsMedian;
  console.log(`    ratio ours/lock-step = ${ratio.toFixed(3)} (goal ≤ 0.2: ${ratio <= 0.2 ? 'met' : 'NOT met'})`);
}

const pcm = readWav(readFileSync(FIXTURE.path)).pcm;
const server = await startBuiltinServer({ engine: 'sphinx' });
const proxy = await startDelayProxy(server.url, ONE_WAY_MS);
try {
  console.log(`eof-latency: fixture "${FIXTURE.name}" (${(pcm.length / BYTES_PER_SECOND).toFixed(2)} s), built-in sphinx server, ${RUNS} runs per client and scenario after one warm-up each`);
  await compare('loopback (client and server on this machine)', server.url);
  await compare(`simulated internet (TCP proxy, ${ONE_WAY_MS} ms each way, ${2 * ONE_WAY_MS} ms round trip)`, proxy.url);
} finally {
  await proxy.close();
  await server.close();
}

/** Word errors over a whole set (not a mean of per-clip rates, which short clips would sway). */
function corpusWer(clips: Clip[], texts: string[]): number {
  let errors = 0;
  let words = 0;
  clips.forEach((clip, i) => {
    const n = clip.text.split(/\s+/).filter(Boolean).length;
    errors += wordErrorRate(clip.text, texts[i] ?? '') * n;
    words += n;
  });
  return errors / words;
}

function reportFinalPass(): void {
  const sets: [string, Clip[]][] = [['flite fixtures', allSingleFixtures().map((f) => ({ name: f.name, text: f.text, pcm: int16(readWav(readFileSync(f.path)).pcm) }))]];
  const librivox = librivoxClips();
  if (librivox.length > 0) sets.push(['LibriVox clips', librivox]);
  else console.log(`  (no LibriVox clips in ${LIBRIVOX_DIR}: install pocketsphinx-testdata for human speech; flite only)`);
  const seconds = (clips: Clip[]) => clips.reduce((sum, c) => sum + c.pcm.length / 16000, 0);
  console.log(`PocketSphinx end of utterance (ps_end_utt + first ps_get_hyp), decoded on this thread in 100 ms chunks; ${sets.map(([name, clips]) => `${name}: ${clips.length} clips, ${seconds(clips).toFixed(1)} s`).join('; ')}`);
  let baseline: number | undefined;
  for (const variant of FINAL_PASS_VARIANTS) {
    const parts: string[] = [];
    const endCosts: number[] = [];
    for (const [name, clips] of sets) {
      const timings = timeFinalPass(clips, variant.args);
      const costs = timings.map((t) => t.endUttMs + t.finalHypMs);
      endCosts.push(...costs);
      const perSecond = costs.reduce((a, b) => a + b, 0) / seconds(clips);
      parts.push(`${name}: WER ${(corpusWer(clips, timings.map((t) => t.text)) * 100).toFixed(1)} %, ${perSecond.toFixed(1)} ms per s of speech`);
    }
    const m = median(endCosts);
    baseline ??= m;
    console.log(`  ${variant.name.padEnd(31)} end cost median ${m.toFixed(0).padStart(3)} ms, p95 ${quantile(endCosts, 0.95).toFixed(0).padStart(3)} ms (×${(m / baseline).toFixed(2)} of the default)   ${parts.join('   ')}`);
  }
}

reportFinalPass();
