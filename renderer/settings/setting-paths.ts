// Settings fields are named by dotted paths ("audio.frameMs"), the same keys main uses in
// SettingsUpdateResult.errors. Reading a value and building the patch for one field both
// follow the path, so the HTML names each field once (data-setting) and nothing else.
import type { PublicSettings, SettingsPatch } from '../../electron/settings/types.js';

export function valueAt(settings: PublicSettings, path: string): unknown {
  let node: unknown = settings;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** {"audio.frameMs", 80} → {audio: {frameMs: 80}}: the one-level-deep patch main expects. */
export function patchFor(path: string, value: unknown): SettingsPatch {
  const [group, field, ...rest] = path.split('.');
  if (!group || rest.length > 0) throw new Error(`unsupported settings path ${path}`);
  const patch: Record<string, unknown> = field === undefined ? { [group]: value } : { [group]: { [field]: value } };
  return patch;
}
