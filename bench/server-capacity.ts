// Concurrent real-time streams: our built-in server (`voskey serve`) against alphacep's
// asr_server.py with the same recognizer (PocketSphinx, Debian's en-us model, same
// settings), both fed the same speech in 100 ms frames at real-time pace. In one run:
// 1. Per server: CPU-seconds per second of audio, the largest number of streams whose p95
//    reply lag stays ≤ 300 ms, and resident memory per stream; then the ratio of streams
//    held. Our server also runs with every client decoding at once (--decode-slots 64):
//    the baseline, measured in the same run, for its one-decode-per-core scheduling.
// 2. The same streams held while two batch clients each send 1 MiB frames (≈33 s of
//    audio) back to back: decode turns by audio (audio-units.ts, decode-slots.ts) against
//    asr_server.py, whose thread pool runs each whole message in one go.
// 3. Admission: streams arrive one every half second and stream until the last has had
//    its say; how many are admitted, and the worst p95 reply lag among them, with
//    `voskey serve`'s bounds (reply lag SERVE_MAX_REPLY_LAG_MS, decode share
//    SERVE_MAX_DECODE_SHARE) and without them, and on asr_server.py (which admits
//    everyone), at several loads.
//
// asr_server.py is not part of this repository. Point VOSK_ASR_SERVER at a copy of
// vosk-server's websocket/asr_server.py; it runs under /usr/bin/python3 (Debian's
// python3-websockets) with bench/reference/vosk.py, our PocketSphinx stand-in for the
// `vosk` module, first on PYTHONPATH. Without it the reference side is skipped, and said so.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { SERVE_MAX_DECODE_SHARE, SERVE_MAX_REPLY_LAG_MS } from '../electron/engine/server-limits.js';
import { EOF_FRAME, MAX_FRAME_BYTES } from '../electron/vosk/protocol.js';
import { readPcmFixture } from '../test/engine/pcm-fixture.js';
import { speechFixture } from '../test/helpers/fixtures.js';
import { quantile as percentile } from './helpers/stats.js';

const FRAME_BYTES = 3200; // 100 ms
const MAX_P95_LAG_MS = 300;
const STREAM_COUNTS = [1, 2, 4, 6, 8, 10, 12];
/** Streams offered in the admission runs (3.), arriving ADMISSION_ARRIVAL_MS apart. */
const OFFERED_STREAMS = [4, 8, 12];
const ADMISSION_ARRIVAL_MS = 500;
/** In the admission runs every admitted stream keeps talking this long after the last arrival. */
const ADMISSION_TAIL_MS = 8000;
/** Past this p95 lag a server has collapsed: more streams would only take longer. */
const COLLAPSED_MS = 5000;
const PYTHON = process.env.VOSK_PYTHON ?? '/usr/bin/python3';
const root = fileURLToPath(new URL('..', import.meta.url));

interface Server {
  name: string;
  url: string;
  process: ChildProcess;
}

interface Run {
  streams: number;
  p95LagMs: number;
  cpuPerAudioSecond: number;
  rssPerStreamMiB: number;
  failed: number;
}

const audio = readPcmFixture(speechFixture('multi').path);
const frames: Buffer[] = [];
for (let at = 0; at < audio.pcm.length; at += FRAME_BYTES) frames.push(audio.pcm.subarray(at, at + FRAME_BYTES));

function procStat(pid: number): { cpuSeconds: number; rssMiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, USER_HZ = 100
  const rss = /^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds, rssMiB: Number(rss?.[1] ?? 0) / 1024 };
}

