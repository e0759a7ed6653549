// What PocketSphinx's end of utterance costs, and what its two extra passes buy.
//
// PocketSphinx's defaults run the fwdtree search while audio streams (it gives the
// partials), then at ps_end_utt a fwdflat second pass over the whole utterance (-fwdflat
// yes), and at the first ps_get_hyp after it a lattice best-path search (-bestpath yes).
// Both passes run after the user lets go, so they are the floor of "key release → final";
// electron/engine/sphinx.ts turns both off (DECODER_SETTINGS). This decodes the same audio with each
// combination, streaming it in 100 ms chunks with a partial after each as the server does,
// and times the end: ps_end_utt, then ps_get_hyp. Measurement only: nothing in the app
// changes. Its own small binding, because sphinx.ts keeps its decoder options private.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWav } from '../../electron/audio/wav.js';
import { bindSphinx, newDecoder, sphinxModelFiles } from '../../electron/engine/sphinx.js';

export interface Clip {
  name: string;
  pcm: Int16Array;
  text: string;
}

export interface PassTiming {
  clip: string;
  seconds: number;
  /** Streaming all chunks, partials included. */
  streamMs: number;
  endUttMs: number;
  finalHypMs: number;
  text: string;
}

/** The decoder settings compared: PocketSphinx's names and values. */
export const FINAL_PASS_VARIANTS: { name: string; args: Record<string, string> }[] = [
  { name: 'fwdflat + bestpath (default)', args: { '-fwdflat': 'yes', '-bestpath': 'yes' } },
  { name: 'bestpath only', args: { '-bestpath': 'yes' } },
  { name: 'fwdflat only', args: { '-fwdflat': 'yes' } },
  { name: 'neither (fwdtree only; the app)', args: {} },
];

const CHUNK_SAMPLES = 1600; // 100 ms at 16 kHz

/** Decodes every clip with one decoder built with `args` on top of the engine's settings. */
export function timeFinalPass(clips: Clip[], args: Record<string, string>): PassTiming[] {
  // The engine's own binding and decoder settings, with this variant's on top.
  const sphinx = bindSphinx();
  const decoder = newDecoder(sphinx, sphinxModelFiles(), args);
  try {
    return clips.map((clip) => {
      sphinx.startUtt(decoder);
      const t0 = performance.now();
      for (let offset = 0; offset < clip.pcm.length; offset += CHUNK_SAMPLES) {
        const chunk = clip.pcm.subarray(offset, Math.min(offset + CHUNK_SAMPLES, clip.pcm.length));
        sphinx.processRaw(decoder, chunk, chunk.length, 0, 0);
        sphinx.getHyp(decoder, [0]);
      }
      const t1 = performance.now();
      sphinx.endUtt(decoder);
      const t2 = performance.now();
      const text = (sphinx.getHyp(decoder, [0]) as string | null) ?? '';
      const t3 = performance.now();
      return { clip: clip.name, seconds: clip.pcm.length / 16000, streamMs: t1 - t0, endUttMs: t2 - t1, finalHypMs: t3 - t2, text };
    });
  } finally {
    sphinx.free(decoder);
  }
}

export const LIBRIVOX_DIR = '/usr/share/pocketsphinx/test/data/librivox';

/** Debian's pocketsphinx-testdata LibriVox clips (human speech), or [] when not installed. */
export function librivoxClips(dir = LIBRIVOX_DIR): Clip[] {
  const transcriptFile = join(dir, 'transcription');
  if (!existsSync(transcriptFile)) return [];
  const texts = new Map<string, string>();
  for (const line of readFileSync(transcriptFile, 'utf8').split('\n')) {
    const match = /^<s>(.*)<\/s>\s*\((.+)\)\s*$/.exec(line.trim());
    if (match) texts.set(match[2]!, match[1]!.trim());
  }
  return readdirSync(dir)
    .filter((file) => file.endsWith('.wav') && texts.has(file.slice(0, -4)))
    .sort()
    .map((file) => ({ name: file.slice(0, -4), pcm: int16(readWav(readFileSync(join(dir, file))).pcm), text: texts.get(file.slice(0, -4))! }));
}

export function int16(pcm: Uint8Array): Int16Array {
  // Copy to an aligned buffer: a Uint8Array view may start at an odd offset.
  const copy = Uint8Array.from(pcm);
  return new Int16Array(copy.buffer, 0, copy.byteLength >> 1);
}
