// Reconnect delays: exponential, capped, with jitter so that many clients dropped by the
// same server restart do not all knock again in the same millisecond.

export interface BackoffOptions {
  /** Delay before the second attempt (the first is immediate). */
  initialMs: number;
  /** Delays never grow past this. */
  maxMs: number;
}

// Retries only happen while an utterance is open (the user is talking, or waiting for the
// last words), so the cap is low: every moment between the server coming back and our
// next attempt is a moment the user waits. A refused attempt costs the server nothing,
// and equal jitter (250–500 ms at the cap) still spreads clients out. bench/reconnect.ts:
// with the old 250 ms → 2 s backoff the wait for the next attempt was most of the
// recovery; see that file for the current figures.
export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 100, maxMs: 500 };

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