async function waitForPort(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = new WebSocket(url);
      s.once('open', () => (s.close(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${url} did not come up in ${ms} ms`);
}

async function startOurs(name: string, extraArgs: string[] = []): Promise<Server> {
  const cli = `${root}/dist/electron/cli.js`;
  // Capacity far above what the machine holds: this measures it, admission would hide it.
  return listening(name, spawn(process.execPath, [cli, 'serve', '--port', '0', '--capacity', '64', ...extraArgs], { stdio: ['ignore', 'pipe', 'ignore'] }));
}

/** Our server with `voskey serve`'s admission bounds, or with none (which `voskey serve` cannot turn off). */
async function startOursWithAdmission(name: string, bounded: boolean): Promise<Server> {
  const limits = JSON.stringify({ capacity: 64, maxReplyLagMs: bounded ? SERVE_MAX_REPLY_LAG_MS : null, maxDecodeShare: bounded ? SERVE_MAX_DECODE_SHARE : null });
  return listening(name, spawn(process.execPath, ['--import', 'tsx', `${root}/bench/helpers/serve-with-limits.ts`, limits], { stdio: ['ignore', 'pipe', 'inherit'] }));
}

async function listening(name: string, child: ChildProcess): Promise<Server> {
  const url = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  return { name, url, process: child };
}

async function startReference(path: string): Promise<Server> {
  const port = 27000 + Math.floor(Math.random() * 1000);
  const child = spawn(PYTHON, [path, '/usr/share/pocketsphinx/model/en-us'], {
    env: { ...process.env, PYTHONPATH: `${root}/bench/reference`, VOSK_SERVER_INTERFACE: '127.0.0.1', VOSK_SERVER_PORT: String(port), VOSK_SAMPLE_RATE: '16000' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const url = `ws://127.0.0.1:${port}`;
  await waitForPort(url, 15_000);
  return { name: 'asr_server.py', url, process: child };
}

/** One client: ready once its recognizer answered a first frame; then streams on the shared clock. */
async function openStream(url: string): Promise<{ socket: WebSocket; replies: number[]; closed: Promise<void> }> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const replies: number[] = [];
  socket.on('message', () => replies.push(performance.now()));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.send(JSON.stringify({ config: { sample_rate: 16000 } }));
  socket.send(frames[0]!);
  while (replies.length === 0) await sleep(20);
  return { socket, replies, closed };
}

/** Wait (up to 20 s) until the process uses under 2 % of a core over half a second. */
async function quiet(pid: number): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const before = procStat(pid).cpuSeconds;
    await sleep(500);
    if (procStat(pid).cpuSeconds - before < 0.011) return;
  }
}

async function run(server: Server, streams: number, busy: boolean): Promise<Run> {
  const pid = server.process.pid!;
  await sleep(1000);
  const idle = procStat(pid);
  const clients = await Promise.all(Array.from({ length: streams }, () => openStream(server.url)));
  // Taking a worker makes our server load the next one ahead of time; let that (and any
  // other start-up work) finish, so the window below counts decoding only, on both servers.
  // A server kept busy by batch clients is never quiet: give it the time a load takes.
  if (busy) await sleep(2000);
  else await quiet(pid);
  let peakRss = procStat(pid).rssMiB;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, procStat(pid).rssMiB)), 200);
  const cpuBefore = procStat(pid).cpuSeconds;
  const start = performance.now() + 50;
  const lags: number[] = [];
  let failed = 0;
  await Promise.all(
    clients.map(async (client, c) => {
      // Streams are spread over the 100 ms tick, as independent microphones would be.
      const offset = (c * 100) / streams;
      const sentAt: number[] = [];
      for (let i = 1; i < frames.length; i++) {
        const due = start + offset + i * 100;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        if (client.socket.readyState !== WebSocket.OPEN) break;
        sentAt.push(performance.now());
        client.socket.send(frames[i]!);
      }
      if (client.socket.readyState === WebSocket.OPEN) client.socket.send(EOF_FRAME);
      await Promise.race([client.closed, sleep(60_000)]);
      // Reply 0 answered the warm-up frame; reply i answers frame i.
      for (let i = 0; i < sentAt.length; i++) {
        const reply = client.replies[i + 1];
        if (reply === undefined) failed++;
        else lags.push(reply - sentAt[i]!);
      }
      client.socket.terminate();
    }),
  );
  clearInterval(sampler);
  const cpu = procStat(pid).cpuSeconds - cpuBefore;
  const audioSeconds = streams * (frames.length - 1) * 0.1;
  return {
    streams,
    p95LagMs: lags.length ? percentile(lags, 0.95) : Infinity,
    cpuPerAudioSecond: cpu / audioSeconds,
    rssPerStreamMiB: (peakRss - idle.rssMiB) / streams,
    failed,
  };
}

