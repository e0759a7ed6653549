// The abuse that crashed `voskey serve` (issue 14), as reusable phases: bursts of clients
// streaming audio that vanish mid-decode, connect/close cycles, connections abandoned after
// two bytes, batch clients vanishing while their 1 MiB frame is decoded in units. A well-behaved client is timed throughout. Used by the CI stress test and by
// scripts that reproduce the crash on an older build.
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { EOF_FRAME, MAX_FRAME_BYTES } from '../../electron/vosk/protocol.js';

/** 100 ms of 16 kHz 16-bit mono. */
export const FRAME_BYTES = 3200;

export function framesOf(pcm: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < pcm.length; at += FRAME_BYTES) out.push(pcm.subarray(at, at + FRAME_BYTES));
  return out;
}

function open(url: string): Promise<WebSocket | undefined> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.once('error', () => resolve(undefined));
    socket.once('unexpected-response', () => resolve(undefined));
  });
}

/**
 * A burst of clients connecting at once, each sending audio as fast as the server reads it;
 * every other client vanishes (no close handshake) after a few frames, mid-decode. `config`
 * gives each client its config message (sample rate only, unless given).
 * Resolves with how many clients were served (reply seen) and how many were refused (1013).
 */
export async function burst(
  url: string,
  clients: number,
  frames: Buffer[],
  config: (client: number) => Record<string, unknown> = () => ({ sample_rate: 16000 }),
): Promise<{ replied: number; refused: number }> {
  let replied = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const socket = await open(url);
      if (!socket) return;
      socket.on('error', () => undefined);
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      let seen = false;
      socket.on('message', () => {
        if (!seen) replied++;
        seen = true;
      });
      socket.send(JSON.stringify({ config: config(i) }));
      const vanishAfter = i % 2 === 0 ? 3 + (i % 7) : Infinity;
      for (let f = 0; f < frames.length && socket.readyState === WebSocket.OPEN; f++) {
        if (f >= vanishAfter) {
          socket.terminate();
          break;
        }
        socket.send(frames[f]!);
        if (f % 4 === 3) await sleep(5);
      }
      if (socket.readyState === WebSocket.OPEN) socket.send(EOF_FRAME);
      const code = await Promise.race([closed, sleep(20_000).then(() => -1)]);
      if (code === 1013) refused++;
      if (socket.readyState !== WebSocket.CLOSED) socket.terminate();
    }),
  );
  return { replied, refused };
}

/** Connect and close again, `count` times, `parallel` at a time. */
export async function connectCloseCycles(url: string, count: number, parallel = 10): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next++;
        const socket = await open(url);
        if (!socket) continue;
        socket.on('error', () => undefined);
        const closed = new Promise((resolve) => socket.once('close', resolve));
        if (next % 2) socket.close();
        else socket.terminate();
        await closed;
      }
    }),
  );
}

/** Connections that send two bytes of audio (enough to ask for a recognizer) and vanish 50 ms later. */
export async function abandonAfterTwoBytes(url: string, count: number): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, async () => {
      const socket = await open(url);
      if (!socket) return;
      socket.on('error', () => undefined);
      socket.send(JSON.stringify({ config: { sample_rate: 16000 } }));
      socket.send(Buffer.alloc(2));
      await sleep(50);
      socket.terminate();
    }),
  );
}

/**
 * Batch clients, `parallel` at a time, each sending one 1 MiB frame (≈33 s of audio, split
 * by the server into ≈160 decode units) and vanishing (no close handshake) after 0–`maxMs`
 * ms: mid-split-frame, while its units decode. `speech` is repeated to fill the frame.
 */
export async function vanishMidBatchFrame(url: string, count: number, speech: Buffer, parallel = 4, maxMs = 400): Promise<void> {
  const frame = Buffer.alloc(MAX_FRAME_BYTES);
  for (let at = 0; at < frame.length; at += speech.length) speech.copy(frame, at);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const i = next++;
        const socket = await open(url);
        if (!socket) continue;
        socket.on('error', () => undefined);
        const closed = new Promise((resolve) => socket.once('close', resolve));
        socket.send(JSON.stringify({ config: { sample_rate: 16000 } }));
        socket.send(frame);
        await sleep((i * 97) % (maxMs + 1)); // spread over the frame's first units
        socket.terminate();
        await closed;
      }
    }),
  );
}

export type ProbeResult = { ms: number; outcome: 'reply' | 'refused' | 'unanswered' | 'no-connect' };

/**
 * A well-behaved client: config, one 100 ms frame, waits for the reply. Returns the time
 * from connecting to its first reply, or to a 1013 refusal (the server at capacity), or
 * 'unanswered' if neither came within `timeoutMs`.
 */
export async function wellBehaved(url: string, frame: Buffer, timeoutMs = 10_000): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const socket = await open(url);
  if (!socket) return { ms: elapsed(), outcome: 'no-connect' };
  socket.on('error', () => undefined);
  const answer = new Promise<ProbeResult>((resolve) => {
    socket.once('message', () => resolve({ ms: elapsed(), outcome: 'reply' }));
    socket.once('close', (code) => resolve({ ms: elapsed(), outcome: code === 1013 ? 'refused' : 'unanswered' }));
  });
  const closed = new Promise((resolve) => socket.once('close', resolve));
  socket.send(JSON.stringify({ config: { sample_rate: 16000 } }));
  socket.send(frame);
  const result = await Promise.race([answer, sleep(timeoutMs).then((): ProbeResult => ({ ms: elapsed(), outcome: 'unanswered' }))]);
  if (socket.readyState === WebSocket.OPEN) socket.send(EOF_FRAME);
  await Promise.race([closed, sleep(3000)]);
  socket.terminate();
  return result;
}

/** Resident memory, threads and open file descriptors of a process, from /proc. */
export function processUsage(pid: number): { rssMiB: number; threads: number; fds: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: field('VmRSS') / 1024, threads: field('Threads'), fds: readdirSync(`/proc/${pid}/fd`).length };
}
