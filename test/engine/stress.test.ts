// The abuse that crashed `voskey serve` (issue 14), in CI, under glibc's heap checker
// (checked-server.ts). A well-behaved client is timed throughout; at the end the process
// must be alive and back near where it started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { speechFixture } from '../helpers/fixtures.js';
import { abandonAfterTwoBytes, burst, connectCloseCycles, framesOf, processUsage, vanishMidBatchFrame, wellBehaved, type ProbeResult } from './abuse.js';
import { readPcmFixture } from './pcm-fixture.js';
import { serveUnderHeapChecker } from './checked-server.js';

const CAPACITY = 6;
const BURSTS = [24, 32, 40];
const CYCLES = 1000;
const ABANDONED = 120;
/** Batch clients that vanish while their 1 MiB frame is decoded in 200 ms units (issue 23). */
const VANISHING_BATCH = 24;
/**
 * Memory. Since issue 23 every client gets a freshly made decoder (≈90 MiB, made on the
 * worker's thread), and glibc keeps what freed decoders used in its per-thread arenas: the
 * first round of abuse raises the process's high-water mark (measured here, quiet machine:
 * 222 → 414 MiB) and it stays there (a second round: 414 → 415). A leak grows with every
 * round; the arenas do not. So the first round may grow by about three decoders, and a
 * second, identical round must leave memory where the first did: less than one decoder,
 * so one leaked decoder, or 50 KiB per connection of the round's ~1,200, fails it.
 */
const MAX_FIRST_ROUND_GROWTH_MIB = 300;
const MAX_SECOND_ROUND_GROWTH_MIB = 64;
/** A client with no answer for this long is starved, not slow. */
const STARVED_MS = 30_000;

