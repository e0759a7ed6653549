// Sample-format and rate conversion to what Vosk servers want: 16-bit mono PCM.
//
// Resampling is linear interpolation without a low-pass filter: good enough for speech
// recognition (the models only look below 8 kHz, and aliasing from 44.1/48 kHz speech is
// faint), cheap, and dependency-free. Not for music or archival audio.

/** Linear-interpolation resample of one channel of float samples. */
export function resampleLinear(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate || input.length === 0) return input;
  const outLength = Math.max(1, Math.round((input.length * toRate) / fromRate));
  const output = new Float32Array(outLength);
  const step = fromRate / toRate;
  const last = input.length - 1;
  for (let i = 0; i < outLength; i++) {
    const position = i * step;
    const left = Math.min(Math.floor(position), last);
    const right = Math.min(left + 1, last);
    const fraction = position - left;
    output[i] = input[left]! + (input[right]! - input[left]!) * fraction;
  }
  return output;
}

/** Floats in [-1, 1] → 16-bit little-endian PCM bytes, clipping anything outside. */
export function floatToS16le(samples: Float32Array): Buffer {
  const out = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    const clipped = Math.max(-1, Math.min(1, samples[i]!));
    out.writeInt16LE(Math.round(clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff), i * 2);
  }
  return out;
}
