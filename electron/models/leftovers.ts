// What a killed install leaves in the models folder, put right at start-up:
// - `.unpack-<name>-<hex>`: a half-unpacked archive (install.ts unpacks there, then renames)
//   — removed, it is never a whole model;
// - `.old-<name>-<hex>`: the previous copy of a model being replaced — the only copy if the
//   process died between the two renames, so it is moved back when <name> is missing, and
//   removed otherwise;
// - `.delete-<name>-<time>`: a model the user deleted (library.ts renames, then removes).

import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../common/error-message.js';

const UNPACK = /^\.unpack-.+-[0-9a-f]{8}$/;
const OLD = /^\.old-(.+)-[0-9a-f]{8}$/;
const DELETE = /^\.delete-.+-\d+$/;

/** Returns what was done, one line each, for the log. Never throws. */
export async function cleanModelLeftovers(modelsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(modelsDir);
  } catch {
    return []; // no models folder yet
  }
  const done: string[] = [];
  for (const name of names) {
    const path = join(modelsDir, name);
    const old = OLD.exec(name);
    try {
      if (old) {
        const target = join(modelsDir, old[1]!);
        const present = await stat(target).then(
          () => true,
          () => false,
        );
        if (present) {
          await rm(path, { recursive: true, force: true });
          done.push(`removed ${name}, the copy replaced by ${old[1]}`);
        } else {
          await rename(path, target);
          done.push(`restored ${old[1]} from ${name}, left by an install that did not finish`);
        }
      } else if (UNPACK.test(name) || DELETE.test(name)) {
        await rm(path, { recursive: true, force: true });
        done.push(`removed ${name}, left by an install or delete that did not finish`);
      }
    } catch (error) {
      done.push(`could not tidy ${name}: ${errorMessage(error)}`);
    }
  }
  return done;
}
