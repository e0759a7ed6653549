// How fast speech recognition resumes after the server drops mid-utterance.
//
//   reconnect: the built-in server is closed mid-sentence (clients get 1001), stays down
//              0.5 s, and restarts on the same port; measured from the moment it is
//              listening again to the first non-empty partial result, which needs the
//              client's backoff to expire, a new socket, and the replayed audio decoded.
//   baseline:  a cold connect: begin() with the server up and the same 3 s of audio
//              already said, to the first non-empty partial (socket + decode, no backoff).
//
// Both use the app's default backoff (electron/vosk/recognition/backoff.ts) and run in the
// same process on the same server, so ratio = reconnect / baseline says what the backoff
// and replay cost on top of a plain connect. Prints results; asserts nothing.
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer, type BuiltinServer } from '../electron/engine/server.js';
import { VoskRecognition } from '../electron/vosk/recognition/index.js';
import { feed, speech } from '../test/resilience/helpers/speech.js';
import { Recorder } from '../test/resilience/helpers/recorder.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KILL_AT_FRAME = 30; // 3 s into 'long', mid-sentence
const DOWN_MS = 500;
const audio = speech('long');

function recognitionFor(url: string): VoskRecognition {
  return new VoskRecognition({ resolveServer: async () => ({ url }), config: () => ({ sample_rate: 16000 }) });
}

async function baselineRun(server: BuiltinServer): Promise<number> {
  const recognition = recognitionFor(server.url);
  const recorder = new Recorder();
  const firstPartial = recorder.nextPartial();
  const started = performance.now();
  const stream = recognition.begin(recorder);
  for (const frame of audio.frames.slice(0, KILL_AT_FRAME)) stream.pushAudio(frame);
  await firstPartial;
  const ms = performance.now() - started;
  stream.abort();
  await recognition.close();
  return ms;
}

async function reconnectRun(holder: { server: BuiltinServer }): Promise<number> {
  const recognition = recognitionFor(holder.server.url);
  const recorder = new Recorder();
  const stream = recognition.begin(recorder);
  let upAt = 0;
  let resumed: Promise<void> = Promise.resolve();
  await feed(stream, audio, 1, async (i) => {
    if (i !== KILL_AT_FRAME) return;
    const port = holder.server.port;
    await holder.server.close();
    // Keep feeding while it is down (as a microphone would): restart in the background.
    void sleep(DOWN_MS).then(async () => {
      holder.server = await startBuiltinServer({ engine: 'sphinx', port });
      resumed = recorder.nextPartial();
      upAt = performance.now();
    });
  });
  while (upAt === 0) await sleep(10);
  await resumed;
  const ms = performance.now() - upAt;
  await stream.finish(15_000).catch(() => undefined);
  await recognition.close();
  return ms;
}

const holder = { server: await startBuiltinServer({ engine: 'sphinx' }) };
const baseline: number[] = [];
const reconnect: number[] = [];
for (let run = 0; run < RUNS; run++) {
  baseline.push(await baselineRun(holder.server));
  reconnect.push(await reconnectRun(holder));
  console.log(`run ${run + 1}: baseline ${baseline.at(-1)!.toFixed(0)} ms, reconnect ${reconnect.at(-1)!.toFixed(0)} ms`);
}
await holder.server.close();

const median = (xs: number[]): number => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
console.log(`cold connect → first partial (baseline): median ${median(baseline).toFixed(0)} ms, p95 ${quantile(baseline, 0.95).toFixed(0)} ms`);
console.log(`server back up → first partial:          median ${median(reconnect).toFixed(0)} ms, p95 ${quantile(reconnect, 0.95).toFixed(0)} ms`);
console.log(`ratio reconnect / baseline (median): ${(median(reconnect) / median(baseline)).toFixed(2)}`);
