// The transcript history's records, as the store keeps them and the transcript page shows
// them. Pure types: history.ts owns the behaviour, electron/ipc.ts carries these to the page.

import type { ScoredWord } from '../vosk/scored-word.js';
import type { MarkedSpan } from './overlay-state.js';

export interface TranscriptEntry {
  id: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** The formatted text as typed. */
  text: string;
  /** The recognizer's raw words, for search and re-formatting. */
  raw: string;
  /** The raw words with the recognizer's confidence, where it gave one (dictation/confidence/). */
  scoredWords?: ScoredWord[];
  /**
   * `text` in spans with the unsure words marked, added when the list goes to the transcript
   * page with Settings → confidence → in the transcript on; never stored.
   */
  unsureSpans?: MarkedSpan[];
  /**
   * The recognizer's readings, best first (the first is `raw`), when it gave more than one:
   * the transcript lets the user copy another. Absent in older files.
   */
  alternatives?: string[];
}

/** A dated file of transcripts moved out of the history by its size limit. */
export interface TranscriptArchive {
  /** File name beside the history, e.g. "history.archive-2026-03-01.json". */
  name: string;
  path: string;
  entries: number;
}

/** What a new transcript entry may carry besides its text (History.add). */
export interface TranscriptExtras {
  scoredWords?: ScoredWord[];
  alternatives?: readonly string[];
}
