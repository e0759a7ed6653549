// What the capture worklet and microphone.ts say to each other over the node's port.
// Frames travel as bare (transferred) ArrayBuffers; everything else is one of these.

export const CAPTURE_PROCESSOR = 'voskey-capture';

export const DEFAULT_FRAME_MS = 100;
export const MIN_FRAME_MS = 20;
export const MAX_FRAME_MS = 200;

export interface CaptureProcessorOptions {
  /** Duration of one PCM frame; clamped to MIN_FRAME_MS..MAX_FRAME_MS. */
  frameMs: number;
}

/** Sent by microphone.ts: post the partial frame, then 'flushed'. */
export type ToWorklet = 'flush';

export type FromWorklet =
  | ArrayBuffer
  | { type: 'level'; rms: number; peak: number }
  /** Every sample received since the start went out in a frame before this message. */
  | { type: 'flushed'; samples: number };

/** A frame duration the worklet can use: a number in range, else the nearest bound or the default. */
export function frameMsWithinLimits(frameMs: unknown): number {
  if (typeof frameMs !== 'number' || !Number.isFinite(frameMs)) return DEFAULT_FRAME_MS;
  return Math.min(MAX_FRAME_MS, Math.max(MIN_FRAME_MS, Math.round(frameMs)));
}
