// The app's settings file, read (never written) by `voskey dictate`, so the command line
// formats and types as the app does. The folder is Electron's userData: the app's name
// under the system's config folder (docs/api/app.md, app.getPath('userData'): "%APPDATA%
// on Windows, $XDG_CONFIG_HOME or ~/.config on Linux, ~/Library/Application Support on
// macOS", joined with app.getName(), which is package.json's productName "Voskey" once
// packaged and its name "voskey" in a development run), or VOSKEY_USER_DATA_DIR as the app
// itself honours (main.ts).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../common/error-message.js';
import { defaultSettings } from '../settings/defaults.js';
import { isPlainObject } from '../settings/json-schema.js';
import { mergeSettings } from '../settings/merge.js';
import { migrateSettings } from '../settings/migrate.js';
import type { Settings } from '../settings/types.js';

export interface SettingsRead {
  settings: Settings;
  /** The file read, or undefined when there is none (defaults). */
  path?: string;
  /** What the user should know: a file that could not be read, settings that were invalid. */
  notices: string[];
}

/** The settings file candidates, most specific first. */
export function settingsFileCandidates(env: NodeJS.ProcessEnv, os: NodeJS.Platform = process.platform, home = homedir()): string[] {
  if (env.VOSKEY_USER_DATA_DIR) return [join(env.VOSKEY_USER_DATA_DIR, 'settings.json')];
  const base =
    os === 'win32' ? (env.APPDATA ?? join(home, 'AppData', 'Roaming')) : os === 'darwin' ? join(home, 'Library', 'Application Support') : (env.XDG_CONFIG_HOME || join(home, '.config'));
  return ['Voskey', 'voskey'].map((name) => join(base, name, 'settings.json'));
}

export function readAppSettings(env: NodeJS.ProcessEnv = process.env, candidates = settingsFileCandidates(env)): SettingsRead {
  for (const path of candidates) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { settings: defaultSettings(), path, notices: [`the settings file ${path} could not be read (${errorMessage(error)}); using defaults`] };
    }
    return fromText(text.replace(/^\uFEFF/, ''), path);
  }
  return { settings: defaultSettings(), notices: [] };
}

/** The same migration and field checks as the app (settings/service.ts), without writing anything back. */
function fromText(text: string, path: string): SettingsRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: defaultSettings(), path, notices: [`the settings file ${path} is not valid JSON; using defaults`] };
  }
  if (!isPlainObject(raw)) return { settings: defaultSettings(), path, notices: [`the settings file ${path} does not hold a settings object; using defaults`] };
  const migration = migrateSettings(raw);
  const merged = mergeSettings(defaultSettings(), migration.data, 'ignore');
  const invalid = Object.entries(merged.errors).map(([key, message]) => `${key} (${message})`);
  return { settings: merged.settings, path, notices: invalid.length ? [`invalid settings in ${path} use their defaults: ${invalid.join('; ')}`] : [] };
}
