// Two processes saving the same settings file (issue 23, point 7): the app and a second
// instance, or the app and the command line. A save used to write this process's whole
// view over the file, so what the other had saved since was lost without a word. Now a
// save keeps the other's changes to fields this process did not change, keeps this
// process's value where both changed a field, and says so in the log.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SettingsService } from '../../electron/settings/service.js';
import type { LogSink } from '../../electron/logging/log.js';
import { aesSecretBox, confStore, tempDir } from './support.js';

const TOKEN = 'hf_TestTokenThatMustNeverBeSeen1234';
const SECOND_PROCESS = fileURLToPath(new URL('./save-settings-process.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function recordingLog(): LogSink & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`), error: (m) => lines.push(`error: ${m}`) };
}

const fileOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<string, Record<string, unknown>>;

test('another process saves a setting while the app runs: the app\'s next save keeps it', (t) => {
  const dir = tempDir(t);
  const log = recordingLog();
  const app = new SettingsService({ createStore: confStore(dir), secretBox: aesSecretBox(), log });
  // Node itself with tsx as a loader, not node_modules/.bin/tsx: that is a shell script,
  // which Windows cannot start (the Wine tier runs this file).
  const other = spawnSync(process.execPath, ['--import', 'tsx', SECOND_PROCESS, dir, JSON.stringify({ hotkey: { mode: 'toggle' } })], { encoding: 'utf8', cwd: ROOT });
  assert.equal(other.status, 0, `${other.error?.message ?? ''}${other.stderr}`);
  assert.equal(fileOf(dir).hotkey!.mode, 'toggle', 'the second process saved its change');

  const result = app.update({ formatting: { spacing: false } });
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  const saved = fileOf(dir);
  assert.equal(saved.formatting!.spacing, false, "the app's own change is saved");
  assert.equal(saved.hotkey!.mode, 'toggle', "the other process's change is still in the file");
  assert.equal(app.get().hotkey.mode, 'toggle', 'and the app now uses it');
  assert.equal(result.settings.hotkey.mode, 'toggle', 'the settings window is shown it');
  assert.ok(log.lines.some((line) => line.startsWith('info:') && line.includes('hotkey.mode')), log.lines.join('\n'));
  assert.ok(!log.lines.some((line) => line.startsWith('warn:')), 'no conflict to report');
});

test('both change the same setting: the later save keeps its value and the log says which setting', (t) => {
  const dir = tempDir(t);
  const box = aesSecretBox();
  const first = new SettingsService({ createStore: confStore(dir), secretBox: box });
  const log = recordingLog();
  const second = new SettingsService({ createStore: confStore(dir), secretBox: box, log });
  first.update({ hotkey: { maxUtteranceSeconds: 60 }, typing: { method: 'paste' } });
  second.update({ hotkey: { maxUtteranceSeconds: 90 } });
  const saved = fileOf(dir);
  assert.equal(saved.hotkey!.maxUtteranceSeconds, 90, 'the later save wins the field both changed');
  assert.equal(saved.typing!.method, 'paste', 'the field only the first changed is kept');
  const warnings = log.lines.filter((line) => line.startsWith('warn:'));
  assert.equal(warnings.length, 1, log.lines.join('\n'));
  assert.match(warnings[0]!, /hotkey\.maxUtteranceSeconds/);
  assert.doesNotMatch(warnings[0]!, /typing\.method/, 'only the field both changed is a conflict');
});

test('an access token saved by one process survives another process\'s save', (t) => {
  const dir = tempDir(t);
  const box = aesSecretBox(); // one keyring for both, as for two processes of one user
  const first = new SettingsService({ createStore: confStore(dir), secretBox: box });
  const second = new SettingsService({ createStore: confStore(dir), secretBox: box });
  assert.equal(first.update({ token: TOKEN }).ok, true);
  second.update({ overlay: { position: 'top-right' } });
  assert.equal(second.getToken(), TOKEN, 'the second process took the token the first saved');
  const reopened = new SettingsService({ createStore: confStore(dir), secretBox: box });
  assert.equal(reopened.getToken(), TOKEN, 'and it is still in the file');
  assert.equal(reopened.get().overlay.position, 'top-right');
});
