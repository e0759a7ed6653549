// Records the replies the real PocketSphinx server gives for each speech fixture, streamed
// in 100 ms frames as the capture page sends them, into test/fixtures/partials.json. The
// live-typing stability rule is tuned and tested on these sequences
// (test/dictation/live/stability.test.ts, bench/live-typing.ts), so they are the server's
// real output, not sequences made up to suit the rule. PocketSphinx is deterministic for
// the same audio cut into the same frames, so pacing does not matter: frames go as fast
// as the server answers, one reply per frame, and reply i answers audio up to (i+1)×100 ms.
// Usage: npm run fixtures && node --import tsx scripts/record-partials.ts
//
// With --rescored: Debian's LibriVox clips (human speech, pocketsphinx-testdata) from a
// server whose final re-scores the utterance (rescoreFinal: PocketSphinx's lattice best
// path, as Kaldi's lattice does in every Vosk server), into
// test/fixtures/partials-rescored.json: finals there change words the partials agreed on.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWav } from '../electron/audio/wav.js';
import { startBuiltinServer } from '../electron/engine/server.js';
import { EOF_FRAME } from '../electron/vosk/protocol.js';
import { TestClient } from '../test/engine/ws-test-client.js';
import { allSingleFixtures, speechFixture } from '../test/helpers/fixtures.js';
import { LIBRIVOX_DIR, librivoxClips } from '../bench/helpers/sphinx-final-pass.js';
import { join } from 'node:path';
import type { RecordedUtterance } from '../electron/dictation/live/recorded.js';

const FRAME_BYTES = 3200;

export async function recordPartials(url: string, wavPath: string): Promise<RecordedUtterance['replies']> {
  const pcm = readWav(readFileSync(wavPath)).pcm;
  const client = await TestClient.open(url);
  client.config({ sample_rate: 16000 });
  let frames = 0;
  for (let offset = 0; offset < pcm.length; offset += FRAME_BYTES) {
    client.send(Buffer.from(pcm.subarray(offset, Math.min(offset + FRAME_BYTES, pcm.length))));
    frames++;
    await client.waitForReplies(frames); // one frame in flight, as a real-time microphone has
  }
  client.send(EOF_FRAME);
  await client.closed;
  return client.replies().map((r) => (r.kind === 'partial' ? { partial: r.partial } : { text: r.kind === 'final' ? r.text : '' }));
}

/** Every LibriVox clip of pocketsphinx-testdata, recorded from the server at `url` ([] when not installed). */
export async function recordLibrivox(url: string): Promise<RecordedUtterance[]> {
  const recorded: RecordedUtterance[] = [];
  for (const clip of librivoxClips()) recorded.push({ fixture: clip.name, spoken: clip.text, frameMs: 100, replies: await recordPartials(url, join(LIBRIVOX_DIR, `${clip.name}.wav`)) });
  return recorded;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rescored = process.argv.includes('--rescored');
  const server = await startBuiltinServer({ engine: 'sphinx', ...(rescored ? { rescoreFinal: true } : {}) });
  try {
    let recorded: RecordedUtterance[];
    let comment: string;
    if (rescored) {
      recorded = await recordLibrivox(server.url);
      if (recorded.length === 0) throw new Error(`no LibriVox clips in ${LIBRIVOX_DIR}: apt-get install pocketsphinx-testdata`);
      comment = 'Recorded by scripts/record-partials.ts --rescored from the built-in PocketSphinx server with rescoreFinal (lattice best path on each final, as Kaldi re-scores), on the LibriVox clips of Debian pocketsphinx-testdata: one reply per 100 ms frame, then the eof reply.';
    } else {
      recorded = [];
      for (const f of [...allSingleFixtures(), speechFixture('multi')]) recorded.push({ fixture: f.name, spoken: f.text, frameMs: 100, replies: await recordPartials(server.url, f.path) });
      comment = 'Recorded from the built-in PocketSphinx server by scripts/record-partials.ts: one reply per 100 ms frame, then the eof reply.';
    }
    const out = fileURLToPath(new URL(`../test/fixtures/${rescored ? 'partials-rescored' : 'partials'}.json`, import.meta.url));
    writeFileSync(out, `${JSON.stringify({ _comment: comment, utterances: recorded }, null, 1)}\n`);
    console.log(`wrote ${out}: ${recorded.map((r) => `${r.fixture} ${r.replies.length}`).join(', ')}`);
  } finally {
    await server.close();
  }
}
