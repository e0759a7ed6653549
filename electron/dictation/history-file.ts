// The transcript history file: reading it tolerantly (a damaged file is backed up, never
// fatal) and writing it atomically (temp file, fsync, rename), so a crash mid-write leaves
// either the old file or the new one, never half of each.

import { readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import type { TranscriptEntry } from '../ipc.js';
import { backUpCorruptFile } from '../settings/corrupt-backup.js';
import { isPlainObject } from '../settings/json-schema.js';
import { errorMessage } from '../common/error-message.js';

const FORMAT_VERSION = 1;

export interface LoadedHistory {
  /** Oldest first. */
  entries: TranscriptEntry[];
  /** What the user should be told about the file, if anything. */
  notices: string[];
  /** The file was damaged and has been backed up: write the repaired list back. */
  repaired: boolean;
}

export function loadHistoryFile(path: string, now: Date): LoadedHistory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], notices: [], repaired: false }; // first run
    // Not repaired: we must not overwrite a file we could not even read.
    const notice = `The transcript history could not be read (${errorMessage(error)}); it starts empty this session.`;
    return { entries: [], notices: [notice], repaired: false };
  }
  const parsed = parse(text);
  if (parsed.dropped === 0 && parsed.problem === undefined) return { entries: parsed.entries, notices: [], repaired: false };

  const backup = backUpCorruptFile(path, now);
  const kept = backup.ok ? `the old file was saved as ${backup.path}` : `no copy could be kept (${backup.message})`;
  const what = parsed.problem ?? `${parsed.dropped} unreadable ${parsed.dropped === 1 ? 'entry was' : 'entries were'} left out`;
  return { entries: parsed.entries, notices: [`The transcript history needed repair: ${what}; ${kept}.`], repaired: true };
}

function parse(text: string): { entries: TranscriptEntry[]; dropped: number; problem?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { entries: [], dropped: 0, problem: 'the file is not valid JSON, so the history starts empty' };
  }
  if (!isPlainObject(data) || !Array.isArray(data.entries)) {
    return { entries: [], dropped: 0, problem: 'the file does not hold a transcript list, so the history starts empty' };
  }
  const seen = new Set<string>();
  const entries = data.entries.filter((item): item is TranscriptEntry => {
    if (!isEntry(item) || seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
  return { entries: entries.map(({ id, time, text, raw }) => ({ id, time, text, raw })), dropped: data.entries.length - entries.length };
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

let tempCounter = 0;

/** Replaces `path` with the given entries (oldest first) in one atomic step. */
export async function writeHistoryFile(path: string, entries: readonly TranscriptEntry[]): Promise<void> {
  const temp = `${path}.${process.pid}.${++tempCounter}.tmp`;
  const content = JSON.stringify({ version: FORMAT_VERSION, entries }, null, 1);
  try {
    const handle = await open(temp, 'w', 0o600); // transcripts are private: owner only
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
