// One utterance from a stream of PCM to final text, over one bare VoskConnection: audio
// goes out as it arrives (optionally paced to real time), finals are reported the moment
// they arrive, the end of the stream is eof. No reconnect: the CLI and the app use
// VoskRecognition (recognition/) for that; this is the plain protocol path, and
// pacedFrames() is shared by both.

import { setTimeout as sleep } from 'node:timers/promises';
import { VoskConnection } from './connection.js';
import type { VoskError } from './errors.js';
import { DEFAULT_SAMPLE_RATE, type FinalReply, type VoskConfig } from './protocol.js';
import { BYTES_PER_SAMPLE, frameBytesFor, reframe } from './frames.js';

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
  const bytesPerSecond = config.sample_rate * BYTES_PER_SAMPLE;
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
    const frames = pacedFrames(options.audio, frameBytes, options.realtime ? bytesPerSecond : undefined);
    for (;;) {
      const next = await Promise.race([frames.next(), failed]);
      if (next.done) break;
      if (failure) throw failure;
      connection.sendAudio(next.value);
    }
    if (failure) throw failure;
    await connection.endUtterance('eof', options.finalTimeoutMs ?? DEFAULT_FINAL_TIMEOUT_MS);
    return finals;
  } finally {
    await connection.close();
  }
}

/**
 * PCM in pieces of any size as frames of `frameBytes`; with `realtimeBytesPerSecond`, no
 * frame comes before a microphone would have captured its last sample.
 */
export async function* pacedFrames(
  audio: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  frameBytes: number,
  realtimeBytesPerSecond?: number,
): AsyncGenerator<Uint8Array> {
  const started = performance.now();
  let bytes = 0;
  for await (const frame of reframe(audio, frameBytes)) {
    bytes += frame.byteLength;
    if (realtimeBytesPerSecond) {
      const wait = started + (bytes / realtimeBytesPerSecond) * 1000 - performance.now();
      if (wait > 0) await sleep(wait);
    }
    yield frame;
  }
}
