import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultSettings, MAC_DEFAULT_HOTKEY } from '../../electron/settings/defaults.js';
import { parseAccelerator } from '../../electron/desktop/accelerator.js';
import { SettingsService } from '../../electron/settings/service.js';
import type { PublicSettings } from '../../electron/settings/types.js';
import { aesSecretBox, confStore, tempDir } from './support.js';

const TOKEN = 'hf_TestTokenThatMustNeverBeSeen1234';

function open(dir: string, box = aesSecretBox()) {
  return new SettingsService({ createStore: confStore(dir), secretBox: box });
}

function settingsFile(dir: string): string {
  return readFileSync(join(dir, 'settings.json'), 'utf8');
}

function backups(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
}

test('first run: defaults, written to disk, nothing to tell the user', (t) => {
  const dir = tempDir(t);
  const service = open(dir);
  assert.deepEqual(service.get(), defaultSettings());
  assert.deepEqual(service.startupNotices, []);
  assert.equal(service.getPublic().hasToken, false);
  assert.deepEqual(JSON.parse(settingsFile(dir)), defaultSettings());
});

test('an accepted change is saved, announced once, and survives a restart', (t) => {
  const dir = tempDir(t);
  const service = open(dir);
  const seen: PublicSettings[] = [];
  service.onChange((s) => seen.push(s));

  const result = service.update({ hotkey: { mode: 'toggle' }, formatting: { replacements: [{ from: 'voss key', to: 'Voskey' }] } });
  assert.equal(result.ok, true);
  assert.deepEqual(result.errors, {});
  assert.equal(result.settings.hotkey.mode, 'toggle');
  assert.equal(result.settings.hotkey.accelerator, defaultSettings().hotkey.accelerator, 'fields not in the patch are kept');
  assert.equal(seen.length, 1);
  assert.equal(seen[0]?.hotkey.mode, 'toggle');

  const noChange = service.update({ hotkey: { mode: 'toggle' } });
  assert.equal(noChange.ok, true);
  assert.equal(seen.length, 1, 'a patch that changes nothing is not announced');

  const restarted = open(dir);
  assert.equal(restarted.get().hotkey.mode, 'toggle');
  assert.deepEqual(restarted.get().formatting.replacements, [{ from: 'voss key', to: 'Voskey' }]);
  assert.deepEqual(restarted.startupNotices, []);
});

test('every invalid field is refused with its own message while the valid ones apply', (t) => {
  const dir = tempDir(t);
  const service = open(dir);
  const result = service.update({
    audio: { frameMs: 5, deviceId: 'usb-mic-2' },
    connection: { bufferSeconds: 9000, idleCloseSeconds: 10 },
    hotkey: { accelerator: 'Control+Alt+Banana', mode: 'toggle', maxUtteranceSeconds: 1.5 },
    typing: { method: 'telepathy' as never, pasteKeys: 'shift+insert' },
    server: { url: 'ftp://example.com' },
    engine: { modelDir: 'relative/model' },
    formatting: { phraseList: ['voskey', ''] },
    startAtLogin: 'yes' as never,
    colour: 'blue',
  } as never);

  assert.equal(result.ok, false);
  assert.deepEqual(Object.keys(result.errors).sort(), [
    'audio.frameMs',
    'colour',
    'connection.bufferSeconds',
    'engine.modelDir',
    'formatting.phraseList',
    'hotkey.accelerator',
    'hotkey.maxUtteranceSeconds',
    'server.url',
    'startAtLogin',
    'typing.method',
  ]);
  assert.match(result.errors['audio.frameMs']!, /20 to 200/);
  assert.match(result.errors['connection.bufferSeconds']!, /10 to 600/);
  assert.match(result.errors['hotkey.maxUtteranceSeconds']!, /whole number/);
  assert.match(result.errors['typing.method']!, /auto, paste, keystrokes/);
  assert.match(result.errors['hotkey.accelerator']!, /Banana/);
  assert.match(result.errors['server.url']!, /not a websocket address/);
  assert.match(result.errors['formatting.phraseList']!, /entry 2/i);
  assert.match(result.errors['colour']!, /Not a Voskey setting/);

  const after = open(dir).get(); // what was saved, not just what is in memory
  assert.equal(after.audio.deviceId, 'usb-mic-2');
  assert.equal(after.audio.frameMs, defaultSettings().audio.frameMs);
  assert.equal(after.connection.idleCloseSeconds, 10);
  assert.equal(after.connection.bufferSeconds, defaultSettings().connection.bufferSeconds);
  assert.equal(after.hotkey.mode, 'toggle');
  assert.equal(after.typing.pasteKeys, 'shift+insert');
  assert.equal(after.typing.method, defaultSettings().typing.method);
  assert.equal(after.startAtLogin, false);
  assert.equal(after.server.url, '');
  assert.equal('colour' in after, false);
});

