// No clipped first word, in real Chromium with the fake microphone playing a speech file:
// the capture page keeps its AudioContext and worklet warm between utterances, and with
// "keep the microphone ready" holds the stream open and starts each utterance with the
// audio from just before the key press (the pre-roll) — in order, nothing lost, nothing
// repeated. Without that setting the microphone is released whenever nobody dictates.
// How fast a start is lives in bench/capture-start.ts; here only what a user would notice.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CaptureOptions } from '../../electron/dictation/capture-types.js';
import { eventually } from '../helpers/eventually.js';
import { speechFixture } from '../helpers/fixtures.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { CAPTURE_PROBE_SCRIPT, PROBE_STREAMS, PROBE_WARMTH } from './capture-probe.js';
import { capture, levelsFor } from './capture-run.js';
import { align, correlationAt, readWavSamples } from './pcm.js';

const CAPTURE_PAGE = 'renderer/audio/capture.html';
const RATE = 16000;
// Speech from 0.5 s to 6.7 s: long enough for a key press in the middle of a word and two
// utterances after it.
const fixture = speechFixture('long');
const source = readWavSamples(fixture.path).samples;
/** scripts/make-fixtures.sh pads every fixture with 0.3 s of silence before the speech. */
const LEADING_SILENCE = 0.3 * RATE;
const PRE_ROLL_MS = 300;
const PRE_ROLL = (PRE_ROLL_MS * RATE) / 1000;

const RAW: CaptureOptions = { deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false };
const READY: CaptureOptions = { ...RAW, keepReady: true, preRollMs: PRE_ROLL_MS };
const NOT_READY: CaptureOptions = { ...RAW, keepReady: false, preRollMs: PRE_ROLL_MS };

interface StreamState {
  openedAt: number;
  trackStates: string[];
}

