// The overlay's words for each dictation status. Kept apart from the DOM so the wording
// lives in one place (the tray tooltip can say the same thing).

import type { DictationStatus, OverlayState } from '../../electron/dictation/overlay-state.js';

const HEADLINES: Record<DictationStatus, string> = {
  idle: 'Ready',
  connecting: 'Connecting…',
  waking: 'Waking the server…',
  listening: 'Listening',
  finishing: 'Finishing…',
  reconnecting: 'Reconnecting…',
  error: 'Error',
};

/** Statuses whose wait is counted in seconds on screen. */
export const COUNTED: ReadonlySet<DictationStatus> = new Set(['waking', 'reconnecting']);

/** e.g. "Waking the server… 12 s", "Error: the server refused the token". */
export function headline(state: Pick<OverlayState, 'status' | 'message'> & Partial<Pick<OverlayState, 'choices'>>, elapsedSeconds: number): string {
  // The "correct that" list shows between utterances: say what it is waiting for.
  if (state.status === 'idle' && (state.choices?.length ?? 0) > 0) return 'Which did you say?';
  const words = HEADLINES[state.status] ?? state.status;
  if (COUNTED.has(state.status)) return `${words} ${Math.max(0, Math.floor(elapsedSeconds))} s`;
  if (state.status === 'error') return state.message ? `${words}: ${state.message}` : words;
  return words;
}

/**
 * The second line: what we are waiting for (an error's reason is already in the headline),
 * else the utterance's notice (text it could not correct) until the next one starts.
 */
export function detail(state: Pick<OverlayState, 'status' | 'message'> & Partial<Pick<OverlayState, 'notice'>>): string {
  const waiting = COUNTED.has(state.status) || state.status === 'connecting' ? state.message : '';
  return waiting || (state.notice ?? '');
}
