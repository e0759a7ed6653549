// The one way Voskey replaces a file it keeps (settings, transcript history, its archives, the
// model selection): write a temporary file beside it, every byte or an error, fsync it, read
// it back and compare, and only then rename it over the old one. A full disk once cost a
// user a day's transcript archive because a single writeSync returned 65,536 of 100,000
// bytes without an exception (POSIX write(2) may write less than asked; Node's writeSync
// returns the count and leaves the rest to the caller), and the truncated file was renamed
// over the good one. Here a short write is continued, a write that makes no progress
// throws, and a file that does not read back as written never replaces anything: the
// previous file stays, and the caller's error reaches the user.

import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface DurableWriteOptions {
  /** File mode of a new file (e.g. 0o600 for the user's transcripts). */
  mode?: number;
}

let tempCounter = 0;
/** Beside the target (a rename across file systems is not atomic); unique per process and call. */
const tempPathFor = (path: string) => `${path}.${process.pid}.${++tempCounter}.tmp`;

const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength));

function noProgress(path: string, written: number, total: number): Error {
  return Object.assign(new Error(`Could not write ${path}: only ${written} of ${total} bytes were written (is the disk full?)`), { code: 'ENOSPC' });
}

function checkReadBack(path: string, expected: Buffer, actual: Buffer): void {
  if (!actual.equals(expected)) {
    throw new Error(`Could not write ${path}: the file read back differs from what was written (${actual.length} of ${expected.length} bytes), so the previous file was kept.`);
  }
}

/** Writes `data` to `path` atomically and verified, or throws leaving the previous file as it was. */
export function writeFileDurablySync(path: string, data: string | Uint8Array, options: DurableWriteOptions = {}): void {
  const bytes = bytesOf(data);
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'w', options.mode ?? 0o666);
    try {
      for (let written = 0; written < bytes.length; ) {
        const n = writeSync(fd, bytes, written, bytes.length - written);
        if (n <= 0) throw noProgress(path, written, bytes.length);
        written += n;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    checkReadBack(path, bytes, readFileSync(temp));
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolderSync(dirname(path));
}

/** writeFileDurablySync without blocking the event loop (the transcript history can be megabytes). */
export async function writeFileDurably(path: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  const bytes = bytesOf(data);
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'w', options.mode ?? 0o666);
    try {
      for (let written = 0; written < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
        if (bytesWritten <= 0) throw noProgress(path, written, bytes.length);
        written += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    checkReadBack(path, bytes, await readFile(temp));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  syncFolderSync(dirname(path));
}

/**
 * Makes the rename itself survive a power cut (the folder's entry is data too). Best effort:
 * Windows cannot open a folder for fsync, and the file is already complete either way.
 */
function syncFolderSync(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder (EINVAL): nothing more can be done there.
  }
}
