// Concurrent real-time streams: our built-in server (`voskey serve`) against alphacep's
// asr_server.py with the same recognizer (PocketSphinx, Debian's en-us model, same
// settings), both fed the same speech in 100 ms frames at real-time pace. Prints, per
// server: CPU-seconds per second of audio, the largest number of streams whose p95 reply
// lag stays ≤ 300 ms, and resident memory per stream; then the ratio of streams held. Our
// server also runs with every client decoding at once (--decode-slots 64): the baseline,
// measured in the same run, for its one-decode-per-core scheduling (decode-slots.ts).
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
import { EOF_FRAME } from '../electron/vosk/protocol.js';
import { readPcmFixture } from '../test/engine/pcm-fixture.js';
import { speechFixture } from '../test/helpers/fixtures.js';
import { quantile as percentile } from './helpers/stats.js';

const FRAME_BYTES = 3200; // 100 ms
const MAX_P95_LAG_MS = 300;
const STREAM_COUNTS = [1, 2, 4, 6, 8, 10, 12];
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
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--capacity', '64', ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
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

async function run(server: Server, streams: number): Promise<Run> {
  const pid = server.process.pid!;
  await sleep(1000);
  const idle = procStat(pid);
  const clients = await Promise.all(Array.from({ length: streams }, () => openStream(server.url)));
  // Taking a worker makes our server load the next one ahead of time; let that (and any
  // other start-up work) finish, so the window below counts decoding only, on both servers.
  await quiet(pid);
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

async function measure(server: Server): Promise<{ runs: Run[]; held: number }> {
  const runs: Run[] = [];
  let held = 0;
  for (const streams of STREAM_COUNTS) {
    const result = await run(server, streams);
    runs.push(result);
    console.log(
      `  ${server.name.padEnd(20)} ${String(streams).padStart(2)} streams: p95 reply lag ${result.p95LagMs.toFixed(0).padStart(6)} ms, ` +
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

const referencePath = process.env.VOSK_ASR_SERVER;
console.log(`${frames.length - 1} frames of 100 ms (${audio.seconds.toFixed(1)} s of speech) per stream, real-time pace; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
const ours = await startOurs('voskey serve');
const oursResult = await measure(ours).finally(() => ours.process.kill('SIGTERM'));
// The baseline: every client's decode at once, as before decode slots (decode-slots.ts).
const unbounded = await startOurs('every decode at once', ['--decode-slots', '64']);
const unboundedResult = await measure(unbounded).finally(() => unbounded.process.kill('SIGTERM'));
let referenceResult: { runs: Run[]; held: number } | undefined;
if (!referencePath) {
  console.log('asr_server.py: skipped — set VOSK_ASR_SERVER to the path of vosk-server\'s websocket/asr_server.py to compare');
} else if (!existsSync(referencePath)) {
  console.log(`asr_server.py: skipped — VOSK_ASR_SERVER=${referencePath} does not exist`);
} else {
  const reference = await startReference(referencePath);
  referenceResult = await measure(reference).finally(() => reference.process.kill('SIGTERM'));
}
console.log('\n' + summary(ours.name, oursResult));
console.log(summary(unbounded.name, unboundedResult));
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
process.exit(0);
