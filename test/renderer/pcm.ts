// PCM helpers for the capture tests: read a fixture WAV's samples, and line captured audio
// up with its source (the fake mic starts playing when the device opens, slightly before
// the worklet is connected, so the capture may begin a little into the file).

import { readPcmFixture } from '../engine/pcm-fixture.js';

/** The samples of a fixture WAV, read by the product's own reader (electron/audio/wav.ts). */
export function readWavSamples(path: string): { sampleRate: number; samples: Int16Array } {
  return { sampleRate: 16000, samples: pcmSamples(readPcmFixture(path).pcm) };
}

/** 16-bit little-endian PCM bytes (as frames arrive) → samples, copied to an aligned array. */
export function pcmSamples(bytes: Uint8Array): Int16Array {
  if (bytes.length % 2 !== 0) throw new Error(`PCM has an odd number of bytes (${bytes.length})`);
  const samples = new Int16Array(bytes.length / 2);
  new Uint8Array(samples.buffer).set(bytes);
  return samples;
}

export interface Alignment {
  /** captured[i] lines up with source[i + lag]. */
  lag: number;
  /** Normalised cross-correlation over the overlap, -1..1. */
  correlation: number;
  /** How many samples the two share at that lag. */
  overlap: number;
}

/**
 * The lag within ±maxLag that best lines `captured` up with `source`. Searches the lags on
 * an 8× decimated copy first, then refines around the best one at full rate, so a second
 * of lags costs milliseconds instead of seconds.
 */
export function align(source: Int16Array, captured: Int16Array, maxLag: number): Alignment {
  const factor = 8;
  const coarseSource = decimate(source, factor);
  const coarseCaptured = decimate(captured, factor);
  const coarseMax = Math.ceil(maxLag / factor);
  let best = -Infinity;
  let bestCoarse = 0;
  for (let lag = -coarseMax; lag <= coarseMax; lag++) {
    const c = correlationAt(coarseSource, coarseCaptured, lag);
    if (c > best) [best, bestCoarse] = [c, lag];
  }
  let result: Alignment = { lag: 0, correlation: -Infinity, overlap: 0 };
  for (let lag = bestCoarse * factor - 2 * factor; lag <= bestCoarse * factor + 2 * factor; lag++) {
    const correlation = correlationAt(source, captured, lag);
    if (correlation > result.correlation) result = { lag, correlation, overlap: overlapAt(source, captured, lag).length };
  }
  return result;
}

function overlapAt(source: ArrayLike<number>, captured: ArrayLike<number>, lag: number): { start: number; length: number } {
  const start = Math.max(0, -lag);
  const end = Math.min(captured.length, source.length - lag);
  return { start, length: Math.max(0, end - start) };
}

export function correlationAt(source: ArrayLike<number>, captured: ArrayLike<number>, lag: number): number {
  const { start, length } = overlapAt(source, captured, lag);
  let dot = 0;
  let sourceEnergy = 0;
  let capturedEnergy = 0;
  for (let i = start; i < start + length; i++) {
    const a = captured[i]!;
    const b = source[i + lag]!;
    dot += a * b;
    capturedEnergy += a * a;
    sourceEnergy += b * b;
  }
  return sourceEnergy > 0 && capturedEnergy > 0 ? dot / Math.sqrt(sourceEnergy * capturedEnergy) : 0;
}

function decimate(samples: Int16Array, factor: number): Float64Array {
  const out = new Float64Array(Math.floor(samples.length / factor));
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (let j = 0; j < factor; j++) sum += samples[i * factor + j]!;
    out[i] = sum / factor;
  }
  return out;
}

/**
 * Correlation window by window (each may shift ±radius samples around `lag`), for long
 * captures: Chromium's fake microphone can drop or repeat a few samples when the machine is
 * busy, which shifts everything after it and spoils one global correlation even though each
 * stretch of audio is faithful. Windows of near-silence are skipped.
 */
export function windowCorrelations(source: Int16Array, captured: Int16Array, lag: number, windowSamples = 4000, radius = 400): number[] {
  const out: number[] = [];
  for (let start = 0; start + windowSamples <= captured.length; start += windowSamples) {
    const window = captured.subarray(start, start + windowSamples);
    let energy = 0;
    for (const v of window) energy += v * v;
    if (Math.sqrt(energy / windowSamples) < 300) continue;
    let best = -1;
    for (let shift = -radius; shift <= radius; shift++) {
      best = Math.max(best, correlationAt(source.subarray(Math.max(0, start + lag + shift)), window, Math.min(0, start + lag + shift)));
    }
    out.push(best);
  }
  return out;
}
