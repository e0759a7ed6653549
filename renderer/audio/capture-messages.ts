// What the capture worklet and the capture page say to each other over the node's port.
// Frames travel as bare (transferred) ArrayBuffers; everything else is one of these.
//
// The worklet lives as long as the page (warm between utterances). It is in standby until
// 'start' and again after 'flush'; in standby it keeps the last pre-roll's worth of
// samples in a ring (when the microphone is held open), which 'start' sends first.

export const CAPTURE_PROCESSOR = 'voskey-capture';

export const DEFAULT_FRAME_MS = 100;
export const MIN_FRAME_MS = 20;
export const MAX_FRAME_MS = 200;

/** The longest pre-roll the worklet keeps (and the settings allow). */
export const MAX_PRE_ROLL_MS = 2000;

export type ToWorklet =
  /** Begin an utterance: the pre-roll first, in order, then live samples. */
  | { type: 'start'; frameMs: number }
  /** Post the partial frame, then 'flushed'; back to standby with an empty ring. */
  | { type: 'flush' }
  /** Keep this many samples while in standby (0: none). Empties the ring: a new source starts now. */
  | { type: 'pre-roll'; samples: number };

export type FromWorklet =
  | ArrayBuffer
  | { type: 'level'; rms: number; peak: number }
  /** The utterance has its first sample: `preRollSamples` of them were taken before 'start'. */
  | { type: 'started'; preRollSamples: number }
  /** Every sample of the utterance (pre-roll included) went out in a frame before this message. */
  | { type: 'flushed'; samples: number };

/** A frame duration the worklet can use: a number in range, else the nearest bound or the default. */
export function frameMsWithinLimits(frameMs: unknown): number {
  if (typeof frameMs !== 'number' || !Number.isFinite(frameMs)) return DEFAULT_FRAME_MS;
  return Math.min(MAX_FRAME_MS, Math.max(MIN_FRAME_MS, Math.round(frameMs)));
}

/** A pre-roll length the worklet can keep: 0..MAX_PRE_ROLL_MS, 0 for anything unusable. */
export function preRollMsWithinLimits(preRollMs: unknown): number {
  if (typeof preRollMs !== 'number' || !Number.isFinite(preRollMs) || preRollMs <= 0) return 0;
  return Math.min(MAX_PRE_ROLL_MS, Math.round(preRollMs));
}
