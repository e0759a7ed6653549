// One utterance from a stream of PCM to final text, over one VoskConnection: audio goes
// out as it arrives (optionally paced to real time), finals are reported the moment they
// arrive, the end of the stream is eof. Used by the CLI; the app's dictation session
// drives the same VoskConnection with audio from the microphone.

import { setTimeout as sleep } from 'node:timers/promises';
import { VoskConnection } from './connection.js';
import type { VoskError } from './errors.js';
import { DEFAULT_SAMPLE_RATE, type FinalReply, type VoskConfig } from './protocol.js';
import { frameBytesFor, reframe } from './frames.js';

export const DEFAULT_FRAME_MS = 100;
export const DEFAULT_FINAL_TIMEOUT_MS = 30_000;

export interface TranscribeOptions {
  url: string;
  token?: string;
  /** 16-bit little-endian mono PCM at config.sample_rate, in pieces of any size. */
  audio: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  config?: Partial<VoskConfig>;
  /** Send no faster than real time (as a microphone would). */
  realtime?: boolean;
  frameMs?: number;
  finalTimeoutMs?: number;
  connectTimeoutMs?: number;
  onPartial?(text: string): void;
  /** Every final result, in order, the moment it arrives (endpoints and the last one). */
  onFinal?(reply: FinalReply): void;
}

/** Resolves with every final result; rejects with a VoskError when the server fails. */
export async function transcribeStream(options: TranscribeOptions): Promise<FinalReply[]> {
  const config: VoskConfig = { sample_rate: DEFAULT_SAMPLE_RATE, ...options.config };
  const frameBytes = frameBytesFor(config.sample_rate, options.frameMs ?? DEFAULT_FRAME_MS);
  const bytesPerSecond = config.sample_rate * 2;
  const connection = await VoskConnection.open({
    url: options.url,
    token: options.token,
    config,
    connectTimeoutMs: options.connectTimeoutMs,
  });
  const finals: FinalReply[] = [];
  let failure: VoskError | undefined;
  // Audio may be slow to come (a quiet pipe): a server failure must not wait for it.
  let rejectFailed: (error: VoskError) => void = () => {};
  const failed = new Promise<never>((_resolve, reject) => (rejectFailed = reject));
  failed.catch(() => {});
  const noteFailure = (error: VoskError | undefined): void => {
    if (!error || failure) return;
    failure = error;
    rejectFailed(error);
  };
  connection.on('error', noteFailure);
  connection.on('closed', (info) => noteFailure(info.error));
  connection.on('partial', (text) => options.onPartial?.(text));
  connection.on('final', (reply) => {
    finals.push(reply);
    options.onFinal?.(reply);
  });
  try {
    const started = performance.now();
    let sentBytes = 0;
    const frames = reframe(options.audio, frameBytes);
    for (;;) {
      const next = await Promise.race([frames.next(), failed]);
      if (next.done) break;
      const frame = next.value;
      if (options.realtime) {
        // A microphone delivers a frame once its last sample is captured: not before.
        const due = started + ((sentBytes + frame.byteLength) / bytesPerSecond) * 1000;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
      }
      if (failure) throw failure;
      connection.sendAudio(frame);
      sentBytes += frame.byteLength;
    }
    if (failure) throw failure;
    await connection.endUtterance('eof', options.finalTimeoutMs ?? DEFAULT_FINAL_TIMEOUT_MS);
    return finals;
  } finally {
    await connection.close();
  }
}
