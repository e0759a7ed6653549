// The transcript history: every final text Voskey typed, newest first in the viewer, kept in
// one JSON file in the app's data folder. Changes are written after a short quiet period
// (one write per burst of dictation, not one per utterance); flush()/close() write at once,
// and a pending write keeps the process alive until it lands, so nothing is lost on quit.

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { TranscriptEntry } from '../ipc.js';
import { exportTranscripts, type ExportFormat } from './history-export.js';
import { loadHistoryFile, writeHistoryFile } from './history-file.js';
import type { HistorySink } from './ports.js';
import { errorMessage } from '../common/error-message.js';
import type { LogSink } from '../logging/log.js';

export const HISTORY_FILE_NAME = 'history.json';

export interface TranscriptHistoryOptions {
  /** The folder holding history.json (the app's userData; a temp dir in tests). */
  folder: string;
  /** settings.history.maxEntries: the oldest entries beyond it are dropped; 0 keeps none. */
  maxEntries: number;
  /** Changes within this long of each other share one disk write. */
  writeDelayMs?: number;
  now?: () => number;
  /** Where a failed write or listener is reported: the app's log (the console when not given). */
  log?: LogSink;
}

export class TranscriptHistory implements HistorySink {
  readonly path: string;
  /** What the user should be told once the app is up (a damaged file was repaired). */
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

  constructor(options: TranscriptHistoryOptions) {
    this.path = join(options.folder, HISTORY_FILE_NAME);
    this.#now = options.now ?? Date.now;
    this.#log = options.log ?? console;
    this.#writeDelayMs = options.writeDelayMs ?? 1000;
    this.#maxEntries = checkedMaxEntries(options.maxEntries);
    const loaded = loadHistoryFile(this.path, new Date(this.#now()));
    this.#entries = loaded.entries;
    this.startupNotices = loaded.notices;
    if (loaded.repaired || this.#trimToCap()) this.#scheduleWrite();
  }

  /** Records a final text. Blank text is not kept (undefined), nor anything when the cap is 0. */
  add(text: string, raw: string): TranscriptEntry | undefined {
    if (typeof text !== 'string' || text.trim() === '' || this.#maxEntries === 0) return undefined;
    const entry: TranscriptEntry = { id: randomUUID(), time: this.#now(), text, raw: typeof raw === 'string' ? raw : '' };
    this.#entries.push(entry);
    this.#trimToCap();
    this.#changed();
    return { ...entry };
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
    return entry && { ...entry };
  }

  /** Returns whether an entry was removed. */
  delete(id: string): boolean {
    const index = this.#entries.findIndex((e) => e.id === id);
    if (index < 0) return false;
    this.#entries.splice(index, 1);
    this.#changed();
    return true;
  }

  clear(): void {
    if (this.#entries.length === 0) return;
    this.#entries = [];
    this.#changed();
  }

  export(format: ExportFormat): string {
    return exportTranscripts(this.#entries, format);
  }

  /** Follows settings.history.maxEntries; lowering it drops the oldest entries now. */
  setMaxEntries(maxEntries: number): void {
    this.#maxEntries = checkedMaxEntries(maxEntries);
    if (this.#trimToCap()) this.#changed();
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
      await writeHistoryFile(this.path, [...this.#entries]);
    } catch (error) {
      this.#dirty = true; // retried on the next change or flush
      throw new Error(`Could not save the transcript history to ${this.path}: ${errorMessage(error)}`);
    }
  }

  #trimToCap(): boolean {
    const excess = this.#entries.length - this.#maxEntries;
    if (excess <= 0) return false;
    this.#entries.splice(0, excess);
    return true;
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
