// Where `voskey dictate` finds the app's settings (Electron's userData on each system) and
// how it reads them: the app's own migration and field checks, nothing written back.
// test-needs: none
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAppSettings, settingsFileCandidates } from '../../electron/cli/settings-file.js';
import { defaultSettings } from '../../electron/settings/defaults.js';

test('the settings file is where Electron keeps the app\'s userData, packaged ("Voskey") or not ("voskey")', () => {
  // join(): the test may run on Windows, where paths are joined with backslashes.
  assert.deepEqual(settingsFileCandidates({}, 'linux', '/home/ada'), [join('/home/ada/.config/Voskey/settings.json'), join('/home/ada/.config/voskey/settings.json')]);
  assert.deepEqual(settingsFileCandidates({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ada')[0], join('/cfg/Voskey/settings.json'));
  assert.equal(settingsFileCandidates({}, 'darwin', '/Users/ada')[0], join('/Users/ada/Library/Application Support/Voskey/settings.json'));
  assert.equal(settingsFileCandidates({ APPDATA: 'C:/Users/ada/AppData/Roaming' }, 'win32', 'C:/Users/ada')[0], join('C:/Users/ada/AppData/Roaming', 'Voskey', 'settings.json'));
  assert.deepEqual(settingsFileCandidates({ VOSKEY_USER_DATA_DIR: '/data' }, 'linux', '/home/ada'), [join('/data/settings.json')]);
});

test('read with the app\'s checks: valid fields kept, invalid ones at their defaults with a notice, the file untouched', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-settings-file-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'settings.json');
  const text = JSON.stringify({ formatting: { capitals: false, language: 'klingon' }, keyCommands: { enabled: false } });
  writeFileSync(path, text);
  const read = readAppSettings({}, [join(dir, 'missing.json'), path]);
  assert.equal(read.path, path);
  assert.equal(read.settings.formatting.capitals, false);
  assert.equal(read.settings.keyCommands.enabled, false);
  assert.equal(read.settings.formatting.language, defaultSettings().formatting.language);
  assert.match(read.notices.join('\n'), /invalid settings in .*formatting\.language/);
  assert.equal(readFileSync(path, 'utf8'), text, 'nothing written back');
  writeFileSync(path, '{not json');
  assert.match(readAppSettings({}, [path]).notices[0]!, /is not valid JSON; using defaults/);
  assert.deepEqual(readAppSettings({}, [join(dir, 'missing.json')]), { settings: defaultSettings(), notices: [] });
});
