// Reads a fixture WAV's PCM for tests: walks the RIFF chunks to find `fmt ` and `data`
// rather than assuming a 44-byte header. Only 16-bit mono PCM, which is all we generate.
import { readFileSync } from 'node:fs';

export interface PcmFixture {
  sampleRate: number;
  /** 16-bit little-endian mono samples. */
  pcm: Buffer;
  seconds: number;
}

export function readPcmFixture(path: string): PcmFixture {
  const file = readFileSync(path);
  if (file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error(`${path} is not a RIFF/WAVE file`);
  }
  let sampleRate: number | undefined;
  for (let at = 12; at + 8 <= file.length; ) {
    const id = file.toString('ascii', at, at + 4);
    const size = file.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      const format = file.readUInt16LE(body);
      const channels = file.readUInt16LE(body + 2);
      const bits = file.readUInt16LE(body + 14);
      if (format !== 1 || channels !== 1 || bits !== 16) {
        throw new Error(`${path}: need 16-bit mono PCM, got format ${format}, ${channels} channels, ${bits} bits`);
      }
      sampleRate = file.readUInt32LE(body + 4);
    } else if (id === 'data') {
      if (sampleRate === undefined) throw new Error(`${path}: data chunk before fmt chunk`);
      const pcm = file.subarray(body, Math.min(file.length, body + size));
      return { sampleRate, pcm, seconds: pcm.length / 2 / sampleRate };
    }
    at = body + size + (size % 2); // chunks are padded to even sizes
  }
  throw new Error(`${path}: no data chunk`);
}

/** Split into frames of `bytes` each (the last may be shorter). */
export function frames(pcm: Buffer, bytes: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < pcm.length; at += bytes) out.push(pcm.subarray(at, at + bytes));
  return out;
}
