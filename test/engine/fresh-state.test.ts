// A transcript must not depend on the clients before it (issue 23, point 5). PocketSphinx
// adapts its cepstral mean to the voice it hears and kept it across clients on a recycled
// worker: a LibriVox clip after a flite voice came back as "at mr john guess what had been…"
// where a new server heard "the mr john dashwood and then…". Here one server hears the
// human recording A, then another voice B, then a client that sent no audio, then A again,
// round after round, on workers that are recycled (never more than the two the pool
// keeps), and every A must come back exactly as A did on the fresh server: same words,
// same times, same confidences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { speechFixture } from '../helpers/fixtures.js';
import { eventually } from '../helpers/eventually.js';
import { frames, readPcmFixture } from './pcm-fixture.js';
import { transcribe } from './ws-test-client.js';

/** Human speech (pocketsphinx-testdata): its words hang on the adaptation, unlike flite's. */
const HUMAN = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0870.wav';
const FRAME_BYTES = 3200; // 100 ms, what the app sends
const ROUNDS = 3;

test('a recycled recognizer gives recording A the same result as a fresh server, after another voice', async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx' });
  t.after(() => server.close());
  const a = frames(readPcmFixture(HUMAN).pcm, FRAME_BYTES);
  const b = frames(readPcmFixture(speechFixture('long').path).pcm, FRAME_BYTES); // flite's awb voice
  let clients = 0;
  /** Every final reply in full (text, word times, confidences), once the worker is back in the pool. */
  const finals = async (pcm: Buffer[]) => {
    const { client, close } = await transcribe(server.url, pcm, { sample_rate: 16000, words: 1 });
    assert.equal(close.code, 1000, close.reason);
    clients++;
    // Wait for the recycle, so the next client is served by a used worker, not a new one.
    await eventually('the worker is given back to the pool', () => server.stats().released === clients);
    return JSON.stringify(client.replies().filter((reply) => reply.kind === 'final'));
  };

  const fresh = await finals(a);
  assert.match(fresh, /dashwood|leisure|consider/, 'the fresh server should recognise the clip');
  for (let round = 1; round <= ROUNDS; round++) {
    await finals(b);
    await finals([]); // a client with no audio (config and eof, as the app's probe): its decoder is kept, and must be as new
    assert.equal(await finals(a), fresh, `round ${round}: A after another voice differs from A on a fresh server`);
  }
  // Otherwise the A's above may all have had new workers and proved nothing.
  assert.ok(server.stats().threads <= 2, `expected the pool to reuse its workers, found ${server.stats().threads} threads`);
});