async function measure(server: Server, busy = false): Promise<{ runs: Run[]; held: number }> {
  const label = busy ? `${server.name} + batch` : server.name;
  const runs: Run[] = [];
  let held = 0;
  for (const streams of STREAM_COUNTS) {
    const result = await run(server, streams, busy);
    runs.push(result);
    console.log(
      `  ${label.padEnd(20)} ${String(streams).padStart(2)} streams: p95 reply lag ${result.p95LagMs.toFixed(0).padStart(6)} ms, ` +
        `CPU ${result.cpuPerAudioSecond.toFixed(3)} s per audio s, RSS ${result.rssPerStreamMiB.toFixed(0)} MiB per stream${result.failed ? `, ${result.failed} replies missing` : ''}`,
    );
    // On a busy machine even one stream may miss 300 ms: keep going until collapse, so the
    // two servers' lag curves can still be compared side by side.
    const kept = result.p95LagMs <= MAX_P95_LAG_MS && result.failed === 0;
    if (kept && (held === 0 ? runs.length === 1 : runs.at(-2)!.streams === held)) held = streams;
    if (result.p95LagMs > COLLAPSED_MS || result.failed > 0) break;
  }
  return { runs, held };
}

function summary(name: string, m: { runs: Run[]; held: number }): string {
  const at = m.runs.find((r) => r.streams === Math.max(1, m.held)) ?? m.runs[0]!;
  return `${name.padEnd(20)} holds ${m.held} streams (p95 lag ≤ ${MAX_P95_LAG_MS} ms); at ${at.streams}: CPU ${at.cpuPerAudioSecond.toFixed(3)} s per audio s, ${at.rssPerStreamMiB.toFixed(0)} MiB per stream`;
}

/**
 * Two batch clients, each sending 1 MiB frames of speech back to back (the next once the
 * last is answered), until stopped. Resolves, once stopped, with the seconds of batch
 * audio answered and the slowest reply to a whole frame.
 */
function batchClients(url: string): { stop: () => Promise<{ audioSeconds: number; slowestFrameMs: number }> } {
  const frame = Buffer.alloc(MAX_FRAME_BYTES);
  for (let at = 0; at < frame.length; at += audio.pcm.length) audio.pcm.copy(frame, at);
  let stopping = false;
  let answered = 0;
  let slowest = 0;
  const clients = [0, 1].map(async () => {
    const socket = new WebSocket(url, { maxPayload: MAX_FRAME_BYTES });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.on('error', () => undefined);
    let answer: ((replied: boolean) => void) | undefined;
    socket.on('message', () => answer?.(true));
    socket.on('close', () => answer?.(false));
    socket.send(JSON.stringify({ config: { sample_rate: 16000 } }));
    while (!stopping && socket.readyState === WebSocket.OPEN) {
      const sent = performance.now();
      const replied = await new Promise<boolean>((resolve) => {
        answer = resolve;
        socket.send(frame);
      });
      if (!replied) break;
      answered++;
      slowest = Math.max(slowest, performance.now() - sent);
    }
    socket.terminate();
  });
  return {
    stop: async () => {
      stopping = true;
      await Promise.all(clients);
      return { audioSeconds: (answered * MAX_FRAME_BYTES) / 32000, slowestFrameMs: slowest };
    },
  };
}

/** Streams held while two batch clients send 1 MiB frames throughout. */
async function measureWithBatch(server: Server): Promise<{ runs: Run[]; held: number }> {
  const batch = batchClients(server.url);
  const began = performance.now();
  // CPU per audio second below counts the batch clients' decoding too.
  const result = await measure(server, true);
  const { audioSeconds, slowestFrameMs } = await batch.stop();
  const seconds = (performance.now() - began) / 1000;
  console.log(`  ${`${server.name} + batch`.padEnd(20)} batch clients: ${audioSeconds.toFixed(0)} s of audio answered in ${seconds.toFixed(0)} s (${(audioSeconds / seconds).toFixed(2)}× real time), slowest 1 MiB frame ${(slowestFrameMs / 1000).toFixed(1)} s`);
  return result;
}

interface Admission {
  offered: number;
  admitted: number;
  refused: number;
  /** The largest of the admitted streams' own p95 reply lags. */
  worstP95Ms: number;
}

/**
 * `offered` streams arrive ADMISSION_ARRIVAL_MS apart; each admitted one streams the speech
 * (looped) at real-time pace until ADMISSION_TAIL_MS after the last arrival, then eof.
 */
