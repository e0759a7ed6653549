// Brings a settings file written by any earlier Voskey to the current shape, one
// schemaVersion step at a time. Migrations only move and rename: the values they carry are
// then checked field by field like any other input (merge.ts), so a migration never has to
// validate and a bad old value is reported with the same message as a bad new one.

import { CURRENT_SCHEMA_VERSION } from './defaults.js';
import { isPlainObject } from './json-schema.js';
import { SETTINGS_SCHEMA } from './schema.js';

type RawSettings = Record<string, unknown>;

/** Secrets found in an old file; they must move to encrypted storage, never back to the file. */
export interface FoundSecrets {
  token?: string;
}

/** Step i turns a version-i file into a version-(i+1) file. */
const STEPS: readonly ((data: RawSettings, secrets: FoundSecrets, dropped: string[]) => RawSettings)[] = [
  fromPrototypeFlatShape,
  fromEnglishOnlyFormatting,
];

export interface MigrationResult {
  data: RawSettings;
  fromVersion: number;
  /** The file came from a newer Voskey: fields we know are kept, the rest is ignored. */
  fromNewerVersion: boolean;
  secrets: FoundSecrets;
  /** Keys of the old file that no step carried over (they are lost unless backed up). */
  dropped: string[];
}

export function migrateSettings(raw: RawSettings): MigrationResult {
  const fromVersion = readVersion(raw);
  const secrets: FoundSecrets = {};
  const dropped: string[] = [];
  if (fromVersion > CURRENT_SCHEMA_VERSION) {
    return { data: raw, fromVersion, fromNewerVersion: true, secrets, dropped };
  }
  let data = raw;
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no settings migration from schemaVersion ${version}`); // a programming error, caught by tests
    data = step(data, secrets, dropped);
  }
  return { data: { ...data, schemaVersion: CURRENT_SCHEMA_VERSION }, fromVersion, fromNewerVersion: false, secrets, dropped };
}

/**
 * The number is not trusted on its own: a file without schemaVersion (or with 0) is the
 * prototype's flat layout only if it looks like it. A file in today's layout that lost its
 * version (hand-edited, or written by a tool) is read as current, so none of its sections
 * are dropped. An unreadable version (e.g. "1" as text) is taken as current too: the field
 * checks then keep whatever is valid.
 */
function readVersion(raw: RawSettings): number {
  const version = raw.schemaVersion;
  if (version === undefined || version === 0) return hasCurrentSections(raw) && !hasFlatKeys(raw) ? CURRENT_SCHEMA_VERSION : 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : CURRENT_SCHEMA_VERSION;
}

/** The prototype's keys; `hotkey` was a string there and is a section now. */
const FLAT_KEYS = ['serverUrl', 'token', 'pushToTalk', 'typingMethod', 'micDeviceId', 'historyLimit'];

function hasFlatKeys(raw: RawSettings): boolean {
  return FLAT_KEYS.some((key) => key in raw) || typeof raw.hotkey === 'string';
}

/** Keys of today's layout: the top-level sections (objects) and plain top-level settings. */
function currentShaped(raw: RawSettings): RawSettings {
  const schema = SETTINGS_SCHEMA.properties as Record<string, { type: string }>;
  return Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => key !== 'schemaVersion' && key in schema && (schema[key]!.type === 'object') === isPlainObject(value)),
  );
}

function hasCurrentSections(raw: RawSettings): boolean {
  return Object.keys(currentShaped(raw)).length > 0;
}

/**
 * Version 0 is the prototype's flat file:
 *   { serverUrl, token, hotkey, pushToTalk, typingMethod: 'paste' | 'type', micDeviceId, historyLimit }
 * It kept the Space token in clear text; that moves out to the encrypted store. Sections
 * already in today's layout (a file that mixes both) are kept, and win over flat keys.
 */
function fromPrototypeFlatShape(old: RawSettings, secrets: FoundSecrets, dropped: string[]): RawSettings {
  if (typeof old.token === 'string' && old.token !== '') secrets.token = old.token;
  const kept = currentShaped(old);
  dropped.push(...Object.keys(old).filter((key) => key !== 'schemaVersion' && !FLAT_KEYS.includes(key) && !(key === 'hotkey' && typeof old.hotkey === 'string') && !(key in kept)));
  const section = (entries: Record<string, unknown>): RawSettings | undefined => {
    const present = Object.entries(entries).filter(([, value]) => value !== undefined);
    return present.length > 0 ? Object.fromEntries(present) : undefined;
  };
  const mode = typeof old.pushToTalk === 'boolean' ? (old.pushToTalk ? 'hold' : 'toggle') : old.pushToTalk;
  const method = old.typingMethod === 'type' ? 'keystrokes' : old.typingMethod;
  const next: RawSettings = {
    server: section({ url: old.serverUrl }),
    hotkey: section({ accelerator: typeof old.hotkey === 'string' ? old.hotkey : undefined, mode }),
    typing: section({ method }),
    audio: section({ deviceId: old.micDeviceId }),
    history: section({ maxEntries: old.historyLimit }),
  };
  const merged: RawSettings = { ...kept };
  for (const [name, flat] of Object.entries(next)) {
    if (!isPlainObject(flat)) continue;
    const current = isPlainObject(kept[name]) ? kept[name] : {};
    merged[name] = { ...flat, ...current };
  }
  return merged;
}

/**
 * Version 1 could only format English, so every version-1 file says language "en" without
 * anyone having chosen it. From version 2 the default 'auto' follows the model's language:
 * an unchosen "en" becomes 'auto', so a German model gets German rules.
 */
function fromEnglishOnlyFormatting(old: RawSettings): RawSettings {
  if (!isPlainObject(old.formatting) || old.formatting.language !== 'en') return old;
  return { ...old, formatting: { ...old.formatting, language: 'auto' } };
}
