// WAV input for the CLI: real files made with sox in every layout a user is likely to
// have, converted to 16 kHz mono s16le; and files we cannot read refused with a reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWav, WavError } from '../../electron/audio/wav.js';
import { speechFixture } from '../helpers/fixtures.js';

let dir = '';
const hello = speechFixture('hello');
const reference = readWav(readFileSync(hello.path), 'hello.wav');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'voskey-wav-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function sox(name: string, ...outputArgs: string[]): string {
  const out = join(dir, name);
  execFileSync('sox', [hello.path, ...outputArgs, out]);
  return out;
}

/** Normalised cross-correlation at lag 0: 1 means the same waveform. */
function similarity(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length) / 2;
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < n; i++) {
    const x = a.readInt16LE(i * 2), y = b.readInt16LE(i * 2);
    ab += x * y; aa += x * x; bb += y * y;
  }
  return ab / Math.sqrt(aa * bb);
}

test('a 16 kHz mono 16-bit file passes through unchanged', () => {
  assert.deepEqual(reference.source, { encoding: 'pcm', sampleRate: 16000, channels: 1, bitsPerSample: 16 });
  assert.ok(reference.durationSeconds > 0.5 && reference.durationSeconds < 5, `duration ${reference.durationSeconds}`);
});

for (const [name, args, format, minSimilarity] of [
  ['44.1 kHz stereo 16-bit', ['-r', '44100', '-c', '2', '-b', '16'], { encoding: 'pcm', sampleRate: 44100, channels: 2, bitsPerSample: 16 }, 0.95],
  ['8 kHz mono 16-bit', ['-r', '8000', '-c', '1', '-b', '16'], { encoding: 'pcm', sampleRate: 8000, channels: 1, bitsPerSample: 16 }, 0.6],
  ['16 kHz 8-bit unsigned', ['-r', '16000', '-c', '1', '-b', '8', '-e', 'unsigned-integer'], { encoding: 'pcm', sampleRate: 16000, channels: 1, bitsPerSample: 8 }, 0.95],
  ['48 kHz 24-bit', ['-r', '48000', '-c', '1', '-b', '24'], { encoding: 'pcm', sampleRate: 48000, channels: 1, bitsPerSample: 24 }, 0.95],
  ['22.05 kHz 32-bit float stereo', ['-r', '22050', '-c', '2', '-b', '32', '-e', 'floating-point'], { encoding: 'float', sampleRate: 22050, channels: 2, bitsPerSample: 32 }, 0.95],
  ['16 kHz 32-bit integer', ['-r', '16000', '-c', '1', '-b', '32', '-e', 'signed-integer'], { encoding: 'pcm', sampleRate: 16000, channels: 1, bitsPerSample: 32 }, 0.99],
] as const) {
  test(`${name} is converted to 16 kHz mono s16le that sounds like the original`, () => {
    const audio = readWav(readFileSync(sox(`${name.replace(/\W+/g, '-')}.wav`, ...args)));
    assert.deepEqual(audio.source, format);
    assert.ok(Math.abs(audio.durationSeconds - reference.durationSeconds) < 0.01, `duration ${audio.durationSeconds} vs ${reference.durationSeconds}`);
    // 8 kHz loses everything above 4 kHz, so it resembles the original less, but still clearly.
    const s = similarity(audio.pcm, reference.pcm);
    assert.ok(s > minSimilarity, `similarity to the original ${s.toFixed(3)} ≤ ${minSimilarity}`);
  });
}

test('extra chunks before the audio are skipped (no 44-byte header assumption)', () => {
  const plain = readFileSync(hello.path);
  const list = Buffer.concat([Buffer.from('LIST'), u32(5), Buffer.from('INFOx'), Buffer.alloc(1)]); // odd size, padded
  const fmtEnd = 12 + 8 + plain.readUInt32LE(16);
  const withList = Buffer.concat([plain.subarray(0, fmtEnd), list, plain.subarray(fmtEnd)]);
  assert.deepEqual(readWav(withList).pcm, reference.pcm);
});

test('a streamed WAV with an unknown data size (arecord to a pipe) is read to the end', () => {
  const streamed = Buffer.from(readFileSync(hello.path));
  const dataAt = streamed.indexOf('data');
  streamed.writeUInt32LE(0xffffffff, dataAt + 4);
  assert.equal(readWav(streamed).pcm.length, reference.pcm.length);
});

function refuses(bytes: Uint8Array, message: RegExp): void {
  assert.throws(() => readWav(bytes, 'input.wav'), (e: Error) => {
    assert.ok(e instanceof WavError, `expected a WavError, got ${e}`);
    assert.match(e.message, message);
    return true;
  });
}

test('files that cannot be read are refused with a reason and a way out', () => {
  refuses(Buffer.from('hello, I am a text file\n'), /input\.wav is not a WAV file.*sox/);
  refuses(Buffer.alloc(0), /not a WAV file/);
  const whole = readFileSync(hello.path);
  refuses(whole.subarray(0, whole.length - 1000), /truncated: its header promises \d+ bytes of audio but only \d+/);
  refuses(whole.subarray(0, 30), /broken format|no format/);
  refuses(whole.subarray(0, 36), /no audio data/);
  refuses(readFileSync(sox('ulaw.wav', '-e', 'u-law')), /compressed \(µ-law\).*sox/);
  refuses(readFileSync(sox('adpcm.wav', '-e', 'ima-adpcm')), /compressed \(IMA ADPCM\)/);
});

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

