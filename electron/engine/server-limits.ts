// How much work the built-in server takes on. Decoding is CPU-bound: past the streams the
// machine can decode in real time every stream falls behind (we measured replies 15 s
// late at 6 streams on 2 cores), so the server refuses clients beyond its capacity at
// once (1013) instead. The figures per core are measured by bench/server-capacity.ts.
import { availableParallelism } from 'node:os';

export interface ServerLimits {
  /** Clients served at once; the next one is refused with 1013 "try again later". */
  capacity: number;
  /** Decodes running at once, across all clients (see decode-slots.ts). Default: one per core. */
  decodeSlots: number;
  /** Recognizer workers loading at once (each ≈1 CPU-second and ≈100 MiB). */
  maxLoading: number;
  /** Loaded workers kept waiting for the next client (one always; more for idleWorkerMs). Default: capacity. */
  keepIdle?: number;
  /** Idle workers beyond one end after this long: memory returns to its start after a burst. */
  idleWorkerMs: number;
  /** A socket that sends neither config nor audio for this long (after its last reply) is closed. */
  idleMs: number;
  /**
   * A new stream is refused (1013) while the accepted real-time streams' p95 reply lag over
   * the last few seconds is above this (reply-lag.ts), even below `capacity`: the count alone
   * admitted streams that then stayed 520 ms behind on a busy machine.
   */
  maxReplyLagMs: number;
  /**
   * A new stream is refused (1013) when the real-time streams' decodes, one more included,
   * would take more than this share (0–1) of the decode slots' time (decode-load.ts): the
   * lag shows a stream's cost only seconds after it was admitted.
   */
  maxDecodeShare: number;
  /** Browser origins allowed to connect; a request with any other Origin header is refused. */
  allowedOrigins: readonly string[];
  /** Shutdown waits this long for clients to finish, then stops the rest. */
  shutdownMs: number;
}

/**
 * Real-time PocketSphinx streams per core, with room to spare. bench/server-capacity.ts on
 * 2 cores, one decode per core, three runs: 6 streams p95 reply lag 118–213 ms, 8 streams
 * 232–318 ms, 10 streams 481–859 ms. A machine that also runs the app, or a slower one,
 * needs the margin.
 */
const STREAMS_PER_CORE = 3;

export function defaultCapacity(cores = availableParallelism()): number {
  return Math.max(1, cores * STREAMS_PER_CORE);
}

/**
 * `voskey serve`'s bound: a live stream's words show up with this much delay at most. 6
 * streams on 2 cores (the default capacity) measured p95 118–213 ms, so an idle machine
 * never reaches it.
 */
export const SERVE_MAX_REPLY_LAG_MS = 400;

/**
 * `voskey serve`'s load bound. bench/server-capacity.ts on 2 cores, streams arriving half a
 * second apart, with no bound: measured shares of 0.25–0.36 at 4 streams (worst p95 reply
 * lag 72–135 ms), 0.55–0.72 at 8 (232–506 ms), up to 0.98 at 12 (499–1163 ms). A bound of
 * 0.5 admitted 6 of 12 at 422 ms, once, over the lag bound; 0.4 admitted 3–5 at 103–198 ms.
 * Past this share, streams whose utterances end together queue behind each other's finals,
 * and each admission's worker load (a slot for ≈1 s) halves what the streams have left.
 */
export const SERVE_MAX_DECODE_SHARE = 0.4;

export const DEFAULT_LIMITS: ServerLimits = {
  capacity: defaultCapacity(),
  decodeSlots: availableParallelism(),
  maxLoading: Math.min(2, availableParallelism()),
  idleWorkerMs: 5000,
  idleMs: 20_000,
  // No lag bound by default: the app's own engine serves one person, whose next utterance
  // must not be turned away because the last one is still being decoded. `voskey serve`,
  // which serves a team, sets SERVE_MAX_REPLY_LAG_MS.
  maxReplyLagMs: Infinity,
  maxDecodeShare: Infinity,
  allowedOrigins: [],
  shutdownMs: 1000,
};