const nowEpoch = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rms(samples: Int16Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

describe('capture page kept warm, with and without "keep the microphone ready"', () => {
  let harness: PageHarness;
  const streams = () => harness.page.evaluate<StreamState[]>(PROBE_STREAMS);
  /** Waits until the page's streams satisfy `condition` (the page acts on its own time); a timeout shows them. */
  function streamsWhen(condition: (s: StreamState[]) => boolean, what: string): Promise<StreamState[]> {
    return eventually(
      what,
      async () => {
        const state = await streams();
        if (!condition(state)) throw new Error(`streams: ${JSON.stringify(state)}`);
        return state;
      },
      5000,
    );
  }

  before(async () => {
    harness = await startPageHarness({ fakeMicWav: fixture.path });
    await harness.page.addInitScript({ content: CAPTURE_PROBE_SCRIPT });
    await harness.open(CAPTURE_PAGE);
  });
  after(() => harness.close());

  test('without it, a second start reuses the warm audio graph, captures from the start and releases the mic each time', async (t) => {
    for (const round of [1, 2]) {
      const result = await capture(harness, NOT_READY, levelsFor(RATE));
      assert.deepEqual(result.end, { reason: 'stopped' });
      assert.equal(result.samples.length, result.workletSamples, `round ${round}: every sample the worklet received was sent`);
      assert.deepEqual(result.started.map((s) => s.preRollMs), [0], `round ${round}: one start, with no pre-roll`);
      // Each start opens the fake device again, which plays the file from its beginning:
      // a start that misses nothing holds all of the file's speech (a negative lag is a
      // little silence from before the file began).
      const { lag, correlation } = align(source, result.samples, RATE);
      assert.ok(correlation >= 0.95, `round ${round}: correlation with the source ${correlation.toFixed(3)}`);
      assert.ok(lag < LEADING_SILENCE, `round ${round}: capture starts ${lag} samples into the file`);
      assert.deepEqual(result.trackStates, ['ended'], `round ${round}: the microphone is released once capture ended`);
      t.diagnostic(`round ${round}: starts at sample ${lag}, first sample ${result.started[0]!.waitedMs.toFixed(0)} ms after the start`);
    }
    assert.deepEqual(await harness.page.evaluate(PROBE_WARMTH), { contexts: 1, modules: 1 }, 'one AudioContext and one module load for both');
    assert.deepEqual(harness.pageErrors, []);
  });

  test('with it, the utterance starts with the audio from before the key press, and the next one continues it exactly', async (t) => {
    const opened = (await streams()).length;
    harness.emit('capture:prepare', READY);
    const held = await streamsWhen((s) => s.length === opened + 1 && s.at(-1)!.trackStates[0] === 'live', 'the microphone is opened while idle');
    // Press the key 1.5 s into the file, in the middle of the speech.
    const openedAt = held.at(-1)!.openedAt;
    await sleep(Math.max(0, openedAt + 1500 - nowEpoch()));
    const keyDownAt = nowEpoch();
    const first = await capture(harness, READY, levelsFor(RATE));
    // At once again (checks come after, so the gap stays short): the second utterance
    // picks up where the first ended. Its pre-roll is the audio since the first one's end,
    // all of it unless the gap outgrew the ring.
    const second = await capture(harness, READY, levelsFor(RATE));

    assert.deepEqual(first.end, { reason: 'stopped' });
    assert.deepEqual(first.started.map((s) => s.preRollMs), [PRE_ROLL_MS], 'the full pre-roll was there');
    assert.equal(first.samples.length, first.workletSamples, 'pre-roll and live samples are all counted and sent');
    const sizes = first.frames.map((f) => f.length);
    assert.ok(sizes.slice(0, -1).every((s) => s === 3200), `pre-roll and live go out in the same 100 ms frames, got ${[...new Set(sizes)].join(", ")}`);

    const { lag } = align(source, first.samples, 3 * RATE);
    const preRoll = first.samples.subarray(0, PRE_ROLL);
    const live = first.samples.subarray(PRE_ROLL);
    // One continuous stretch of the file: the pre-roll and the live audio after it line up
    // at the same place, so nothing between them was lost or sent twice.
    const preRollMatch = correlationAt(source, preRoll, lag);
    const liveMatch = correlationAt(source, live, lag + PRE_ROLL);
    assert.ok(preRollMatch >= 0.95 && liveMatch >= 0.95, `pre-roll ${preRollMatch.toFixed(3)}, live ${liveMatch.toFixed(3)}`);
    assert.ok(rms(preRoll) > 500, `the pre-roll holds speech (rms ${rms(preRoll).toFixed(0)})`);
    // Where the file was when the key went down (from the page's and this process's clocks):
    // the utterance begins well before it.
    const keyDownSample = Math.round(((keyDownAt - openedAt) * RATE) / 1000);
    assert.ok(lag <= keyDownSample - 0.2 * RATE, `capture starts at sample ${lag}, the key went down at ≈${keyDownSample}`);
    assert.deepEqual((await streams()).at(-1)!.trackStates, ['live'], 'the microphone stays ready after the utterances');
    t.diagnostic(`key down at ≈${keyDownSample}, utterance from ${lag}`);

    assert.equal(second.samples.length, second.workletSamples);
    const secondStart = align(source, second.samples, 5 * RATE);
    const firstEnd = lag + first.samples.length;
    const gapPreRoll = second.started[0]!.preRollMs;
    assert.ok(secondStart.correlation >= 0.95, `second utterance correlation ${secondStart.correlation.toFixed(3)}`);
    assert.ok(secondStart.lag >= firstEnd, `nothing of the first utterance is repeated: ${secondStart.lag} ≥ ${firstEnd}`);
    t.diagnostic(`first ended at ${firstEnd}, second starts at ${secondStart.lag} with ${gapPreRoll.toFixed(0)} ms of pre-roll`);
    if (gapPreRoll < PRE_ROLL_MS) {
      assert.ok(Math.abs(secondStart.lag - firstEnd) <= 16, `no gap between utterances: second starts at ${secondStart.lag}, first ended at ${firstEnd}`);
    }
    assert.equal(new Set((await streams()).slice(opened).map((s) => s.openedAt)).size, 1, 'both utterances used the one held stream');
  });

  test('turning it off releases the microphone while nobody dictates', async () => {
    assert.deepEqual((await streams()).at(-1)!.trackStates, ['live'], 'held before');
    harness.emit('capture:prepare', NOT_READY);
    await streamsWhen((s) => s.every((stream) => stream.trackStates.every((state) => state === 'ended')), 'every stream is released');
    assert.deepEqual(await harness.page.evaluate(PROBE_WARMTH), { contexts: 1, modules: 1 }, 'the audio graph stays warm');
    assert.deepEqual(harness.pageErrors, []);
  });
});