test('bursts, abrupt closes, connect/close cycles, abandoned connections and batch clients vanishing mid-frame under MALLOC_CHECK_=3: no abort, no leak, a good client always answered', { timeout: 300_000 }, async (t) => {
  const server = await serveUnderHeapChecker(t, CAPACITY);
  const { url } = server;
  const pid = server.pid;
  const frames = framesOf(readPcmFixture(speechFixture('hello').path).pcm);
  const probeFrame = frames[5]!;

  // Warm-up, then the baseline: libraries loaded, one idle worker.
  assert.equal((await wellBehaved(url, probeFrame)).outcome, 'reply', 'the server answers at all');
  await sleep(500);
  const start = processUsage(pid);

  // A well-behaved client every 250 ms throughout the abuse: each must get its first reply,
  // or a 1013 refusal — never starve behind the abuse (before: 85 s). How fast is printed,
  // not asserted (timings belong in bench/; this machine is shared): the goal is 1 s.
  const probes: ProbeResult[] = [];
  let abusing = true;
  const prober = (async () => {
    while (abusing) {
      probes.push(await wellBehaved(url, probeFrame, STARVED_MS));
      await sleep(250);
    }
  })();
  const phase = async (name: string, run: () => Promise<unknown>) => {
    const began = performance.now();
    const result = await run();
    console.log(`  ${name}: ${(performance.now() - began).toFixed(0)} ms ${result ? JSON.stringify(result) : ''}`);
    assert.equal(server.exit(), undefined, `the server died during ${name}: ${server.exit()}\n${server.stderr().slice(-1500)}`);
  };
  for (const clients of BURSTS) await phase(`burst of ${clients}`, () => burst(url, clients, frames));
  await phase(`${CYCLES} connect/close cycles`, () => connectCloseCycles(url, CYCLES));
  await phase(`${ABANDONED} connections abandoned after 2 bytes`, () => abandonAfterTwoBytes(url, ABANDONED));
  abusing = false;
  await prober;

  // After the abuse: served promptly again, and resources back near the start.
  const after = await wellBehaved(url, probeFrame);
  // Idle workers beyond one end 5 s after their last client and free their decoders.
  const settled = async () => {
    let usage = processUsage(pid);
    for (let waited = 0; waited < 30_000 && usage.threads > start.threads; waited += 1000) {
      await sleep(1000);
      usage = processUsage(pid);
    }
    await sleep(1000);
    return processUsage(pid);
  };
  const end = await settled();
  const replies = probes.filter((p) => p.outcome === 'reply').map((p) => p.ms).sort((a, b) => a - b);
  const refused = probes.filter((p) => p.outcome === 'refused');
  const unanswered = probes.filter((p) => p.outcome === 'unanswered' || p.outcome === 'no-connect');
  for (const p of unanswered) console.log(`  unanswered: ${JSON.stringify(p)}`);
  const within1s = probes.filter((p) => (p.outcome === 'reply' || p.outcome === 'refused') && p.ms <= 1000).length;
  console.log(
    `  well-behaved client: ${probes.length} tries, ${within1s} answered within 1 s; ${replies.length} replies (median ${replies[replies.length >> 1]?.toFixed(0)} ms, worst ${replies.at(-1)?.toFixed(0)} ms), ${refused.length} refused at capacity (worst ${Math.max(0, ...refused.map((p) => p.ms)).toFixed(0)} ms), ${unanswered.length} unanswered; after the abuse: ${after.outcome} in ${after.ms.toFixed(0)} ms`,
  );
  console.log(`  process at start: ${JSON.stringify(start)}; at end: ${JSON.stringify(end)}`);
  assert.equal(server.exit(), undefined, `the server died: ${server.exit()}\n${server.stderr().slice(-1500)}`);
  assert.equal(unanswered.length, 0, `a well-behaved client went unanswered for ${STARVED_MS / 1000} s ${unanswered.length} times`);
  assert.ok(replies.length > 0, 'the well-behaved client was served during the abuse, not only refused');
  assert.equal(after.outcome, 'reply', 'after the abuse a well-behaved client is served');
  assert.ok(end.threads <= start.threads + 4, `threads ${start.threads} → ${end.threads}: worker threads leaked`);
  assert.ok(end.fds <= start.fds + 4, `open files ${start.fds} → ${end.fds}: sockets or files leaked`);
  assert.ok(end.rssMiB - start.rssMiB <= MAX_FIRST_ROUND_GROWTH_MIB, `resident memory ${start.rssMiB.toFixed(0)} → ${end.rssMiB.toFixed(0)} MiB in the first round`);

  // The same abuse again: a leak shows as growth here (see MAX_SECOND_ROUND_GROWTH_MIB).
  for (const clients of BURSTS) await phase(`again: burst of ${clients}`, () => burst(url, clients, frames));
  await phase(`again: ${CYCLES} connect/close cycles`, () => connectCloseCycles(url, CYCLES));
  await phase(`again: ${ABANDONED} connections abandoned after 2 bytes`, () => abandonAfterTwoBytes(url, ABANDONED));
  assert.equal((await wellBehaved(url, probeFrame)).outcome, 'reply', 'after the second round a well-behaved client is served');
  const again = await settled();
  console.log(`  process after a second round: ${JSON.stringify(again)}`);
  assert.ok(again.threads <= start.threads + 4, `threads ${start.threads} → ${again.threads} after the second round: worker threads leaked`);
  assert.ok(again.rssMiB - end.rssMiB <= MAX_SECOND_ROUND_GROWTH_MIB, `resident memory ${end.rssMiB.toFixed(0)} → ${again.rssMiB.toFixed(0)} MiB in the second round: a leak`);

  // Last, after the memory checks: 1 MiB frames leave the heap larger for a while (three
  // rounds of 24 such clients: 174 → 305 → 440 → 420 MiB, level, not growing), which
  // the bound above is too tight to absorb on top of the bursts. Here the heap checker
  // must see no corruption while recognizers are fed a frame's units and their clients
  // vanish between them, and the server must answer afterwards.
  await phase(`${VANISHING_BATCH} batch clients vanishing mid 1 MiB frame`, () => vanishMidBatchFrame(url, VANISHING_BATCH, readPcmFixture(speechFixture('weather').path).pcm));
  assert.equal((await wellBehaved(url, probeFrame)).outcome, 'reply', 'after the batch clients vanished a well-behaved client is served');
  assert.equal(server.exit(), undefined, `the server died: ${server.exit()}\n${server.stderr().slice(-1500)}`);
});
