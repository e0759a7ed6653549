// Re-chunks a PCM byte stream into fixed-size frames on whole-sample boundaries, so audio
// arriving in odd pieces (stdin, sockets) goes out as steady ≈100 ms frames.

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
