// Two processes keep the same settings file (the app and a second instance, or a future
// `voskey` command that writes settings): each reads it, changes something, writes it
// whole. Written blindly, the later save silently undid the other's change. Before a save
// the service reads the file again; if it changed since this process last read or wrote
// it, the three versions are merged field by field, as a three-way merge does:
// - a field only this process changed keeps this process's value;
// - a field only the other changed takes the other's value;
// - a field both changed to different values keeps this process's (the change being
//   saved is the one the user just made here) and is reported, so the user is told.

import { isDeepStrictEqual } from 'node:util';
import { mergeSettings, getAt } from './merge.js';
import { SETTINGS_FIELDS } from './schema.js';
import type { Settings } from './types.js';

export interface ConcurrentMerge {
  settings: Settings;
  /** Fields taken from the other process's save. */
  taken: string[];
  /** Fields both processes changed to different values; this process's value was kept. */
  conflicts: string[];
}

/**
 * `base` is the file as this process last knew it, `ours` what it is about to save,
 * `theirs` what another process saved meanwhile. All three are complete, valid Settings.
 */
export function mergeConcurrentChanges(base: Settings, ours: Settings, theirs: Settings): ConcurrentMerge {
  const patch: Record<string, unknown> = {};
  const taken: string[] = [];
  const conflicts: string[] = [];
  for (const field of SETTINGS_FIELDS) {
    const [was, mine, other] = [base, ours, theirs].map((settings) => getAt(settings, field.path));
    if (isDeepStrictEqual(other, was) || isDeepStrictEqual(other, mine)) continue;
    if (isDeepStrictEqual(mine, was)) {
      placeAt(patch, field.path, other);
      taken.push(field.key);
    } else {
      conflicts.push(field.key);
    }
  }
  if (taken.length === 0) return { settings: ours, taken, conflicts };
  // Through the same checks as any change: a value of theirs that does not fit with ours
  // (a ws:// remote URL once this process turned allowInsecureRemote off) is not taken.
  const merged = mergeSettings(ours, patch, 'ignore');
  const refused = new Set(Object.keys(merged.errors));
  return { settings: merged.settings, taken: taken.filter((key) => !refused.has(key)), conflicts: [...conflicts, ...taken.filter((key) => refused.has(key))] };
}

function placeAt(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = root;
  for (const name of path.slice(0, -1)) node = (node[name] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}
