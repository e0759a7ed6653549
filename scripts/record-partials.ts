// Records the replies the real PocketSphinx server gives for each speech fixture, streamed
// in 100 ms frames as the capture page sends them, into test/fixtures/partials.json. The
// live-typing stability rule is tuned and tested on these sequences
// (test/dictation/live/stability.test.ts, bench/live-typing.ts), so they are the server's
// real output, not sequences made up to suit the rule. PocketSphinx is deterministic for
// the same audio cut into the same frames, so pacing does not matter: frames go as fast
// as the server answers, one reply per frame, and reply i answers audio up to (i+1)×100 ms.
// Usage: npm run fixtures && node --import tsx scripts/record-partials.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWav } from '../electron/audio/wav.js';
import { startBuiltinServer } from '../electron/engine/server.js';
import { EOF_FRAME } from '../electron/vosk/protocol.js';
import { TestClient } from '../test/engine/ws-test-client.js';
import { allSingleFixtures, speechFixture } from '../test/helpers/fixtures.js';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startBuiltinServer({ engine: 'sphinx' });
  try {
    const fixtures = [...allSingleFixtures(), speechFixture('multi')];
    const recorded: RecordedUtterance[] = [];
    for (const f of fixtures) recorded.push({ fixture: f.name, spoken: f.text, frameMs: 100, replies: await recordPartials(server.url, f.path) });
    const out = fileURLToPath(new URL('../test/fixtures/partials.json', import.meta.url));
    writeFileSync(out, `${JSON.stringify({ _comment: 'Recorded from the built-in PocketSphinx server by scripts/record-partials.ts: one reply per 100 ms frame, then the eof reply.', utterances: recorded }, null, 1)}\n`);
    console.log(`wrote ${out}: ${recorded.map((r) => `${r.fixture} ${r.replies.length}`).join(', ')}`);
  } finally {
    await server.close();
  }
}
