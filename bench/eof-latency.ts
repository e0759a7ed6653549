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
// Goal: ours / lock-step ≤ 0.2. Prints results; asserts nothing.
import { readFileSync } from 'node:fs';
import { readWav } from '../electron/audio/wav.js';
import { startBuiltinServer } from '../electron/engine/server.js';
import { VoskConnection } from '../electron/vosk/connection.js';
import { audioEndsAt, pacedBlocks, BYTES_PER_SECOND } from './helpers/paced-audio.js';
import { median } from './helpers/stats.js';
import { wordErrorRate } from '../test/helpers/wer.js';
import { speechFixture } from '../test/helpers/fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FIXTURE = speechFixture(process.env.BENCH_FIXTURE ?? 'weather');
const OURS_FRAME_BYTES = BYTES_PER_SECOND / 10; // 100 ms
const LOCKSTEP_BLOCK_BYTES = BYTES_PER_SECOND / 2; // 0.5 s

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

const pcm = readWav(readFileSync(FIXTURE.path)).pcm;
const server = await startBuiltinServer({ engine: 'sphinx' });
try {
  console.log(`eof-latency: fixture "${FIXTURE.name}" (${(pcm.length / BYTES_PER_SECOND).toFixed(2)} s), built-in sphinx server, ${RUNS} runs each after one warm-up`);
  await fullDuplex(server.url, pcm);
  await lockStep(server.url, pcm);
  const ours: Run[] = [];
  const theirs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so a busy moment on the machine hits both clients alike.
    ours.push(await fullDuplex(server.url, pcm));
    theirs.push(await lockStep(server.url, pcm));
  }
  const report = (name: string, runs: Run[]): number => {
    const m = median(runs.map((r) => r.latencyMs));
    const wer = median(runs.map((r) => wordErrorRate(FIXTURE.text, r.text)));
    console.log(`  ${name.padEnd(10)} median ${m.toFixed(0).padStart(5)} ms   runs: ${runs.map((r) => r.latencyMs.toFixed(0)).join(', ')} ms   median WER ${(wer * 100).toFixed(0)} %${runs[0]?.owedAtEnd === undefined ? '' : `   replies owed at end of audio: ${runs.map((r) => r.owedAtEnd).join(', ')}`}`);
    return m;
  };
  const oursMedian = report('ours', ours);
  const theirsMedian = report('lock-step', theirs);
  const ratio = oursMedian / theirsMedian;
  console.log(`  ratio ours/lock-step = ${ratio.toFixed(3)} (goal ≤ 0.2: ${ratio <= 0.2 ? 'met' : 'NOT met'})`);
} finally {
  await server.close();
}
