// Reconnect delays: exponential, capped, with jitter so that many clients dropped by the
// same server restart do not all knock again in the same millisecond.

export interface BackoffOptions {
  /** Delay before the second attempt (the first is immediate). */
  initialMs: number;
  /** Delays never grow past this. */
  maxMs: number;
}

// Capped at 2 s: while the user talks, every second of delay is a second of catching up.
// bench/reconnect.ts: server back up → first partial ≈3.3 s median after a ≈1.4 s outage
// (cold connect → first partial ≈0.35 s); most of it is the last backoff wait plus
// decoding the replayed backlog on a loaded machine.
export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 2000 };

/**
 * Delay before attempt number `attempt` (0 = the first attempt, which does not wait).
 * "Equal jitter": half the exponential delay is fixed, half random, so a delay never
 * collapses to zero (a hammered server gets a breather) yet clients spread out.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  if (attempt <= 0) return 0;
  const initial = Math.max(1, options.initialMs);
  const ceiling = Math.min(Math.max(initial, options.maxMs), initial * 2 ** Math.min(attempt - 1, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
