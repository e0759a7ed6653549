// Voskey's settings: loaded once at startup (migrated, checked field by field, repaired),
// kept in memory, written back on every accepted change. The access token is encrypted at
// rest through a SecretBox and never leaves this class except through getToken().
//
// Decisions:
// - A file that is not JSON is backed up and replaced by defaults. A file that is JSON but
//   has invalid fields is backed up and its valid fields are kept over defaults (the user
//   loses only what was broken). Either way startupNotices says what happened.
// - Nothing the user kept is written over without a copy: before a start-up rewrite that
//   would drop or change anything in the file (a migration, an unknown or invalid field), the
//   file is copied aside and the notice names the copy and lists what was kept. A file that
//   cannot be read, or cannot be copied, is never written: settings then live in memory.
// - Any file content leads to a running app: a byte order mark is accepted, absurd nesting
//   is refused before anything recurses over it, and anything unforeseen falls back to
//   defaults for the session with a notice.
// - Without secure storage (safeStorage unavailable, e.g. no keyring on Linux) a token the
//   user enters is kept in memory for this session only; a notice says so at startup. A
//   saved encrypted token is left in the file untouched, for when the keyring is back.

import type { PublicSettings, Settings, SettingsPatch, SettingsUpdateResult } from './types.js';
import { backUpCorruptFile } from './corrupt-backup.js';
import { CURRENT_SCHEMA_VERSION, defaultSettings } from './defaults.js';
import { isPlainObject } from './json-schema.js';
import { durableStore } from './durable-store.js';
import { mergeSettings } from './merge.js';
import { mergeConcurrentChanges } from './concurrent-changes.js';
import { migrateSettings } from './migrate.js';
import { checkAccessToken } from './token.js';
import type { JsonStore, JsonStoreFactory, SecretBox } from './ports.js';
import { errorMessage } from '../common/error-message.js';
import type { LogSink } from '../logging/log.js';

/** Where the encrypted token (base64 of SecretBox output) lives in the settings file. */
const TOKEN_KEY = 'encryptedToken';

export interface SettingsServiceOptions {
  createStore: JsonStoreFactory;
  secretBox: SecretBox;
  now?: () => Date;
  /** Where a failing listener is reported: the app's log (the console when not given). */
  log?: LogSink;
}

export type SettingsListener = (settings: PublicSettings) => void;

export class SettingsService {
  /** What the user must be told once the app is up (damaged file repaired, token lost, …). */
  readonly startupNotices: string[] = [];

  #store: JsonStore;
  readonly #box: SecretBox;
  readonly #now: () => Date;
  readonly #log: LogSink;
  readonly #listeners = new Set<SettingsListener>();
  #settings: Settings = defaultSettings();
  #token: string | undefined;
  #encryptedToken: string | undefined;
  #parseProblem: string | undefined;
  #lossyText = false;
  /** The file as this process last read or wrote it: what another process's save is told apart from. */
  #onDiskAsKnown: Record<string, unknown> | undefined;

  constructor(options: SettingsServiceOptions) {
    this.#box = options.secretBox;
    this.#now = options.now ?? (() => new Date());
    this.#log = options.log ?? console;
    this.#store = this.#openStore(options.createStore);
    this.#load();
    if (!this.#boxAvailable()) {
      this.startupNotices.push(
        'Secure storage (the system keyring) is not available, so an access token you enter is kept only until Voskey quits.',
      );
    }
  }

  /** The settings file, for "show in folder" and for notices. Empty when nothing is saved. */
  get path(): string {
    return this.#store.path;
  }

