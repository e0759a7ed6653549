// Audio as a microphone delivers it: a block becomes available only once its last sample
// has been "captured", i.e. at start + (end of block) in wall-clock time. A consumer that
// falls behind gets the blocks that are already due at once, as from a capture buffer.
import { setTimeout as sleep } from 'node:timers/promises';

export const BYTES_PER_SECOND = 16000 * 2;

export async function* pacedBlocks(pcm: Uint8Array, blockBytes: number, startedAt: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < pcm.length; offset += blockBytes) {
    const end = Math.min(offset + blockBytes, pcm.length);
    const due = startedAt + (end / BYTES_PER_SECOND) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    yield pcm.subarray(offset, end);
  }
}

/** When the last sample of `pcm` is captured, for a capture that started at `startedAt`. */
export function audioEndsAt(pcm: Uint8Array, startedAt: number): number {
  return startedAt + (pcm.length / BYTES_PER_SECOND) * 1000;
}