async function admission(server: Server, offered: number): Promise<Admission> {
  await quiet(server.process.pid!);
  const end = performance.now() + offered * ADMISSION_ARRIVAL_MS + ADMISSION_TAIL_MS;
  let refused = 0;
  const lagsPerStream: number[][] = [];
  await Promise.all(
    Array.from({ length: offered }, async (_, c) => {
      await sleep(c * ADMISSION_ARRIVAL_MS);
      const socket = new WebSocket(server.url);
      socket.on('error', () => undefined);
      const opened = await new Promise<boolean>((resolve) => {
        socket.once('open', () => resolve(true));
        socket.once('error', () => resolve(false));
      });
      if (!opened) return void refused++;
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      const replies: number[] = [];
      socket.on('message', () => replies.push(performance.now()));
      socket.send(JSON.stringify({ config: { sample_rate: 16000 } }));
      socket.send(frames[0]!);
      // Admitted once the first reply comes; refused if the socket closes (1013) first.
      const first = await Promise.race([
        (async () => {
          while (replies.length === 0 && socket.readyState === WebSocket.OPEN) await sleep(20);
          return replies.length > 0;
        })(),
        closed.then(() => false),
      ]);
      if (!first) {
        refused++;
        socket.terminate();
        return;
      }
      const sentAt: number[] = [];
      const start = performance.now();
      for (let i = 1; performance.now() < end && socket.readyState === WebSocket.OPEN; i++) {
        const wait = start + i * 100 - performance.now();
        if (wait > 0) await sleep(wait);
        sentAt.push(performance.now());
        socket.send(frames[i % frames.length]!);
      }
      if (socket.readyState === WebSocket.OPEN) socket.send(EOF_FRAME);
      await Promise.race([closed, sleep(60_000)]);
      // Reply 0 answered the first frame; reply i answers frame i. An unanswered frame
      // counts as never answered: its lag is the whole wait.
      const lags = sentAt.map((at, i) => (replies[i + 1] ?? performance.now()) - at);
      lagsPerStream.push(lags);
      socket.terminate();
    }),
  );
  // A stream admitted so late that it never streamed has no lag to count.
  const worst = Math.max(0, ...lagsPerStream.filter((lags) => lags.length > 0).map((lags) => percentile(lags, 0.95)));
  return { offered, admitted: lagsPerStream.length, refused, worstP95Ms: worst };
}

async function measureAdmission(server: Server): Promise<Admission[]> {
  const results: Admission[] = [];
  for (const offered of OFFERED_STREAMS) {
    const result = await admission(server, offered);
    results.push(result);
    console.log(`  ${server.name.padEnd(24)} ${String(offered).padStart(2)} offered: ${String(result.admitted).padStart(2)} admitted, ${String(result.refused).padStart(2)} refused, worst p95 reply lag among them ${result.worstP95Ms.toFixed(0).padStart(6)} ms`);
  }
  return results;
}

/** Starts a server, runs `body` on it, stops it whatever happens. */
async function withServer<T>(start: () => Promise<Server>, body: (server: Server) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await body(server);
  } finally {
    server.process.kill('SIGTERM');
    await new Promise((resolve) => server.process.once('exit', resolve));
  }
}

