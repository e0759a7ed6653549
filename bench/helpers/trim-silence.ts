// Fixtures end with about 0.6 s of silence, long enough for PocketSphinx's own endpoint
// (0.5 s after speech) to finalise the text before the "key release" at the end of the
// file. A user lets go right after the last word, so key-release timings cut the tail.
import { BYTES_PER_SECOND } from './paced-audio.js';

/** Below this 16-bit amplitude a sample counts as silence (flite's silence is 0). */
const SILENCE_AMPLITUDE = 300;

/** `pcm` (16-bit little-endian mono, 16 kHz) ending `keepMs` after its last loud sample. */
export function endSoonAfterSpeech(pcm: Uint8Array, keepMs: number): Uint8Array {
  const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  let last = (pcm.byteLength >> 1) - 1;
  while (last > 0 && Math.abs(view.getInt16(last * 2, true)) < SILENCE_AMPLITUDE) last--;
  const end = Math.min(pcm.byteLength, (last + 1) * 2 + Math.round((keepMs / 1000) * BYTES_PER_SECOND / 2) * 2);
  return pcm.subarray(0, end);
}
