// A fixture WAV's PCM for tests, read by the product's own reader (electron/audio/wav.ts)
// so tests and app agree on what a WAV holds.
import { readFileSync } from 'node:fs';
import { readWav } from '../../electron/audio/wav.js';

export interface PcmFixture {
  sampleRate: number;
  /** 16-bit little-endian mono samples at 16 kHz. */
  pcm: Buffer;
  seconds: number;
}

export function readPcmFixture(path: string): PcmFixture {
  const wav = readWav(readFileSync(path), path);
  return { sampleRate: 16000, pcm: wav.pcm, seconds: wav.durationSeconds };
}

/** Split into frames of `bytes` each (the last may be shorter). */
export function frames(pcm: Buffer, bytes: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < pcm.length; at += bytes) out.push(pcm.subarray(at, at + bytes));
  return out;
}
