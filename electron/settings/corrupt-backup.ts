// Keeps a copy of a damaged or unreadable file before we replace it, so the user (or we,
// from a bug report) can recover what was in it. Shared by settings and transcript history.

import { copyFileSync, constants } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { errorMessage } from '../common/error-message.js';

export type BackupResult = { ok: true; path: string } | { ok: false; message: string };

/** Copies `path` to `<name>.corrupt-<timestamp>[-n].<ext>` beside it; never overwrites. */
export function backUpCorruptFile(path: string, now: Date = new Date()): BackupResult {
  const ext = extname(path);
  const stem = basename(path, ext);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; attempt < 100; attempt++) {
    const suffix = attempt === 0 ? '' : `-${attempt}`;
    const target = join(dirname(path), `${stem}.corrupt-${stamp}${suffix}${ext}`);
    try {
      // raw write: a copy beside the original, never over anything (COPYFILE_EXCL); libuv copies
      // every byte or fails and removes the partial copy (uv_fs_copyfile), so ok means whole.
      copyFileSync(path, target, constants.COPYFILE_EXCL);
      return { ok: true, path: target };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        return { ok: false, message: `could not back up ${path}: ${errorMessage(error)}` };
      }
    }
  }
  return { ok: false, message: `could not back up ${path}: too many backups with the same timestamp` };
}