  get(): Settings {
    return structuredClone(this.#settings);
  }

  getPublic(): PublicSettings {
    return { ...this.get(), hasToken: this.#token !== undefined };
  }

  getToken(): string | undefined {
    return this.#token;
  }

  onChange(listener: SettingsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies every valid field of `patch`; each refused field gets a message under its key. */
  update(patch: SettingsPatch): SettingsUpdateResult {
    if (!isPlainObject(patch)) {
      return { ok: false, settings: this.getPublic(), errors: { settings: 'Expected an object of settings to change.' } };
    }
    // hasToken is read-only: ignored, so a page may send back the PublicSettings it was given.
    const { token, schemaVersion, hasToken: _readOnly, ...fields } = patch as Record<string, unknown>;
    const merged = mergeSettings(this.#settings, fields, 'refuse');
    const errors = { ...merged.errors };
    if (schemaVersion !== undefined && schemaVersion !== CURRENT_SCHEMA_VERSION) {
      errors.schemaVersion = 'Set by Voskey; it cannot be changed.';
    }
    const tokenChanged = token !== undefined && this.#applyToken(token, errors);

    if (merged.changed.length === 0 && !tokenChanged) return { ok: Object.keys(errors).length === 0, settings: this.getPublic(), errors };
    this.#settings = merged.settings;
    const saveProblem = this.#save();
    if (saveProblem) errors.settings = `Changes apply now but could not be saved: ${saveProblem}`;
    const settings = this.getPublic();
    this.#emit(settings);
    return { ok: Object.keys(errors).length === 0, settings, errors };
  }

  #openStore(createStore: JsonStoreFactory): JsonStore {
    const deserialize = (text: string): Record<string, unknown> => {
      this.#parseProblem = undefined;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark, as Windows editors add
      // conf decodes the file as UTF-8, turning invalid bytes into U+FFFD: a rewrite would lose them.
      this.#lossyText = text.includes('\uFFFD');
      if (nestingDepth(text) > MAX_NESTING) {
        // JSON.parse copes, but every recursive step after it (compare, clone, stringify) would overflow the stack.
        this.#parseProblem = `it is nested more than ${MAX_NESTING} levels deep, which no settings file is`;
        return {};
      }
      try {
        const value: unknown = JSON.parse(text);
        if (isPlainObject(value)) return value;
        this.#parseProblem = 'it does not hold a settings object';
      } catch {
        this.#parseProblem = 'it is not valid JSON';
      }
      return {};
    };
    try {
      return durableStore(createStore({ deserialize }));
    } catch (error) {
      this.startupNotices.push(
        `Settings could not be opened (${errorMessage(error)}); Voskey uses defaults and cannot save changes this session.`,
      );
      return new MemoryStore();
    }
  }

  #load(): void {
    let raw: Record<string, unknown>;
    try {
      raw = this.#store.store;
    } catch (error) {
      this.startupNotices.push(
        `Settings could not be read (${errorMessage(error)}); Voskey uses defaults this session and leaves the file as it is.`,
      );
      this.#store = new MemoryStore(); // never write over a file we could not read
      return;
    }
    this.#onDiskAsKnown = this.#parseProblem === undefined ? raw : undefined;
    try {
      this.#apply(raw);
    } catch (error) {
      // Whatever is in the file, the app must start: defaults for the session, the file kept.
      this.#settings = defaultSettings();
      this.#token = undefined;
      this.#encryptedToken = undefined;
      this.#store = new MemoryStore();
      this.startupNotices.push(
        `Settings could not be loaded (${errorMessage(error)}); Voskey uses defaults this session and leaves ${this.path || 'the file'} as it is.`,
      );
    }
  }

  #apply(raw: Record<string, unknown>): void {
    const problems: string[] = [];
    const unreadable = this.#parseProblem !== undefined;
    if (unreadable) problems.push(`it could not be read: ${this.#parseProblem}`);

    const { [TOKEN_KEY]: storedToken, ...rest } = raw;
    const migration = migrateSettings(rest);
    const migrated = migration.fromVersion < CURRENT_SCHEMA_VERSION && Object.keys(rest).length > 0;
    if (migration.fromNewerVersion) {
      problems.push(`it was written by a newer Voskey (settings version ${migration.fromVersion}); settings this version does not know were left out`);
    }
    const merged = mergeSettings(defaultSettings(), migration.data, 'ignore');
    const invalid = Object.entries(merged.errors).map(([key, message]) => `${key} (${message})`);
    if (invalid.length > 0) problems.push(`these settings were invalid and were reset to their defaults: ${invalid.join('; ')}`);
    this.#settings = merged.settings;
    this.#loadToken(storedToken, migration.secrets.token);

    const content = this.#fileContent();
    // Write back the repaired, migrated, complete file (first run: the defaults), so what is
    // on disk is what the app uses and a clear-text token from an old file is gone.
    if (!unreadable && sameJson(raw, content)) return;
    // A setting kept in its normal form (a URL's host lower-cased) is kept, not left out.
    const unknown = migrated || migration.fromNewerVersion ? migration.dropped : lostKeys(rest, content).filter((key) => !(key in merged.errors) && !merged.applied.includes(key));
    if (unknown.length > 0 && !migration.fromNewerVersion) problems.push(`settings this version does not use were left out: ${unknown.join(', ')}`);
    if (this.#lossyText && !unreadable) problems.push('some of it was not valid UTF-8 text');
    const existed = unreadable || Object.keys(raw).length > 0;
    // A migration that carries every field over needs no copy (and a copy of a prototype
    // file would keep its clear-text token on disk); anything lost or reset does.
    if (existed && problems.length > 0) {
      const backup = backUpCorruptFile(this.#store.path, this.#now());
      if (!backup.ok) {
        this.startupNotices.push(
          `Your settings file needs ${migrated ? 'updating' : 'repair'}${problems.length > 0 ? ` (${problems.join('; ')})` : ''}, but no copy of it could be kept ` +
            `(${backup.message}), so it was left as it is. Voskey uses these settings this session; changes are not saved.`,
        );
        this.#store = new MemoryStore();
        return;
      }
      this.startupNotices.push(this.#rewriteNotice(migration.fromVersion, migrated, problems, merged.applied, backup.path, unreadable));
    }
    const saveProblem = this.#save();
    if (saveProblem) this.startupNotices.push(`Settings could not be saved: ${saveProblem}`);
  }

  /** What was done to the file, exactly what was kept, and where the copy is. */
  #rewriteNotice(fromVersion: number, migrated: boolean, problems: string[], kept: string[], backupPath: string, unreadable: boolean): string {
    const what = migrated
      ? `Your settings file came from an older Voskey (${fromVersion === 0 ? 'the first, flat layout' : `settings version ${fromVersion}`}) and was updated` +
        `${problems.length > 0 ? `; ${problems.join('; ')}` : ''}.`
      : `Your settings file needed repair: ${problems.join('; ')}.`;
    const outcome = unreadable ? 'Voskey started with default settings.' : kept.length > 0 ? `Kept: ${kept.join(', ')}.` : 'None of its settings could be kept.';
    const token =
      migrated && this.#token !== undefined
        ? ' The access token moved to secure storage (the copy of the old file still holds it in clear text: delete the copy once you have what you need).'
        : '';
    return `${what} ${outcome}${token} A copy of the old file was saved as ${backupPath}.`;
  }

  #loadToken(stored: unknown, clearTextFromOldFile: string | undefined): void {
    if (clearTextFromOldFile !== undefined) {
      // An old file kept the token in clear text: move it to the box (or memory) now.
      const errors: Record<string, string> = {};
      this.#applyToken(clearTextFromOldFile, errors);
      if (errors.token) this.startupNotices.push(`The access token from your old settings file was not kept: ${errors.token}`);
      return;
    }
    if (typeof stored !== 'string' || stored === '') return;
    if (!this.#boxAvailable()) {
      this.#encryptedToken = stored; // keep it for a session where the keyring is back
      this.startupNotices.push('Your saved access token cannot be read without secure storage (the system keyring); enter it again or restart once the keyring is available.');
      return;
    }
    try {
      this.#token = this.#box.decrypt(Buffer.from(stored, 'base64'));
      this.#encryptedToken = stored;
    } catch {
      this.startupNotices.push('Your saved access token could not be decrypted (was the system keyring reset?); please enter it again.');
    }
  }

  /** Returns whether the token changed; puts a message under errors.token when refused. */
  #applyToken(value: unknown, errors: Record<string, string>): boolean {
    if (value === null || value === '') {
      const had = this.#token !== undefined || this.#encryptedToken !== undefined;
      this.#token = undefined;
      this.#encryptedToken = undefined;
      return had;
    }
    if (typeof value !== 'string') {
      errors.token = 'Must be text, or null to remove the token.';
      return false;
    }
    const checked = checkAccessToken(value);
    if (!checked.ok) {
      errors.token = checked.message;
      return false;
    }
    const token = checked.token;
    if (token === this.#token) return false;
    if (!this.#boxAvailable()) {
      this.#token = token; // memory only: see the class comment
      this.#encryptedToken = undefined;
      return true;
    }
    try {
      this.#encryptedToken = this.#box.encrypt(token).toString('base64');
      this.#token = token;
      return true;
    } catch (error) {
      // The message comes from the box, never from the token itself.
      errors.token = `The token could not be encrypted for storage: ${errorMessage(error)}`;
      return false;
    }
  }

  #boxAvailable(): boolean {
    try {
      return this.#box.isAvailable();
    } catch {
      return false;
    }
  }

  #fileContent(): Record<string, unknown> {
    const content: Record<string, unknown> = { ...this.#settings };
    if (this.#encryptedToken !== undefined) content[TOKEN_KEY] = this.#encryptedToken;
    return content;
  }

  /** Returns why saving failed, or undefined. */
  #save(): string | undefined {
    try {
      this.#takeChangesSavedElsewhere();
      const content = this.#fileContent();
      this.#store.store = content;
      this.#onDiskAsKnown = content;
      return undefined;
    } catch (error) {
      return errorMessage(error);
    }
  }

  /**
   * Another process (a second app instance, the CLI) may have saved since this one last
   * read or wrote the file: keep what it changed and this process did not, instead of
   * writing over it (concurrent-changes.ts). What both changed keeps this process's value,
   * and the log says so. (Two saves in the same few microseconds can still cross: there
   * is no lock between processes, only this check just before the write.)
   */
  #takeChangesSavedElsewhere(): void {
    const known = this.#onDiskAsKnown;
    if (known === undefined || this.#store instanceof MemoryStore) return;
    let onDisk: Record<string, unknown>;
    try {
      onDisk = this.#store.store;
    } catch {
      return; // unreadable now: this process's settings are written, as they always were
    }
    if (this.#parseProblem !== undefined || sameJson(onDisk, known)) return;
    const merge = mergeConcurrentChanges(settingsIn(known), this.#settings, settingsIn(onDisk));
    this.#settings = merge.settings;
    const token = this.#takeTokenSavedElsewhere(known[TOKEN_KEY], onDisk[TOKEN_KEY]);
    if (token === 'taken') merge.taken.push('token');
    if (token === 'conflict') merge.conflicts.push('token');
    if (merge.taken.length > 0) this.#log.info(`Settings saved by another Voskey process were kept: ${merge.taken.join(', ')}.`);
    if (merge.conflicts.length > 0) {
      this.#log.warn(
        `Another Voskey process also changed ${merge.conflicts.join(', ')} in ${this.path}; the values set here replaced its values.`,
      );
    }
  }

  #takeTokenSavedElsewhere(known: unknown, onDisk: unknown): 'same' | 'taken' | 'conflict' {
    const asText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
    const [was, theirs] = [asText(known), asText(onDisk)];
    if (theirs === was || theirs === this.#encryptedToken) return 'same';
    if (this.#token !== undefined && this.#encryptedToken === undefined) {
      // This session's token lives in memory only (no keyring here): it stays in use, and the
      // token the other saved stays in the file, as a saved token does whenever the keyring is missing.
      this.#encryptedToken = theirs;
      return 'taken';
    }
    if (this.#encryptedToken !== was) return 'conflict';
    this.#encryptedToken = theirs;
    this.#token = undefined;
    if (theirs !== undefined && this.#boxAvailable()) {
      try {
        this.#token = this.#box.decrypt(Buffer.from(theirs, 'base64'));
      } catch {
        // Kept encrypted in the file, as at start-up when it cannot be read.
      }
    }
    return 'taken';
  }

  #emit(settings: PublicSettings): void {
    for (const listener of this.#listeners) {
      try {
        listener(structuredClone(settings));
      } catch (error) {
        this.#log.error(`settings listener failed: ${errorMessage(error)}`);
      }
    }
  }
}

/** Used when no store can be opened: settings work for the session, nothing is written. */
class MemoryStore implements JsonStore {
  readonly path = '';
  store: Record<string, unknown> = {};
}

/** The complete, valid settings a file's content stands for (migrated, invalid fields at their defaults). */
function settingsIn(content: Record<string, unknown>): Settings {
  const { [TOKEN_KEY]: _token, ...rest } = content;
  return mergeSettings(defaultSettings(), migrateSettings(rest).data, 'ignore').settings;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Far deeper than any settings file (sections are two levels, replacements four). */
const MAX_NESTING = 64;

/** How deeply arrays and objects nest in JSON text, counted without parsing or recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Dotted keys of `from` whose value does not reach `to` unchanged (additions in `to` are fine). */
function lostKeys(from: Record<string, unknown>, to: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(from).flatMap(([key, value]) => {
    const dotted = `${prefix}${key}`;
    if (key === 'schemaVersion' || !(key in to)) return key === 'schemaVersion' ? [] : [dotted];
    const target = to[key];
    if (isPlainObject(value) && isPlainObject(target)) return lostKeys(value, target, `${dotted}.`);
    return sameJson(value, target) ? [] : [dotted];
  });
}
