// The app core's own decisions, without pages: how the hotkey falls back when hold-to-talk
// cannot run, what the invoke handlers answer, settings applied without a restart, the
// first-run rule, and the built-in engine started on demand in its own process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { BuiltinEngineHost } from '../../electron/app/engine-host.js';
import { WithIntent } from '../../electron/app/handlers/intent.js';
import { FirstRun } from '../../electron/settings/first-run.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { headlessCore } from './app-harness.js';
import { eventually } from '../helpers/eventually.js';


test('without a display for the keyboard hook, the hotkey becomes a toggle and the user is told why', async (t) => {
  const { core, recorded, pressShortcut } = headlessCore(t);
  core.start();
  assert.equal(await core.hotkeyReady(), false);
  await eventually('the toggle shortcut registered', () => recorded.shortcuts.length > 0);
  assert.deepEqual(recorded.shortcuts, ['Control+Alt+Space']);
  assert.ok(recorded.notices.some((n) => /Hold-to-talk is not available .*Press Control\+Alt\+Space once/.test(n)), recorded.notices.join('\n'));
  pressShortcut();
  assert.equal(core.state.status, 'connecting', 'the shortcut starts dictation');
  pressShortcut();
  assert.equal(core.state.status, 'finishing', 'and a second press stops it');
});

test('settings apply at once: a new hotkey is registered and the pages are told', async (t) => {
  const { core, recorded } = headlessCore(t);
  core.start();
  await eventually('the toggle shortcut registered', () => recorded.shortcuts.length > 0);
  const result = core.handlers['settings:update']({ hotkey: { accelerator: 'Control+Shift+F9', mode: 'toggle' } });
  assert.equal(result.ok, true);
  await eventually('the new shortcut registered', () => recorded.shortcuts.length > 1);
  assert.equal(recorded.shortcuts.at(-1), 'Control+Shift+F9');
  assert.ok(recorded.broadcasts.includes('settings:changed'));
  core.handlers['settings:update']({ startAtLogin: true });
  assert.deepEqual(recorded.loginItem, [false, true]);
});

test('"keep the microphone ready" reaches the capture page at start and as soon as it changes', async (t) => {
  const { core, data, recorded } = headlessCore(t);
  core.start();
  assert.deepEqual(
    recorded.prepared.map((o) => [o.keepReady, o.preRollMs]),
    [[false, 300]],
    'warmed at start, microphone not held (the default)',
  );
  const update = async (patch: Parameters<typeof data.settings.update>[0]) => core.handlers['settings:update'](patch);
  assert.equal((await update({ audio: { keepReady: true, preRollMs: 500 } })).ok, true);
  assert.deepEqual(recorded.prepared.at(-1), { ...data.settings.get().audio, keepReady: true, preRollMs: 500 });
  await update({ history: { maxEntries: 10 } });
  assert.equal(recorded.prepared.length, 2, 'other settings do not disturb the microphone');
  const refused = await update({ audio: { preRollMs: 60_000 } });
  assert.equal(refused.ok, false);
  assert.match(refused.errors['audio.preRollMs'] ?? '', /2000/);
  assert.equal(recorded.prepared.length, 2);
  await update({ audio: { keepReady: false } });
  assert.equal(recorded.prepared.at(-1)?.keepReady, false, 'switched off: the page is told to release the microphone');

  core.onCaptureStarted({ waitedMs: 212.4, preRollMs: 300 });
  assert.match(readFileSync(core.status().logFile, 'utf8'), /microphone: first sample 212 ms after the start, starting with 300 ms from before the key press/);
});

test('status() is what the tray shows, and its listeners hear dictation and settings changes until removed', (t) => {
  const { core } = headlessCore(t);
  let heard = 0;
  const off = core.onStatusChange(() => heard++);
  assert.equal(core.status().hotkey.accelerator, 'Control+Alt+Space');
  core.handlers['settings:update']({ hotkey: { accelerator: 'Control+Shift+F9' }, overlay: { position: 'top-left' } });
  assert.equal(heard, 1, 'a settings change');
  assert.equal(core.status().hotkey.accelerator, 'Control+Shift+F9');
  assert.equal(core.status().overlayPosition, 'top-left');
  core.toggleDictation();
  assert.ok(heard > 1, 'a dictation state change');
  assert.equal(core.status().state.status, core.state.status);
  off();
  const before = heard;
  core.handlers['settings:update']({ startAtLogin: true });
  core.toggleDictation();
  assert.equal(heard, before, 'nothing after removal');
});

