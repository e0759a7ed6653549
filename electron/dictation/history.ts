// The transcript history: every final text Voskey typed, newest first in the viewer, kept in
// one JSON file in the app's data folder. Changes are written after a short quiet period
// (one write per burst of dictation, not one per utterance); flush()/close() write at once,
// and a pending write keeps the process alive until it lands, so nothing is lost on quit.
// Entries dropped to stay under the size cap are archived first (history-archive.ts); a
// history file that must not be written over (unreadable, or from a newer Voskey) is left
// as it is, shown read-only, and this session's transcripts are saved to a file of their own.

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { TranscriptArchive, TranscriptEntry, TranscriptExtras } from './history-types.js';
import { appendToArchive, archivePathFor, listArchives, readArchive, type ArchiveCounts } from './history-archive.js';
import { exportTranscripts, type ExportFormat } from './history-export.js';
import { loadHistoryFile, readingsOf, validScoredWords, writeHistoryFile } from './history-file.js';
import type { HistorySink } from './ports.js';
import { errorMessage } from '../common/error-message.js';
import type { LogSink } from '../logging/log.js';

export const HISTORY_FILE_NAME = 'history.json';
/** How far back revise() looks: the corrected utterance is the last typed, give or take what was left on screen. */
const REVISE_LOOKBACK = 5;

export interface TranscriptHistoryOptions {
  /** The folder holding history.json (the app's userData; a temp dir in tests). */
  folder: string;
  /** settings.history.maxEntries: the oldest entries beyond it are archived; 0 keeps none. */
  maxEntries: number;
  /** Changes within this long of each other share one disk write. */
  writeDelayMs?: number;
  now?: () => number;
  /** Where a failed write or listener is reported: the app's log (the console when not given). */
  log?: LogSink;
}

export class TranscriptHistory implements HistorySink {
  readonly path: string;
  readonly folder: string;
  /** Where changes are saved: `path`, or this session's own file when `path` must stay untouched. */
  readonly writePath: string;
  /** What the user should be told once the app is up (a damaged file was repaired, …). */
  readonly startupNotices: string[];

  /** Oldest first: the order they were said, independent of clock changes. */
  #entries: TranscriptEntry[];
  #maxEntries: number;
  readonly #writeDelayMs: number;
  readonly #now: () => number;
  readonly #log: LogSink;
  readonly #listeners = new Set<() => void>();
  #timer: NodeJS.Timeout | undefined;
  #dirty = false;
  #queue: Promise<void> = Promise.resolve();
  /** Entries of a file we must not rewrite: shown, never changed, never saved elsewhere. */
  readonly #readOnly = new Set<string>();
  /** Trimmed entries not yet in their archive; the history is saved only after they are. */
  #toArchive: TranscriptEntry[] = [];
  #archivePath: string | undefined;
  /** What archives() last read from each archive file (history-archive.ts). */
  readonly #archiveCounts: ArchiveCounts = new Map();

