// One capture on the real capture page, driven the way main drives it: the frames, levels,
// 'capture:started' and the end, plus what the page probe saw (capture-probe.ts).
import assert from 'node:assert/strict';
import type { AudioLevel } from '../../electron/dictation/overlay-state.js';
import type { CaptureEnd, CaptureOptions, CaptureStarted } from '../../electron/dictation/capture-types.js';
import type { PageHarness } from '../helpers/page-harness.js';
import { LOSE_DEVICE, PROBE_RESULT } from './capture-probe.js';
import { pcmSamples } from './pcm.js';

const RATE = 16000;

export interface Capture {
  frames: Buffer[];
  samples: Int16Array;
  levels: AudioLevel[];
  end: CaptureEnd;
  /** What the worklet says it received from the microphone. */
  workletSamples: number | undefined;
  /** readyState of the capture's tracks once 'capture:ended' arrived. */
  trackStates: string[];
  /** The page's 'capture:started' reports (one per capture). */
  started: CaptureStarted[];
}

/**
 * Runs one capture and ends it after `endAfterLevels` level updates (by stopping it, or by
 * unplugging the device). Levels come every 50 ms of audio, so an odd count ends it in the
 * middle of a 100 ms frame, which is where a dropped partial frame would show. Frames come
 * in bursts at frame boundaries; ending on one would hide such a drop.
 */
export async function capture(
  harness: PageHarness,
  options: CaptureOptions,
  endAfterLevels = Infinity,
  how: 'stop' | 'lose-device' = 'stop',
): Promise<Capture> {
  const frames: Buffer[] = [];
  const levels: AudioLevel[] = [];
  const started: CaptureStarted[] = [];
  const offStarted = harness.on('capture:started', (report) => void started.push(report));
  const offFrame = harness.on('capture:frame', (pcm) => {
    assert.ok(Buffer.isBuffer(pcm), 'a frame arrives as binary');
    frames.push(Buffer.from(pcm));
  });
  const offLevel = harness.on('capture:level', (level) => {
    levels.push(level);
    if (levels.length !== endAfterLevels) return;
    if (how === 'stop') harness.emit('capture:stop');
    else void harness.page.evaluate(LOSE_DEVICE);
  });
  const ended = harness.next('capture:ended', undefined, 20_000);
  harness.emit('capture:start', options);
  const [end] = await ended.finally(() => (offFrame(), offLevel(), offStarted()));
  const { workletSamples, trackStates } = await harness.page.evaluate<Pick<Capture, 'workletSamples' | 'trackStates'>>(PROBE_RESULT);
  return { frames, samples: pcmSamples(Buffer.concat(frames)), levels, end, workletSamples, trackStates, started };
}

/** An odd number of 50 ms level updates covering at least this many samples. */
export function levelsFor(samples: number): number {
  const n = Math.ceil(samples / (RATE / 20));
  return n % 2 === 1 ? n : n + 1;
}