test('the hotkey is stored in the canonical form the shortcut code takes', (t) => {
  const service = open(tempDir(t));
  const result = service.update({ hotkey: { accelerator: 'alt+ctrl+d' } });
  assert.deepEqual(result.errors, {});
  assert.equal(service.get().hotkey.accelerator, 'Control+Alt+D');
});

test('ws:// to a remote host needs allowInsecureRemote; this machine and wss:// do not', (t) => {
  const service = open(tempDir(t));

  const refused = service.update({ server: { url: 'ws://192.168.1.20:2700' } });
  assert.match(refused.errors['server.url'] ?? '', /unencrypted/);
  assert.equal(service.get().server.url, '');

  assert.deepEqual(service.update({ server: { url: 'ws://127.0.0.1:2700' } }).errors, {});
  assert.deepEqual(service.update({ server: { url: 'wss://owner-space.hf.space' } }).errors, {});
  assert.equal(service.get().server.url, 'wss://owner-space.hf.space/');

  const optedIn = service.update({ server: { url: 'ws://192.168.1.20:2700', allowInsecureRemote: true } });
  assert.deepEqual(optedIn.errors, {});
  assert.equal(service.get().server.url, 'ws://192.168.1.20:2700/');

  const optOut = service.update({ server: { allowInsecureRemote: false } });
  assert.match(optOut.errors['server.allowInsecureRemote'] ?? '', /server\.url/);
  assert.equal(service.get().server.allowInsecureRemote, true, 'the opt-out would break the saved URL, so it is refused');
});

test('a file of garbage bytes is backed up and replaced by defaults, with a notice', (t) => {
  const dir = tempDir(t);
  const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0x9c, 0x13, 0x37]);
  writeFileSync(join(dir, 'settings.json'), garbage);

  const service = open(dir);
  assert.deepEqual(service.get(), defaultSettings());
  const [backup, ...more] = backups(dir);
  assert.ok(backup, 'a backup was written');
  assert.equal(more.length, 0);
  assert.deepEqual(readFileSync(join(dir, backup)), garbage, 'the backup holds the original bytes');
  assert.equal(service.startupNotices.length, 1);
  assert.match(service.startupNotices[0]!, /not valid JSON/);
  assert.ok(service.startupNotices[0]!.includes(backup), 'the notice says where the copy is');
  assert.deepEqual(JSON.parse(settingsFile(dir)), defaultSettings(), 'the file is repaired');

  const restarted = open(dir);
  assert.deepEqual(restarted.startupNotices, [], 'the repair happens once');
});

test('a file with wrong types keeps its valid fields, resets the rest, backs up, tells the user', (t) => {
  const dir = tempDir(t);
  const broken = {
    schemaVersion: 1,
    server: { url: 42, allowInsecureRemote: false },
    hotkey: { accelerator: 'Control+Shift+F9', mode: 'sometimes' },
    audio: 'loud',
    connection: { bufferSeconds: 120 },
  };
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(broken));

  const service = open(dir);
  const settings = service.get();
  assert.equal(settings.hotkey.accelerator, 'Control+Shift+F9');
  assert.equal(settings.connection.bufferSeconds, 120);
  assert.equal(settings.hotkey.mode, defaultSettings().hotkey.mode);
  assert.equal(settings.server.url, defaultSettings().server.url);
  assert.deepEqual(settings.audio, defaultSettings().audio);

  assert.equal(backups(dir).length, 1);
  assert.equal(service.startupNotices.length, 1);
  for (const key of ['server.url', 'hotkey.mode', 'audio']) assert.ok(service.startupNotices[0]!.includes(key), `notice names ${key}`);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, backups(dir)[0]!), 'utf8')), broken);
  assert.deepEqual(open(dir).get(), settings, 'the repaired file loads cleanly');
});