  constructor(options: TranscriptHistoryOptions) {
    this.folder = options.folder;
    this.path = join(options.folder, HISTORY_FILE_NAME);
    this.#now = options.now ?? Date.now;
    this.#log = options.log ?? console;
    this.#writeDelayMs = options.writeDelayMs ?? 1000;
    this.#maxEntries = checkedMaxEntries(options.maxEntries);
    const loaded = loadHistoryFile(this.path, new Date(this.#now()));
    this.#entries = loaded.entries;
    this.startupNotices = loaded.notices;
    if (loaded.keepUntouched !== undefined) {
      const stamp = new Date(this.#now()).toISOString().replace(/[:.]/g, '-');
      this.writePath = join(options.folder, `history.session-${stamp}.json`);
      for (const entry of loaded.entries) this.#readOnly.add(entry.id);
      const shown = loaded.entries.length > 0 ? ` Its ${loaded.entries.length} entries are shown read-only.` : '';
      this.startupNotices.push(
        `The transcript history ${this.path} was left untouched: ${loaded.keepUntouched}.${shown} ` +
          `Transcripts from this session are saved to ${this.writePath} instead.`,
      );
      return;
    }
    this.writePath = this.path;
    const trimmed = this.#trimToCap();
    if (trimmed > 0) {
      this.#archivePath = archivePathFor(this.folder, new Date(this.#now()));
      this.startupNotices.push(
        `${trimmed.toLocaleString('en')} older ${trimmed === 1 ? 'transcript' : 'transcripts'} beyond the history limit of ${this.#maxEntries.toLocaleString('en')} ` +
          `${trimmed === 1 ? 'was' : 'were'} moved to the archive ${this.#archivePath}; the transcript window can export it.`,
      );
    }
    if (loaded.repaired || trimmed > 0) this.#scheduleWrite();
  }

  /** Records a final text. Blank text is not kept (undefined), nor anything when the cap is 0. */
  /** `extras`: the raw words' confidences and the recognizer's other readings, where it gave them. */
  add(text: string, raw: string, extras: TranscriptExtras = {}): TranscriptEntry | undefined {
    if (typeof text !== 'string' || text.trim() === '' || this.#maxEntries === 0) return undefined;
    const entry: TranscriptEntry = { id: randomUUID(), time: this.#now(), text, raw: typeof raw === 'string' ? raw : '' };
    const scored = validScoredWords(extras.scoredWords);
    if (scored) entry.scoredWords = scored;
    const readings = readingsOf(extras.alternatives);
    if (readings) entry.alternatives = readings;
    this.#entries.push(entry);
    this.#trimToCap();
    this.#changed();
    return { ...entry };
  }

  /**
   * "choose 2" replaced what was typed: the newest entry that reads `before` (among the last
   * few: the list is about the last thing typed) takes the chosen text. Nothing else changes.
   */
  revise(before: string, text: string, raw: string): void {
    if (typeof text !== 'string' || text.trim() === '') return;
    for (let i = this.#entries.length - 1; i >= Math.max(0, this.#entries.length - REVISE_LOOKBACK); i--) {
      const entry = this.#entries[i]!;
      if (entry.text !== before) continue;
      if (this.#readOnly.has(entry.id)) return;
      this.#entries[i] = { ...entry, text, raw: typeof raw === 'string' ? raw : entry.raw };
      this.#changed();
      return;
    }
  }

  /** Newest first. Every word of `query` must appear (any case) in the text or the raw words. */
  list(query?: string): TranscriptEntry[] {
    const terms = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (e: TranscriptEntry) => {
      const haystack = `${e.text}\n${e.raw}`.toLowerCase();
      return terms.every((term) => haystack.includes(term));
    };
    return this.#entries.filter(matches).reverse().map((e) => ({ ...e }));
  }

  get(id: string): TranscriptEntry | undefined {
    const entry = this.#entries.find((e) => e.id === id);
    return entry && { ...entry, ...(entry.alternatives ? { alternatives: [...entry.alternatives] } : {}) };
  }

  /** Returns whether an entry was removed. */
  delete(id: string): boolean {
    const index = this.#entries.findIndex((e) => e.id === id);
    if (index < 0) return false;
    if (this.#readOnly.has(id)) throw new Error('That entry is in a transcript history this version of Voskey cannot change; it was kept.');
    this.#entries.splice(index, 1);
    this.#changed();
    return true;
  }

  /** Deletes every entry this history may change (all of them, unless it is read-only). */
  clear(): void {
    const kept = this.#entries.filter((e) => this.#readOnly.has(e.id));
    if (kept.length === this.#entries.length) return;
    this.#entries = kept;
    this.#changed();
  }

  /** The archive files of trimmed transcripts beside the history, oldest first. */
  archives(): TranscriptArchive[] {
    return listArchives(this.folder, this.#archiveCounts);
  }

  /** One archive (by file name, as archives() lists it) as a file the user can keep. */
  exportArchive(name: string, format: ExportFormat): string {
    return exportTranscripts(readArchive(this.folder, name), format);
  }

  export(format: ExportFormat): string {
    return exportTranscripts(this.#entries, format);
  }

  /** Follows settings.history.maxEntries; lowering it drops the oldest entries now. */
  setMaxEntries(maxEntries: number): void {
    this.#maxEntries = checkedMaxEntries(maxEntries);
    // Setting 0 ("keep no history") in Settings is the user asking for deletion: not archived.
    if (this.#trimToCap(this.#maxEntries > 0) > 0) this.#changed();
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Writes any pending change now; rejects if the file cannot be written. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const run = this.#queue.then(() => this.#persist());
    this.#queue = run.catch(() => undefined); // a failed write must not block later ones
    return run;
  }

  /** Flushes and stops notifying listeners. Later changes still reach the disk. */
  async close(): Promise<void> {
    this.#listeners.clear();
    await this.flush();
  }

  async #persist(): Promise<void> {
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      // Archive first: until the trimmed entries are safe there, the old file keeps them.
      if (this.#toArchive.length > 0) {
        appendToArchive(this.#archivePath ?? archivePathFor(this.folder, new Date(this.#now())), this.#toArchive);
        this.#toArchive = [];
        this.#archivePath = undefined;
      }
      await writeHistoryFile(this.writePath, this.#entries.filter((e) => !this.#readOnly.has(e.id)));
    } catch (error) {
      this.#dirty = true; // retried on the next change or flush
      throw new Error(`Could not save the transcript history to ${this.writePath}: ${errorMessage(error)}`);
    }
  }

  /** Drops the oldest changeable entries beyond the cap (into the archive queue); returns how many. */
  #trimToCap(archive = true): number {
    const changeable = this.#entries.filter((e) => !this.#readOnly.has(e.id));
    const excess = changeable.length - this.#maxEntries;
    if (excess <= 0) return 0;
    const dropped = new Set(changeable.slice(0, excess));
    if (archive) {
      // Which archive file is decided when it is written (#persist): finding it reads the
      // archive, which must not happen on every final result once the history is full.
      // concat, not push(...dropped): spreading 125k+ entries as arguments overflows the
      // stack (RangeError), and this runs in the constructor, so the app failed at every start.
      this.#toArchive = this.#toArchive.concat([...dropped]);
    }
    this.#entries = this.#entries.filter((e) => !dropped.has(e));
    return excess;
  }

  #changed(): void {
    this.#scheduleWrite();
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch (error) {
        this.#log.error(`history listener failed: ${errorMessage(error)}`);
      }
    }
  }

  #scheduleWrite(): void {
    this.#dirty = true;
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch((error: unknown) => this.#log.error(errorMessage(error)));
    }, this.#writeDelayMs);
  }
}

function checkedMaxEntries(value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`maxEntries must be a whole number of at least 0, got ${String(value)}`);
  }
  return value;
}
