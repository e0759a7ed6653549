import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CURRENT_SCHEMA_VERSION, defaultSettings } from '../../electron/settings/defaults.js';
import { mergeSettings } from '../../electron/settings/merge.js';
import { migrateSettings } from '../../electron/settings/migrate.js';

test('a version-0 flat file maps onto the current sections and gives up its clear-text token', () => {
  const result = migrateSettings({
    serverUrl: 'ws://127.0.0.1:2700',
    token: 'hf_abc',
    hotkey: 'Control+Alt+V',
    pushToTalk: true,
    typingMethod: 'paste',
    micDeviceId: 'usb-1',
    historyLimit: 20,
    windowX: 40, // the prototype kept window geometry here; we do not
  });
  assert.equal(result.fromVersion, 0);
  assert.equal(result.fromNewerVersion, false);
  assert.deepEqual(result.secrets, { token: 'hf_abc' });
  assert.deepEqual(result.data, {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    server: { url: 'ws://127.0.0.1:2700' },
    hotkey: { accelerator: 'Control+Alt+V', mode: 'hold' },
    typing: { method: 'paste' },
    audio: { deviceId: 'usb-1' },
    history: { maxEntries: 20 },
  });
  assert.equal(JSON.stringify(result.data).includes('hf_abc'), false);
});

test('migrated values go through the same field checks as any other input', () => {
  const migrated = migrateSettings({ historyLimit: -5, typingMethod: 'type' });
  const merged = mergeSettings(defaultSettings(), migrated.data, 'ignore');
  assert.equal(merged.settings.typing.method, 'keystrokes');
  assert.equal(merged.settings.history.maxEntries, defaultSettings().history.maxEntries);
  assert.match(merged.errors['history.maxEntries'] ?? '', /0 to 100000/);
});

test('an empty file (first run) migrates to an empty current file', () => {
  assert.deepEqual(migrateSettings({}).data, { schemaVersion: CURRENT_SCHEMA_VERSION });
});

test('a current file passes through unchanged', () => {
  const current = { ...defaultSettings() } as unknown as Record<string, unknown>;
  const result = migrateSettings(current);
  assert.equal(result.fromVersion, CURRENT_SCHEMA_VERSION);
  assert.deepEqual(result.data, current);
});

test('a file from a newer Voskey is flagged, not migrated backwards', () => {
  const result = migrateSettings({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, hotkey: { mode: 'toggle' } });
  assert.equal(result.fromNewerVersion, true);
  assert.equal(result.fromVersion, CURRENT_SCHEMA_VERSION + 1);
});

test('the defaults pass every field check', () => {
  const merged = mergeSettings(defaultSettings(), defaultSettings() as unknown as Record<string, unknown>, 'refuse');
  assert.deepEqual(merged.errors, {});
  assert.deepEqual(merged.changed, []);
});

test("a version-1 file's formatting language \"en\" (the only one it could hold) becomes 'auto'", () => {
  const v1 = { schemaVersion: 1, formatting: { language: 'en', numbers: false }, hotkey: { mode: 'toggle' } };
  const result = migrateSettings(v1);
  assert.equal(result.fromVersion, 1);
  assert.deepEqual(result.data, { schemaVersion: CURRENT_SCHEMA_VERSION, formatting: { language: 'auto', numbers: false }, hotkey: { mode: 'toggle' } });
  const noFormatting = migrateSettings({ schemaVersion: 1, hotkey: { mode: 'toggle' } });
  assert.deepEqual(noFormatting.data, { schemaVersion: CURRENT_SCHEMA_VERSION, hotkey: { mode: 'toggle' } });
});
