// Reads RIFF/WAVE files and converts them to what Vosk servers want: 16 kHz mono s16le.
// Chunks are walked properly (LIST, fact, bext… before or after fmt), so files from any
// recorder work; anything we cannot read is refused with a message saying why and how
// to convert it.

import { floatToS16le, resampleLinear } from './resample.js';

export const TARGET_RATE = 16000;

export class WavError extends Error {
  override readonly name = 'WavError';
}

export interface WavFormat {
  /** 'pcm' (integer) or 'float'. */
  encoding: 'pcm' | 'float';
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
}

export interface WavAudio {
  source: WavFormat;
  /** 16 kHz mono signed 16-bit little-endian. */
  pcm: Buffer;
  durationSeconds: number;
}

const FORMAT_PCM = 0x0001;
const FORMAT_FLOAT = 0x0003;
const FORMAT_EXTENSIBLE = 0xfffe;
const KNOWN_COMPRESSED: Record<number, string> = {
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'µ-law',
  0x0011: 'IMA ADPCM',
  0x0031: 'GSM 6.10',
  0x0055: 'MP3',
};
const CONVERT_HINT = 'convert it first, e.g. `sox IN.wav -r 16000 -c 1 -b 16 OUT.wav`';
/** Writers that stream (arecord to a pipe, ffmpeg to stdout) leave the size unknown. */
const STREAMING_SIZES = new Set([0, 0xffffffff, 0x7fffffff, 0x7ffff000]);

/** Parse a WAV file and convert it to 16 kHz mono s16le. Throws WavError with a clear message. */
export function readWav(bytes: Uint8Array, name = 'the file'): WavAudio {
  const source = parseWav(bytes, name);
  const pcm = isTargetFormat(source.format)
    ? Buffer.from(source.data)
    : floatToS16le(resampleLinear(decodeToMono(source.format, source.data), source.format.sampleRate, TARGET_RATE));
  return { source: source.format, pcm, durationSeconds: pcm.length / 2 / TARGET_RATE };
}

interface ParsedWav {
  format: WavFormat;
  data: Uint8Array;
}

export function parseWav(bytes: Uint8Array, name = 'the file'): ParsedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || ascii(0) !== 'RIFF' || ascii(8) !== 'WAVE') {
    const kind = ascii(0) === 'RF64' ? 'an RF64 (very large) WAV, which is not supported' : 'not a WAV file (no RIFF/WAVE header)';
    throw new WavError(`${name} is ${kind}: ${CONVERT_HINT}.`);
  }
  let format: WavFormat | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = ascii(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + size > bytes.length) throw new WavError(`${name} has a broken format (fmt) chunk.`);
      format = readFormat(view, body, size, name);
    } else if (id === 'data') {
      if (!format) throw new WavError(`${name} has audio data before its format (fmt) chunk, so it cannot be read: ${CONVERT_HINT}.`);
      const available = bytes.length - body;
      let length = size;
      if (size > available) {
        if (!STREAMING_SIZES.has(size)) {
          throw new WavError(`${name} is truncated: its header promises ${size} bytes of audio but only ${available} are there. Re-record or re-export it.`);
        }
        length = available;
      }
      const frameBytes = (format.bitsPerSample / 8) * format.channels;
      length -= length % frameBytes; // a partial last sample frame carries no sound
      if (length === 0) {
        // Exit 0 with no output would look like silence was heard; say there was nothing to hear.
        const why = size === 0 || available === 0 ? 'its data chunk is empty' : `its ${Math.min(size, available)} bytes of data are less than one sample frame of ${format.channels} channels`;
        throw new WavError(`${name} holds no audio: ${why}.`);
      }
      const frames = length / frameBytes;
      if (frames < format.sampleRate / 100) {
        // Less than one 10 ms recognizer frame: resampled it is nothing, and exit 0 with no output would look like silence was heard.
        throw new WavError(`${name} holds only ${frames} ${frames === 1 ? 'sample' : 'samples'} of audio (under 10 ms), too short to hold any speech.`);
      }
      return { format, data: bytes.subarray(body, body + length) };
    }
    offset = body + size + (size % 2); // chunks are padded to even sizes
  }
  throw new WavError(format ? `${name} has no audio data (no data chunk); it may be truncated.` : `${name} has no format (fmt) chunk; it may be truncated.`);
}

function readFormat(view: DataView, at: number, size: number, name: string): WavFormat {
  let tag = view.getUint16(at, true);
  const channels = view.getUint16(at + 2, true);
  const sampleRate = view.getUint32(at + 4, true);
  const bitsPerSample = view.getUint16(at + 14, true);
  if (tag === FORMAT_EXTENSIBLE && size >= 40) tag = view.getUint16(at + 24, true); // first two bytes of the sub-format GUID
  if (tag !== FORMAT_PCM && tag !== FORMAT_FLOAT) {
    const what = KNOWN_COMPRESSED[tag] ?? `format code 0x${tag.toString(16).padStart(4, '0')}`;
    throw new WavError(`${name} is compressed (${what}); only uncompressed PCM or float WAV can be read: ${CONVERT_HINT}.`);
  }
  const encoding = tag === FORMAT_FLOAT ? 'float' : 'pcm';
  const validBits = encoding === 'float' ? [32, 64] : [8, 16, 24, 32];
  if (!validBits.includes(bitsPerSample)) {
    throw new WavError(`${name} uses ${bitsPerSample}-bit ${encoding} samples, which cannot be read: ${CONVERT_HINT}.`);
  }
  if (channels < 1) throw new WavError(`${name} says it has no audio channels.`);
  if (sampleRate < 1000 || sampleRate > 768000) throw new WavError(`${name} has an impossible sample rate (${sampleRate} Hz).`);
  return { encoding, sampleRate, channels, bitsPerSample };
}

function isTargetFormat(f: WavFormat): boolean {
  return f.encoding === 'pcm' && f.bitsPerSample === 16 && f.channels === 1 && f.sampleRate === TARGET_RATE;
}

/** Every sample as a float in [-1, 1], channels averaged to mono. */
function decodeToMono(format: WavFormat, data: Uint8Array): Float32Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const bytesPerSample = format.bitsPerSample / 8;
  const frames = Math.floor(data.byteLength / (bytesPerSample * format.channels));
  const read = sampleReader(format, view);
  const mono = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let c = 0; c < format.channels; c++) sum += read((frame * format.channels + c) * bytesPerSample);
    mono[frame] = sum / format.channels;
  }
  return mono;
}

function sampleReader(format: WavFormat, view: DataView): (byteOffset: number) => number {
  if (format.encoding === 'float') {
    return format.bitsPerSample === 32 ? (o) => view.getFloat32(o, true) : (o) => view.getFloat64(o, true);
  }
  switch (format.bitsPerSample) {
    case 8:
      return (o) => (view.getUint8(o) - 128) / 128; // 8-bit WAV is unsigned
    case 16:
      return (o) => view.getInt16(o, true) / 0x8000;
    case 24:
      return (o) => ((view.getUint8(o) | (view.getUint8(o + 1) << 8) | (view.getInt8(o + 2) << 16)) / 0x800000);
    default:
      return (o) => view.getInt32(o, true) / 0x80000000;
  }
}