test('a page may send back the whole PublicSettings it was given as a patch', (t) => {
  const service = open(tempDir(t));
  const echoed = { ...service.getPublic(), hotkey: { ...service.getPublic().hotkey, mode: 'toggle' as const } };
  const result = service.update(echoed);
  assert.deepEqual(result.errors, {});
  assert.equal(result.settings.hotkey.mode, 'toggle');
  assert.equal(result.settings.hasToken, false);
});

test('a file from a newer Voskey keeps the fields this version knows, and is backed up first', (t) => {
  const dir = tempDir(t);
  const newer = { ...defaultSettings(), schemaVersion: 99, hotkey: { ...defaultSettings().hotkey, mode: 'toggle' }, futureFeature: { on: true } };
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(newer));
  const service = open(dir);
  assert.equal(service.get().hotkey.mode, 'toggle');
  assert.match(service.startupNotices.join(' '), /newer Voskey \(settings version 99\)/);
  assert.equal(backups(dir).length, 1);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, backups(dir)[0]!), 'utf8')), newer);
});

test('a JSON file that is not an object is treated as corrupt', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'settings.json'), '["not", "settings"]');
  const service = open(dir);
  assert.deepEqual(service.get(), defaultSettings());
  assert.equal(backups(dir).length, 1);
  assert.match(service.startupNotices[0] ?? '', /settings object/);
});

test('an old flat settings file is migrated and its clear-text token moves into encrypted storage', (t) => {
  const dir = tempDir(t);
  writeFileSync(
    join(dir, 'settings.json'),
    JSON.stringify({ serverUrl: 'wss://me-vosk.hf.space', token: TOKEN, hotkey: 'Control+Alt+V', pushToTalk: false, typingMethod: 'type', historyLimit: 50 }),
  );
  const box = aesSecretBox();
  const service = open(dir, box);
  const settings = service.get();
  assert.equal(settings.schemaVersion, 2);
  assert.equal(settings.server.url, 'wss://me-vosk.hf.space/');
  assert.equal(settings.hotkey.accelerator, 'Control+Alt+V');
  assert.equal(settings.hotkey.mode, 'toggle');
  assert.equal(settings.typing.method, 'keystrokes');
  assert.equal(settings.history.maxEntries, 50);
  assert.equal(service.getToken(), TOKEN);
  assert.deepEqual(service.startupNotices, []);
  assert.equal(settingsFile(dir).includes(TOKEN), false, 'the clear-text token is gone from the file');
  assert.equal(open(dir, box).getToken(), TOKEN, 'and comes back, decrypted, after a restart');
});

test('the token is encrypted at rest, hidden from getPublic, and can be removed', (t) => {
  const dir = tempDir(t);
  const box = aesSecretBox();
  const service = open(dir, box);
  const seen: PublicSettings[] = [];
  service.onChange((s) => seen.push(s));

  const result = service.update({ token: `  ${TOKEN}\n` });
  assert.deepEqual(result.errors, {});
  assert.equal(result.settings.hasToken, true);
  assert.equal(service.getToken(), TOKEN, 'pasted whitespace is trimmed');
  assert.equal(JSON.stringify(service.getPublic()).includes(TOKEN), false);
  assert.equal(JSON.stringify(seen).includes(TOKEN), false, 'listeners never see the token');
  assert.equal(settingsFile(dir).includes(TOKEN), false);
  assert.equal(settingsFile(dir).includes(Buffer.from(TOKEN).toString('base64')), false);

  const restarted = open(dir, box);
  assert.equal(restarted.getToken(), TOKEN);
  assert.equal(restarted.getPublic().hasToken, true);

  assert.match(restarted.update({ token: 'two words' }).errors.token ?? '', /no spaces/);
  assert.match(restarted.update({ token: 'hf_bell\u0007ing' }).errors.token ?? '', /no spaces or control characters/, 'the same rule as the CLI');
  assert.equal(restarted.getToken(), TOKEN);

  assert.equal(restarted.update({ token: null }).settings.hasToken, false);
  assert.equal(open(dir, box).getToken(), undefined);
  assert.equal((JSON.parse(settingsFile(dir)) as { encryptedToken?: string }).encryptedToken, undefined);
});

