// How fast speech recognition resumes after the server drops mid-utterance.
//
//   reconnect: the built-in server is closed mid-sentence (clients get 1001), stays down
//              0.5 s, and restarts on the same port, while audio keeps coming at real time
//              (as from a microphone). Measured from the moment it is listening again to
//              the first non-empty partial, and to "caught up" (the server has answered
//              all the replayed audio, so partials are live speech again). The breakdown
//              says where the time goes: waiting for the next connect attempt (backoff),
//              opening the socket, the first reply, the rest of the replay.
//   baseline:  a cold connect: begin() with the server up and the same 3 s of audio
//              already said, to the first non-empty partial (socket + decode, no backoff).
//
// Each reconnect variant runs in the same process on the same server, interleaved with
// the baseline, so the ratios to the baseline compare like with like. "before" is the
// client as it was (backoff 250 ms doubling to 2 s, replay one 100 ms frame per message);
// "defaults" is the client as it is. Prints results; asserts nothing.
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer, type BuiltinServer } from '../electron/engine/server.js';
import { VoskRecognition, type RecognitionOptions } from '../electron/vosk/recognition/index.js';
import { feed, speech } from '../test/resilience/helpers/speech.js';
import { Recorder } from '../test/resilience/helpers/recorder.js';
import { describeMs, median } from './helpers/stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KILL_AT_FRAME = 30; // 3 s into 'long', mid-sentence
const DOWN_MS = 500;
const audio = speech('long');

type Tuning = Pick<RecognitionOptions, 'backoff' | 'replayMessageSeconds'>;
const VARIANTS: { name: string; tuning: Tuning }[] = [
  { name: 'before (backoff ≤2 s, 100 ms replay messages)', tuning: { backoff: { initialMs: 250, maxMs: 2000 }, replayMessageSeconds: 0.1 } },
  { name: 'new backoff, 100 ms replay messages', tuning: { replayMessageSeconds: 0.1 } },
  { name: 'new backoff, 1 s replay messages', tuning: { replayMessageSeconds: 1 } },
];

/** Timestamps the first non-empty partial when it arrives. */
class TimedRecorder extends Recorder {
  firstPartialAfter = 0;
  firstPartialAt = 0;
  override onPartial(text: string): void {
    if (text && this.firstPartialAfter > 0 && this.firstPartialAt === 0) this.firstPartialAt = performance.now();
    super.onPartial(text);
  }
}

function recognitionFor(url: string, tuning: Tuning): VoskRecognition {
  return new VoskRecognition({ resolveServer: async () => ({ url }), config: () => ({ sample_rate: 16000 }), ...tuning });
}

async function baselineRun(server: BuiltinServer): Promise<number> {
  const recognition = recognitionFor(server.url, {});
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

interface Sample {
  toPartial: number;
  toCaughtUp: number;
  waitForAttempt: number;
  openToFirstReply: number;
  attempts: number;
  replayMessages: number;
  replaySeconds: number;
  restartMs: number;
}

async function reconnectRun(holder: { server: BuiltinServer }, tuning: Tuning): Promise<Sample> {
  const recognition = recognitionFor(holder.server.url, tuning);
  const recorder = new TimedRecorder();
  const stream = recognition.begin(recorder);
  let upAt = 0;
  let restartMs = 0;
  await feed(stream, audio, 1, async (i) => {
    if (i !== KILL_AT_FRAME) return;
    const port = holder.server.port;
    await holder.server.close();
    // Keep feeding while it is down (as a microphone would): restart in the background.
    void sleep(DOWN_MS).then(async () => {
      const starting = performance.now();
      holder.server = await startBuiltinServer({ engine: 'sphinx', port });
      upAt = performance.now();
      restartMs = upAt - starting; // loads a decoder before it listens
      recorder.firstPartialAfter = upAt;
    });
  });
  await stream.finish(15_000).catch(() => undefined);
  const recovery = stream.stats.recoveries[0];
  await recognition.close();
  if (!recovery?.openedAt || !recovery.firstReplyAt || !recovery.caughtUpAt || !recorder.firstPartialAt || !upAt) {
    throw new Error(`the run did not recover as expected: ${JSON.stringify({ recovery, upAt, partialAt: recorder.firstPartialAt })}`);
  }
  return {
    toPartial: recorder.firstPartialAt - upAt,
    toCaughtUp: recovery.caughtUpAt - upAt,
    waitForAttempt: recovery.openedAt - upAt,
    openToFirstReply: recovery.firstReplyAt - recovery.openedAt,
    attempts: recovery.attempts,
    replayMessages: recovery.replayMessages,
    replaySeconds: recovery.replaySeconds,
    restartMs,
  };
}

const holder = { server: await startBuiltinServer({ engine: 'sphinx' }) };
const baseline: number[] = [];
const samples = VARIANTS.map(() => [] as Sample[]);
for (let run = 0; run < RUNS; run++) {
  for (const [v, variant] of VARIANTS.entries()) {
    baseline.push(await baselineRun(holder.server));
    const sample = await reconnectRun(holder, variant.tuning);
    samples[v]!.push(sample);
    console.log(
      `run ${run + 1} ${variant.name}: first partial ${sample.toPartial.toFixed(0)} ms, caught up ${sample.toCaughtUp.toFixed(0)} ms ` +
        `(opened +${sample.waitForAttempt.toFixed(0)} ms after ${sample.attempts} attempts, first reply +${sample.openToFirstReply.toFixed(0)} ms, ` +
        `replayed ${sample.replaySeconds.toFixed(1)} s in ${sample.replayMessages} messages; server restart ${sample.restartMs.toFixed(0)} ms)`,
    );
  }
}
await holder.server.close();

const pick = (xs: Sample[], key: keyof Sample): number[] => xs.map((s) => s[key]);
console.log(`\ncold connect → first partial (baseline): ${describeMs(baseline)}`);
for (const [v, variant] of VARIANTS.entries()) {
  const xs = samples[v]!;
  console.log(`${variant.name}:`);
  console.log(`  server back up → first partial: ${describeMs(pick(xs, 'toPartial'))}; ratio to baseline ${(median(pick(xs, 'toPartial')) / median(baseline)).toFixed(2)}`);
  console.log(`  server back up → caught up:     ${describeMs(pick(xs, 'toCaughtUp'))}`);
  console.log(`  of which waiting for the next attempt: ${describeMs(pick(xs, 'waitForAttempt'))}; open → first reply: ${describeMs(pick(xs, 'openToFirstReply'))}`);
}
