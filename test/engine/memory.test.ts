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
/**
 * A leaked decoder per connection adds ≥ 50 MiB each (≥ 200 MiB here). Measured once the
 * idle workers had ended: -3 to 31 MiB with malloc_trim, 58 to 140 MiB without it.
 */
const MAX_GROWTH_MIB = 70;
/**
 * The pool keeps a spare worker loaded for the next client, and a recycled one beside it
 * for idleWorkerMs: ≈120 MiB that is meant to stay for that while. Measured before it had
 * ended, the growth was 6 or 130 MiB depending on which side of the window the baseline
 * fell, so the window is short here and memory is read once it has passed.
 */
const IDLE_WORKER_MS = 200;

test(`${CONNECTIONS} finished connections do not keep their decoders in memory`, async (t) => {
  const server = await startBuiltinServer({ engine: 'sphinx', limits: { idleWorkerMs: IDLE_WORKER_MS } });
  t.after(() => server.close());
  const { pcm } = readPcmFixture(speechFixture('hello').path);
  const mib = () => process.memoryUsage().rss / 2 ** 20;
  const oneConnection = async () => {
    const { close } = await transcribe(server.url, [pcm]);
    assert.equal(close.code, 1000, close.reason);
  };
  /** Resident memory once the pool is back to one idle worker: settled for 3 readings in a row. */
  const settled = async () => {
    await sleep(IDLE_WORKER_MS * 3);
    const readings = [mib()];
    while (readings.length < 3 || Math.max(...readings.slice(-3)) - Math.min(...readings.slice(-3)) > 8) {
      if (readings.length > 40) break; // 10 s: take what it is
      await sleep(250);
      readings.push(mib());
    }
    return readings.at(-1)!;
  };
  await oneConnection(); // warm-up: libraries, first arenas
  const before = await settled();
  for (let i = 0; i < CONNECTIONS; i++) await oneConnection();
  const growth = (await settled()) - before;
  console.log(`  resident memory grew ${growth.toFixed(0)} MiB over ${CONNECTIONS} connections (from ${before.toFixed(0)} MiB)`);
  assert.ok(growth < MAX_GROWTH_MIB, `grew ${growth.toFixed(0)} MiB: decoders are not being freed`);
});
