// What the overlay and the tray show of a dictation: the session owns this state and
// sends it whole (electron/ipc.ts carries it to the overlay page as 'overlay:state').
// Pure and Node-free: the overlay page imports IDLE_OVERLAY at run time.

export type DictationStatus =
  | 'idle'
  | 'connecting'
  | 'waking' // the server is asleep (e.g. a Hugging Face Space) and is being woken
  | 'listening'
  | 'finishing'
  | 'reconnecting'
  | 'error';

/** Everything the overlay and tray show. Sent whole, so a page that (re)loads is current. */
export interface OverlayState {
  status: DictationStatus;
  /** Live partial text of the current utterance (never formatted destructively). */
  partial: string;
  /** The last final text of this dictation, formatted as it was typed. */
  lastFinal: string;
  /** Human-readable reason for 'error', 'waking' or 'reconnecting'. */
  message: string;
  /** Seconds spent waking or reconnecting, for "waking the server… 12 s". */
  elapsedSeconds: number;
  level: AudioLevel;
  /**
   * Said once per utterance, kept until the next one starts: text on screen could not be
   * corrected (the focus moved, an edit was refused); the transcript has what was said.
   */
  notice: string;
  /**
   * `partial` and `lastFinal` cut into spans whose text joined is exactly that string; a span
   * with `unsure` is a word the recognizer is less sure of than the user's threshold
   * (dictation/confidence/). Empty: nothing marked (off, no confidence known, or all sure).
   * Shown only by the overlay: the typed text is `lastFinal`, never these.
   */
  partialSpans: MarkedSpan[];
  finalSpans: MarkedSpan[];
  /**
   * The "correct that" list: the last utterance's alternatives as they would be typed,
   * numbered from 1 (what is typed); [] when no list shows.
   */
  choices: string[];
  /** How to answer the list, in the dictation language's words; '' when no list shows. */
  choiceHint: string;
}

export interface MarkedSpan {
  text: string;
  /** Present on a word below the threshold: how sure the recognizer was, 0..1. */
  unsure?: number;
}

export interface AudioLevel {
  /** 0..1, root mean square of the last ≈50 ms. */
  rms: number;
  /** 0..1, absolute peak of the last ≈50 ms. */
  peak: number;
}

export const IDLE_OVERLAY: OverlayState = {
  status: 'idle',
  partial: '',
  lastFinal: '',
  message: '',
  elapsedSeconds: 0,
  level: { rms: 0, peak: 0 },
  notice: '',
  partialSpans: [],
  finalSpans: [],
  choices: [],
  choiceHint: '',
};
