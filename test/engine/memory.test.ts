// Connections come and go for as long as the app runs: each one's decoder (≈50–90 MiB)
// must be given back when it ends, or a day of dictation exhausts memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { speechFixture } from '../helpers/fixtures.js';
import { readPcmFixture } from './pcm-fixture.js';
import { transcribe } from './ws-test-client.js';

const CONNECTIONS = 4;
/** A leaked decoder per connection adds ≥ 50 MiB each (≥ 200 MiB here); measured: -13 to 57 MiB with malloc_trim, 205 MiB without. */
const MAX_GROWTH_MIB = 120;

test(`${CONNECTIONS} finished connections do not keep their decoders in memory`, async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx' });
  t.after(() => server.close());
  const { pcm } = readPcmFixture(speechFixture('hello').path);
  const mib = () => process.memoryUsage().rss / 2 ** 20;
  const oneConnection = async () => {
    const { close } = await transcribe(server.url, [pcm]);
    assert.equal(close.code, 1000, close.reason);
  };
  await oneConnection(); // warm-up: libraries, first arenas
  await sleep(500);
  const before = mib();
  for (let i = 0; i < CONNECTIONS; i++) await oneConnection();
  await sleep(1000); // the last worker frees its decoder after the socket closed
  const growth = mib() - before;
  console.log(`  resident memory grew ${growth.toFixed(0)} MiB over ${CONNECTIONS} connections (from ${before.toFixed(0)} MiB)`);
  assert.ok(growth < MAX_GROWTH_MIB, `grew ${growth.toFixed(0)} MiB: decoders are not being freed`);
});
