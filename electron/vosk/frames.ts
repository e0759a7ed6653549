// Re-chunks a PCM byte stream into fixed-size frames on whole-sample boundaries, so audio
// arriving in odd pieces (stdin, sockets) goes out as steady ≈100 ms frames.
import { setTimeout as sleep } from 'node:timers/promises';

export const DEFAULT_FRAME_MS = 100;

export const BYTES_PER_SAMPLE = 2;

/** Bytes in `ms` milliseconds of 16-bit mono audio at `sampleRate`. */
export function frameBytesFor(sampleRate: number, ms: number): number {
  return Math.max(BYTES_PER_SAMPLE, Math.round((sampleRate * ms) / 1000) * BYTES_PER_SAMPLE);
}

export async function* reframe(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, frameBytes: number): AsyncGenerator<Uint8Array> {
  let pending = new Uint8Array(0);
  for await (const chunk of chunks) {
    const joined = new Uint8Array(pending.length + chunk.length);
    joined.set(pending);
    joined.set(chunk, pending.length);
    let offset = 0;
    while (joined.length - offset >= frameBytes) {
      yield joined.subarray(offset, offset + frameBytes);
      offset += frameBytes;
    }
    pending = joined.slice(offset);
  }
  // The tail: whole samples only (a stray odd byte is not a sample).
  const tail = pending.length - (pending.length % BYTES_PER_SAMPLE);
  if (tail > 0) yield pending.subarray(0, tail);
}

/**
 * PCM in pieces of any size as frames of `frameBytes`; with `realtimeBytesPerSecond`, no
 * frame comes before a microphone would have captured its last sample.
 */
export async function* pacedFrames(
  audio: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  frameBytes: number,
  realtimeBytesPerSecond?: number,
): AsyncGenerator<Uint8Array> {
  const started = performance.now();
  let bytes = 0;
  for await (const frame of reframe(audio, frameBytes)) {
    bytes += frame.byteLength;
    if (realtimeBytesPerSecond) {
      const wait = started + (bytes / realtimeBytesPerSecond) * 1000 - performance.now();
      if (wait > 0) await sleep(wait);
    }
    yield frame;
  }
}