test('first run is offered until finished or until a server is set', (t) => {
  const { core } = headlessCore(t);
  assert.equal(core.needsFirstRun(), true);
  const reply = core.handlers['first-run:finish']();
  // The page gets nothing back; the shell is asked to close the window that finished.
  assert.ok(reply instanceof WithIntent);
  assert.equal(reply.intent, 'close-sender');
  assert.equal(reply.result, undefined);
  assert.equal(core.needsFirstRun(), false);
  const other = headlessCore(t).core;
  other.handlers['settings:update']({ server: { url: 'wss://ada-vosk.hf.space' } });
  assert.equal(other.needsFirstRun(), false);
});

test('the marker outlives the run: a restarted app does not offer first run again', (t) => {
  const { dir } = headlessCore(t, {}, undefined);
  const first = new FirstRun(join(dir, 'data'), () => defaultSettings());
  assert.equal(first.needed(), true);
  first.finish();
  assert.equal(new FirstRun(join(dir, 'data'), () => defaultSettings()).needed(), false);
});

test('app:info names the version, the log file and the engine the app would use', async (t) => {
  const { core } = headlessCore(t);
  const info = await core.handlers['app:info']();
  assert.equal(info.version, '0.0.0-test');
  assert.match(info.logFile, /voskey\.log$/);
  assert.equal(info.builtinEngine.engine, 'sphinx', 'PocketSphinx is installed on this machine and no Vosk model is');
});

test('app:info says why live typing types when final where the focused window cannot be named, and nothing where it can', async (t) => {
  // No display: the X11 probe cannot name a window, as on a system without a probe.
  const unknown = await headlessCore(t).core.handlers['app:info']();
  assert.match(unknown.focusUnknown ?? '', /cannot tell which window has the focus.*when it is final/);
  const named = headlessCore(t, {}, undefined, { activeWindow: { current: async () => ({ id: 42, wmClass: ['gedit', 'Gedit'] }) } });
  assert.equal((await named.core.handlers['app:info']()).focusUnknown, undefined);
});

test('history handlers: export writes the transcript where the user chose; bad ids are refused', async (t) => {
  const { core, data, dir } = headlessCore(t);
  data.history.add('Hello world.', 'hello world period');
  const exported = await core.handlers['history:export']('txt');
  assert.ok('path' in exported);
  assert.equal(exported.path, join(dir, 'voskey-transcript.txt'));
  assert.match(readFileSync(exported.path, 'utf8'), /Hello world\./);
  await assert.rejects(async () => core.handlers['history:delete']({} as unknown as string), /entry id/);
  await assert.rejects(async () => core.handlers['history:export']('exe' as 'txt'), /txt or json/);
});

test('test connection with no server tests the built-in engine, started in its own process', async (t) => {
  const { core } = headlessCore(t);
  const probe = await core.handlers['settings:test-connection']('');
  assert.equal(probe.ok, true, JSON.stringify(probe));
});

test('test connection reports a wrong address in words, never throws', async (t) => {
  const { core } = headlessCore(t);
  const probe = await core.handlers['settings:test-connection']('ftp://nowhere');
  assert.equal(probe.ok, false);
  assert.ok(!probe.ok && probe.problem === 'bad-url' && probe.detail.length > 10);
});

test('the engine host explains a failed start without caching it, then starts and reuses an engine', async (t) => {
  const host = new BuiltinEngineHost();
  t.after(() => host.stop());
  const missing = join(tmpdir(), 'no-such-vosk-model');
  await assert.rejects(host.url({ engine: 'vosk', modelDir: missing }), (error: Error) => error.message.includes(missing));
  const first = await host.url({ engine: 'sphinx' });
  assert.equal(await host.url({ engine: 'sphinx' }), first, 'the same engine serves again');
  const socket = new WebSocket(first);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.close();
  assert.match(first, /^ws:\/\/127\.0\.0\.1:\d+$/);
  assert.ok(!existsSync(missing));
});
