// The transcript history file: reading it tolerantly and writing it atomically (temp file,
// fsync, read back, rename: durable-write.ts), so a crash mid-write leaves either the old file or the new one, never half
// of each. Transcripts are the user's own words, so the reader never lets a write destroy
// them: a damaged file is copied aside before it is repaired, and a file that cannot be read,
// cannot be copied, or comes from a newer Voskey is left untouched (keepUntouched) — the
// history then saves this session's transcripts to a file of its own (see history.ts).

import { readFileSync } from 'node:fs';
import type { TranscriptEntry } from './history-types.js';
import type { ScoredWord } from '../vosk/scored-word.js';
import { backUpCorruptFile } from '../settings/corrupt-backup.js';
import { isPlainObject } from '../settings/json-schema.js';
import { errorMessage } from '../common/error-message.js';
import { writeFileDurably } from '../common/durable-write.js';

export const HISTORY_FORMAT_VERSION = 1;

export interface LoadedHistory {
  /** Oldest first. */
  entries: TranscriptEntry[];
  /** What the user should be told about the file, if anything. */
  notices: string[];
  /** The file was damaged and has been backed up: write the repaired list back. */
  repaired: boolean;
  /** Set when the file must never be written over, saying why ("it could not be read (…)"). */
  keepUntouched?: string;
}

export function loadHistoryFile(path: string, now: Date): LoadedHistory {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], notices: [], repaired: false }; // first run
    return { entries: [], notices: [], repaired: false, keepUntouched: `it could not be read (${errorMessage(error)})` };
  }
  const parsed = parseHistory(bytes);
  if (parsed.newerVersion !== undefined) {
    return {
      entries: parsed.entries,
      notices: [],
      repaired: false,
      keepUntouched: `it was written by a newer Voskey (history format ${parsed.newerVersion}), and this version must not rewrite it in an older format`,
    };
  }
  if (parsed.problems.length === 0) return { entries: parsed.entries, notices: [], repaired: false };

  const what = parsed.problems.join('; ');
  const backup = backUpCorruptFile(path, now);
  if (!backup.ok) return { entries: parsed.entries, notices: [], repaired: false, keepUntouched: `it needs repair (${what}) but no copy of it could be kept (${backup.message})` };
  return { entries: parsed.entries, notices: [`The transcript history needed repair: ${what}; the old file was saved as ${backup.path}.`], repaired: true };
}

export interface ParsedHistory {
  entries: TranscriptEntry[];
  /** Why a rewrite would lose something from these bytes; empty when they read cleanly. */
  problems: string[];
  /** The format version, when it is newer than this Voskey writes. */
  newerVersion?: number;
}

const ENTRY_KEYS = new Set(['id', 'time', 'text', 'raw', 'scoredWords', 'alternatives']);
const FILE_KEYS = new Set(['version', 'entries']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads history bytes (the history file or an archive). Never throws. */
export function parseHistory(bytes: Uint8Array): ParsedHistory {
  const problems: string[] = [];
  let text: string;
  try {
    text = utf8.decode(bytes); // also strips a UTF-8 byte order mark, as editors on Windows add
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    problems.push('some of it was not valid UTF-8 text');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { entries: [], problems: ['the file is not valid JSON, so the history starts empty'] };
  }
  const newer = isPlainObject(data) && typeof data.version === 'number' && data.version > HISTORY_FORMAT_VERSION ? data.version : undefined;
  if (!isPlainObject(data) || !Array.isArray(data.entries)) {
    // A newer format may have changed its shape: then nothing is shown, and nothing rewritten.
    if (newer !== undefined) return { entries: [], problems: [], newerVersion: newer };
    return { entries: [], problems: ['the file does not hold a transcript list, so the history starts empty'] };
  }
  const seen = new Set<string>();
  let extraFields = Object.keys(data).some((key) => !FILE_KEYS.has(key));
  const entries: TranscriptEntry[] = [];
  let damagedAlternatives = 0;
  for (const item of data.entries) {
    if (!isEntry(item) || seen.has(item.id)) continue;
    seen.add(item.id);
    if (Object.keys(item).some((key) => !ENTRY_KEYS.has(key))) extraFields = true;
    const entry: TranscriptEntry = { id: item.id, time: item.time, text: item.text, raw: item.raw };
    // Confidence is an extra: a damaged list loses the marks, never the entry.
    const scored = validScoredWords(item.scoredWords);
    if (scored) entry.scoredWords = scored;
    // Alternatives are optional (older files have none); a damaged list is left out, the entry kept.
    const alternatives = readingsOf(item.alternatives);
    if (item.alternatives !== undefined && !alternatives) damagedAlternatives++;
    if (alternatives) entry.alternatives = alternatives;
    entries.push(entry);
  }
  const dropped = data.entries.length - entries.length;
  if (dropped > 0) problems.push(`${dropped} unreadable ${dropped === 1 ? 'entry was' : 'entries were'} left out`);
  if (extraFields) problems.push('fields this version does not know were left out');
  if (damagedAlternatives > 0) problems.push(`the unreadable alternatives of ${damagedAlternatives === 1 ? 'one entry were' : `${damagedAlternatives} entries were`} left out`);
  return { entries, problems, ...(newer !== undefined ? { newerVersion: newer } : {}) };
}

/** A list of {word, confidence 0..1}, copied; undefined for anything else or an empty list. */
export function validScoredWords(value: unknown): ScoredWord[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const ok = value.every(
    (w) => isPlainObject(w) && typeof w.word === 'string' && typeof w.confidence === 'number' && w.confidence >= 0 && w.confidence <= 1,
  );
  return ok ? (value as ScoredWord[]).map((w) => ({ word: w.word, confidence: w.confidence })) : undefined;
}

/** Alternatives worth keeping: two readings or more, each a non-empty string. */
export function readingsOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const readings = value.filter((r): r is string => typeof r === 'string' && r.trim() !== '');
  return readings.length > 1 && readings.length === value.length ? readings : undefined;
}

function isEntry(item: unknown): item is TranscriptEntry {
  return (
    isPlainObject(item) &&
    typeof item.id === 'string' &&
    item.id !== '' &&
    typeof item.time === 'number' &&
    Number.isFinite(item.time) &&
    typeof item.text === 'string' &&
    typeof item.raw === 'string'
  );
}

/** The bytes of a history (or archive) file holding `entries`. */
export function historyFileContent(entries: readonly TranscriptEntry[]): string {
  return JSON.stringify({ version: HISTORY_FORMAT_VERSION, entries }, null, 1);
}

/** Replaces `path` with the given entries (oldest first) in one atomic, verified step. */
export async function writeHistoryFile(path: string, entries: readonly TranscriptEntry[]): Promise<void> {
  await writeFileDurably(path, historyFileContent(entries), { mode: 0o600 }); // transcripts are private: owner only
}
