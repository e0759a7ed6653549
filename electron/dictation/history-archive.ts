// Transcripts the history drops to stay under its size cap are moved, not deleted: they go
// to a dated archive file beside the history (history.archive-2026-03-01.json, in the
// history's own format), which the transcript window lists and exports. A settings reset
// that brings the cap back to 1,000 therefore costs nobody their older transcripts.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TranscriptArchive, TranscriptEntry } from './history-types.js';
import { historyFileContent, parseHistory } from './history-file.js';
import { writeFileDurablySync } from '../common/durable-write.js';

const ARCHIVE_NAME = /^history\.archive-\d{4}-\d\d-\d\d(?:-\d{1,2})?\.json$/;
/** Files of transcripts kept apart from a history that could not be written (history.ts). */
const SESSION_NAME = /^history\.session-[0-9T-]+Z\.json$/;
const isListed = (name: string) => ARCHIVE_NAME.test(name) || SESSION_NAME.test(name);

/**
 * The archive file entries trimmed at `now` go to: today's, unless it cannot be read
 * cleanly (then the next free name, so a damaged archive is never written over).
 */
export function archivePathFor(folder: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const pathOf = (n: number) => join(folder, `history.archive-${day}${n === 0 ? '' : `-${n}`}.json`);
  for (let n = 0; n < 99; n++) {
    if (readArchiveFile(pathOf(n)) !== 'damaged') return pathOf(n);
  }
  return pathOf(99); // 99 damaged archives in one day: appendToArchive refuses, the history keeps its entries
}

/** Adds `entries` to the archive at `path` (keeping what it holds), atomically. */
export function appendToArchive(path: string, entries: readonly TranscriptEntry[]): void {
  const existing = readArchiveFile(path);
  if (existing === 'damaged') throw new Error(`The transcript archive ${path} cannot be read, so it was not written over.`);
  const ids = new Set(existing.map((e) => e.id));
  // Verified before it replaces the archive: a short write on a full disk once turned a day's
  // archive into half a JSON file (durable-write.ts).
  writeFileDurablySync(path, historyFileContent([...existing, ...entries.filter((e) => !ids.has(e.id))]), { mode: 0o600 });
}

/**
 * Entry counts of archive files, by path, with the size and time of the file they were
 * read from. The transcript window lists the archives again after every final result;
 * reading and parsing every archive each time made each final cost more the longer
 * Voskey had been used, so a file is read again only when it changed.
 */
export type ArchiveCounts = Map<string, { size: number; mtimeMs: number; entries: number }>;

/** The archives in `folder` (and files of sessions kept apart), by name: archives, then sessions. */
export function listArchives(folder: string, counts: ArchiveCounts = new Map()): TranscriptArchive[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter(isListed);
  } catch {
    return [];
  }
  const listed = names.sort().map((name) => {
    const path = join(folder, name);
    return { name, path, entries: countEntries(path, counts) };
  });
  for (const path of counts.keys()) if (!listed.some((a) => a.path === path)) counts.delete(path);
  return listed;
}

function countEntries(path: string, counts: ArchiveCounts): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  // Whole milliseconds: what a file's time survives a copy or backup with.
  const mtimeMs = Math.trunc(stat.mtimeMs);
  const known = counts.get(path);
  if (known && known.size === stat.size && known.mtimeMs === mtimeMs) return known.entries;
  const entries = readArchiveFile(path);
  const count = entries === 'damaged' ? 0 : entries.length;
  counts.set(path, { size: stat.size, mtimeMs, entries: count });
  return count;
}

/** One archive's entries, oldest first; `name` must be an archive's file name, nothing else. */
export function readArchive(folder: string, name: string): TranscriptEntry[] {
  if (typeof name !== 'string' || !isListed(name)) throw new Error('That is not a transcript archive.');
  const entries = readArchiveFile(join(folder, name));
  if (entries === 'damaged') throw new Error(`The transcript archive ${name} cannot be read.`);
  return entries;
}

function readArchiveFile(path: string): TranscriptEntry[] | 'damaged' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? [] : 'damaged';
  }
  const parsed = parseHistory(bytes);
  return parsed.problems.length > 0 || parsed.newerVersion !== undefined ? 'damaged' : parsed.entries;
}
