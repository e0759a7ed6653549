// Brings a settings file written by any earlier Voskey to the current shape, one
// schemaVersion step at a time. Migrations only move and rename: the values they carry are
// then checked field by field like any other input (merge.ts), so a migration never has to
// validate and a bad old value is reported with the same message as a bad new one.

import { CURRENT_SCHEMA_VERSION } from './defaults.js';
import { isPlainObject } from './json-schema.js';

type RawSettings = Record<string, unknown>;

/** Secrets found in an old file; they must move to encrypted storage, never back to the file. */
export interface FoundSecrets {
  token?: string;
}

/** Step i turns a version-i file into a version-(i+1) file. */
const STEPS: readonly ((data: RawSettings, secrets: FoundSecrets) => RawSettings)[] = [
  fromPrototypeFlatShape,
  fromEnglishOnlyFormatting,
];

export interface MigrationResult {
  data: RawSettings;
  fromVersion: number;
  /** The file came from a newer Voskey: fields we know are kept, the rest is ignored. */
  fromNewerVersion: boolean;
  secrets: FoundSecrets;
}

export function migrateSettings(raw: RawSettings): MigrationResult {
  const fromVersion = readVersion(raw);
  const secrets: FoundSecrets = {};
  if (fromVersion > CURRENT_SCHEMA_VERSION) {
    return { data: raw, fromVersion, fromNewerVersion: true, secrets };
  }
  let data = raw;
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no settings migration from schemaVersion ${version}`); // a programming error, caught by tests
    data = step(data, secrets);
  }
  return { data: { ...data, schemaVersion: CURRENT_SCHEMA_VERSION }, fromVersion, fromNewerVersion: false, secrets };
}

/**
 * A file without schemaVersion is version 0. An unreadable version (e.g. "1" as text) is
 * taken as current: the field checks then keep whatever is valid.
 */
function readVersion(raw: RawSettings): number {
  if (!('schemaVersion' in raw)) return 0;
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : CURRENT_SCHEMA_VERSION;
}

/**
 * Version 0 is the prototype's flat file:
 *   { serverUrl, token, hotkey, pushToTalk, typingMethod: 'paste' | 'type', micDeviceId, historyLimit }
 * It kept the Space token in clear text; that moves out to the encrypted store.
 */
function fromPrototypeFlatShape(old: RawSettings, secrets: FoundSecrets): RawSettings {
  if (typeof old.token === 'string' && old.token !== '') secrets.token = old.token;
  const section = (entries: Record<string, unknown>): RawSettings | undefined => {
    const present = Object.entries(entries).filter(([, value]) => value !== undefined);
    return present.length > 0 ? Object.fromEntries(present) : undefined;
  };
  const mode = typeof old.pushToTalk === 'boolean' ? (old.pushToTalk ? 'hold' : 'toggle') : old.pushToTalk;
  const method = old.typingMethod === 'type' ? 'keystrokes' : old.typingMethod;
  const next: RawSettings = {
    server: section({ url: old.serverUrl }),
    hotkey: section({ accelerator: old.hotkey, mode }),
    typing: section({ method }),
    audio: section({ deviceId: old.micDeviceId }),
    history: section({ maxEntries: old.historyLimit }),
  };
  return Object.fromEntries(Object.entries(next).filter(([, value]) => isPlainObject(value)));
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