const referencePath = process.env.VOSK_ASR_SERVER;
const reference = !referencePath ? undefined : existsSync(referencePath) ? referencePath : undefined;
console.log(`${frames.length - 1} frames of 100 ms (${audio.seconds.toFixed(1)} s of speech) per stream, real-time pace; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
if (!referencePath) console.log('asr_server.py: skipped — set VOSK_ASR_SERVER to the path of vosk-server\'s websocket/asr_server.py to compare');
else if (!reference) console.log(`asr_server.py: skipped — VOSK_ASR_SERVER=${referencePath} does not exist`);

console.log('\n1. Real-time streams held');
const oursResult = await withServer(() => startOurs('voskey serve'), (s) => measure(s));
// The baseline: every client's decode at once, as before decode slots (decode-slots.ts).
const unboundedResult = await withServer(() => startOurs('every decode at once', ['--decode-slots', '64']), (s) => measure(s));
const referenceResult = reference ? await withServer(() => startReference(reference), (s) => measure(s)) : undefined;

console.log('\n2. Real-time streams held while two batch clients send 1 MiB frames');
const oursBatch = await withServer(() => startOurs('voskey serve'), measureWithBatch);
const referenceBatch = reference ? await withServer(() => startReference(reference), measureWithBatch) : undefined;

console.log(`\n3. Admission: streams arriving ${ADMISSION_ARRIVAL_MS} ms apart, talking until ${ADMISSION_TAIL_MS / 1000} s after the last arrival`);
const bounded = await withServer(() => startOursWithAdmission('lag and load bounds', true), measureAdmission);
const unbound = await withServer(() => startOursWithAdmission('no bounds', false), measureAdmission);
const referenceAdmission = reference ? await withServer(() => startReference(reference), measureAdmission) : undefined;

console.log(`\nSummary (load average now ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}: streams and lags are this machine's at this load; compare within the run)`);
console.log(summary('voskey serve', oursResult));
console.log(summary('every decode at once', unboundedResult));
if (unboundedResult.held > 0) console.log(`decode slots: ${(oursResult.held / unboundedResult.held).toFixed(2)}× the streams held with every decode at once`);
if (referenceResult) {
  console.log(summary('asr_server.py', referenceResult));
  if (referenceResult.held > 0) console.log(`streams held: ${(oursResult.held / referenceResult.held).toFixed(2)}× asr_server.py's (goal ≥ 1.5×)`);
  else console.log('streams held: no ratio — asr_server.py held none on this machine right now (see the load average above)');
  const cpu = (m: { runs: Run[] }) => m.runs.find((r) => r.streams === 4)?.cpuPerAudioSecond;
  const a = cpu(oursResult);
  const b = cpu(referenceResult);
  if (a !== undefined && b !== undefined) console.log(`CPU per audio second at 4 streams: ${a.toFixed(3)} vs ${b.toFixed(3)} (${(a / b).toFixed(2)}× asr_server.py's)`);
}
const heldRatio = (withBatch: number, alone: number) => (alone > 0 ? `${(withBatch / alone).toFixed(2)}× the streams held without them` : 'no ratio (none held alone)');
console.log(`with two batch clients: voskey serve holds ${oursBatch.held} streams, ${heldRatio(oursBatch.held, oursResult.held)}`);
if (referenceBatch && referenceResult) console.log(`with two batch clients: asr_server.py holds ${referenceBatch.held} streams, ${heldRatio(referenceBatch.held, referenceResult.held)}`);
// On a machine too busy for any stream to stay under 300 ms, "held" says nothing: the lag
// itself, at the same stream counts, still compares the runs made minutes apart.
const lagAt = (m: { runs: Run[] }, streams: number) => m.runs.find((r) => r.streams === streams)?.p95LagMs;
const shown = (ms: number | undefined) => (ms === undefined ? 'not run (collapsed before)' : `${ms.toFixed(0)} ms`);
for (const streams of STREAM_COUNTS.slice(0, 3)) {
  const parts = [`voskey serve ${shown(lagAt(oursResult, streams))} alone, ${shown(lagAt(oursBatch, streams))} with batch`];
  if (referenceResult && referenceBatch) parts.push(`asr_server.py ${shown(lagAt(referenceResult, streams))} alone, ${shown(lagAt(referenceBatch, streams))} with batch`);
  console.log(`p95 reply lag at ${streams} streams: ${parts.join('; ')}`);
}
for (const [i, offered] of OFFERED_STREAMS.entries()) {
  const b = bounded[i]!;
  const u = unbound[i]!;
  const r = referenceAdmission?.[i];
  const within = b.worstP95Ms <= SERVE_MAX_REPLY_LAG_MS ? 'within the lag bound' : 'OVER the lag bound';
  console.log(
    `${String(offered).padStart(2)} offered: with the bounds ${b.admitted} admitted, worst p95 ${b.worstP95Ms.toFixed(0)} ms (${within} of ${SERVE_MAX_REPLY_LAG_MS} ms); ` +
      `without them ${u.admitted} admitted, worst p95 ${u.worstP95Ms.toFixed(0)} ms` +
      (r ? `; asr_server.py ${r.admitted} admitted, worst p95 ${r.worstP95Ms.toFixed(0)} ms` : ''),
  );
}
const allWithin = bounded.every((b) => b.worstP95Ms <= SERVE_MAX_REPLY_LAG_MS);
console.log(`the accepted streams ${allWithin ? 'stay' : 'do NOT stay'} within the lag bound at every load`);
process.exit(0);