test('without secure storage the token lives only for the session, and the user is told', (t) => {
  const dir = tempDir(t);
  const service = open(dir, aesSecretBox(false));
  assert.match(service.startupNotices.join(' '), /kept only until Voskey quits/);
  assert.equal(service.update({ token: TOKEN }).ok, true);
  assert.equal(service.getToken(), TOKEN);
  assert.equal(service.getPublic().hasToken, true);
  assert.equal(settingsFile(dir).includes(TOKEN), false);
  assert.equal(open(dir, aesSecretBox(false)).getToken(), undefined);
});

test('a token that no longer decrypts (keyring reset) is dropped with a notice, not a crash', (t) => {
  const dir = tempDir(t);
  open(dir, aesSecretBox()).update({ token: TOKEN });
  const service = open(dir, aesSecretBox()); // a new key: the old ciphertext cannot be opened
  assert.equal(service.getToken(), undefined);
  assert.match(service.startupNotices.join(' '), /could not be decrypted/);
  assert.equal(JSON.stringify(service.startupNotices).includes(TOKEN), false);
});

test('a store that cannot be opened still gives working settings for the session', () => {
  const service = new SettingsService({
    createStore: () => {
      throw new Error('EACCES: permission denied');
    },
    secretBox: aesSecretBox(),
  });
  assert.deepEqual(service.get(), defaultSettings());
  assert.match(service.startupNotices.join(' '), /permission denied/);
  assert.equal(service.update({ hotkey: { mode: 'toggle' } }).ok, true);
  assert.equal(service.get().hotkey.mode, 'toggle');
});

test('the default hotkey is one the system has not taken: Control+Shift+Space on macOS (Control+Option+Space switches input source there)', () => {
  assert.equal(defaultSettings('darwin').hotkey.accelerator, MAC_DEFAULT_HOTKEY);
  assert.equal(defaultSettings('linux').hotkey.accelerator, 'Control+Alt+Space');
  assert.equal(defaultSettings('win32').hotkey.accelerator, 'Control+Alt+Space');
  // macOS's own default shortcuts with Space (System Settings → Keyboard Shortcuts).
  const macTaken = ['Control+Space', 'Control+Alt+Space', 'Command+Space', 'Alt+Command+Space', 'Control+Command+Space', 'Alt+Space'];
  assert.ok(!macTaken.includes(MAC_DEFAULT_HOTKEY));
  const parsed = parseAccelerator(MAC_DEFAULT_HOTKEY);
  assert.ok(parsed.ok && parsed.value.electron === MAC_DEFAULT_HOTKEY, 'valid, and already in canonical form');
});

test('a setting only written in its normal form (URL host in capitals) is kept quietly, not reported as left out', (t) => {
  const dir = tempDir(t);
  open(dir); // first run writes the current file
  const file = join(dir, 'settings.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { server: { url: string } };
  stored.server.url = 'WS://LocalHost:2700';
  writeFileSync(file, JSON.stringify(stored));
  const service = open(dir);
  assert.equal(service.get().server.url, 'ws://localhost:2700/');
  assert.deepEqual(service.startupNotices, [], 'it once said "left out: server.url. Kept: server.url"');
  assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { server: { url: string } }).server.url, 'ws://localhost:2700/');
  assert.deepEqual(readdirSync(dir).filter((name) => name.includes('corrupt')), [], 'nothing was lost, so no copy was needed');
});
