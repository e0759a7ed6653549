// Fixture speech as the microphone would deliver it: 100 ms frames of 16 kHz s16le PCM,
// fed to an utterance at real time or faster, with a hook per frame for fault injection.
import { setTimeout as sleep } from 'node:timers/promises';
import type { UtteranceStream } from '../../../electron/dictation/ports.js';
import { frames, readPcmFixture } from '../../engine/pcm-fixture.js';
import { speechFixture } from '../../helpers/fixtures.js';

export const FRAME_BYTES = 3200; // 100 ms at 16 kHz
export const FRAME_MS = 100;

export interface Speech {
  name: string;
  text: string;
  frames: Buffer[];
  seconds: number;
}

export function speech(name: string): Speech {
  const fixture = speechFixture(name);
  const { pcm, seconds } = readPcmFixture(fixture.path);
  return { name, text: fixture.text, frames: frames(pcm, FRAME_BYTES), seconds };
}

/**
 * Push every frame, paced at `speed` × real time (4 = four times faster than speech).
 * `beforeFrame(i)` runs before frame i is pushed and may await (e.g. kill the server).
 */
export async function feed(
  stream: UtteranceStream,
  audio: Speech,
  speed: number,
  beforeFrame?: (index: number) => void | Promise<void>,
): Promise<void> {
  const started = performance.now();
  for (const [index, frame] of audio.frames.entries()) {
    await beforeFrame?.(index);
    const due = started + (index * FRAME_MS) / speed;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    stream.pushAudio(frame);
  }
}
