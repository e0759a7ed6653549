// A canonical 44-byte-header 16 kHz 16-bit PCM WAV around `data`, for tests that need a WAV
// of an exact shape (silence, an empty data chunk, an absurd channel count).
export function pcmWav(data: Buffer, channels = 1): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(16000, 24);
  header.writeUInt32LE(16000 * 2 * channels, 28);
  header.writeUInt16LE((2 * channels) & 0xffff, 32); // block align: wraps for absurd channel counts, as in the files seen
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
