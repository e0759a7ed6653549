// The real settings page in Chromium, with this process playing main through the page
// harness: shows the stored values, saves each change as a patch, shows refusals beside
// their field, tests the connection, handles the token, and follows settings:changed.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { AudioDevice } from '../../electron/dictation/capture-types.js';
import type { ConnectionProbe } from '../../electron/vosk/probe-result.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { eventually } from '../helpers/eventually.js';
import { sampleSettings, serveSettings, type ServedSettings } from './page-fakes.js';

const PAGE = 'renderer/settings/settings.html';

describe('settings page', () => {
  let harness: PageHarness;
  let fake: ServedSettings;

  // The harness's bridge is a WebSocket, which the page's own CSP (connect-src 'none')
  // rightly forbids; csp.test.ts checks the pages under their real policy.
  before(async () => {
    harness = await startPageHarness({ context: { bypassCSP: true } });
  });
  after(() => harness.close());

  async function open(devices: AudioDevice[] | Error = []) {
    fake = serveSettings(harness);
    harness.handle('audio:list-devices', () => {
      if (devices instanceof Error) throw devices;
      return devices;
    });
    harness.pageErrors.length = 0;
    await harness.open(PAGE);
    await harness.page.waitForSelector('body[data-ready="true"]');
  }
  const byTestId = (id: string) => harness.page.getByTestId(id);
  /** The count-th settings:update the page has sent. */
  const nextPatch = (count: number) => eventually(`settings:update #${count}`, () => fake.patches[count - 1]);
  const textOf = async (id: string) => (await byTestId(id).textContent()) ?? '';

  beforeEach(() => open());

  test('shows every stored value', async () => {
    const s = sampleSettings();
    assert.equal(await byTestId('server.url').inputValue(), s.server.url);
    assert.equal(await byTestId('hotkey.accelerator').inputValue(), 'Control+Alt+D');
    assert.equal(await byTestId('hotkey.mode').inputValue(), 'toggle');
    assert.equal(await byTestId('typing.method').inputValue(), 'paste');
    assert.equal(await byTestId('audio.frameMs').inputValue(), '80');
    assert.equal(await byTestId('audio.noiseSuppression').isChecked(), true);
    assert.equal(await byTestId('startAtLogin').isChecked(), false);
    assert.equal(await byTestId('overlay.position').inputValue(), 'top-right');
    assert.equal(await byTestId('history.maxEntries').inputValue(), '250');
    assert.equal(await byTestId('formatting.phraseList').inputValue(), 'Voskey\nHugging Face');
    assert.equal(await byTestId('replacement-from').inputValue(), 'voss key');
    assert.equal(await byTestId('replacement-to').inputValue(), 'Voskey');
    assert.match(await byTestId('token-state').innerText(), /token is stored/);
    assert.equal(await byTestId('token').inputValue(), '', 'the token itself is never shown');
    // Every input has a label a screen reader can announce.
    const unlabelled = await harness.page.evaluate(`[...document.querySelectorAll('input, select, textarea')]
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label'))
      .map((el) => el.id || el.outerHTML)`);
    assert.deepEqual(unlabelled, []);
    assert.deepEqual(harness.pageErrors, []);
  });

  test('each change is saved at once as a patch of that field', async () => {
    await byTestId('server.url').fill('ws://127.0.0.1:2700');
    await byTestId('server.url').press('Tab');
    assert.deepEqual(await nextPatch(1), { server: { url: 'ws://127.0.0.1:2700' } });
    await byTestId('audio.noiseSuppression').uncheck();
    assert.deepEqual(await nextPatch(2), { audio: { noiseSuppression: false } });
    await byTestId('overlay.position').selectOption('bottom-left');
    assert.deepEqual(await nextPatch(3), { overlay: { position: 'bottom-left' } });
    await byTestId('connection.bufferSeconds').fill('90');
    await byTestId('connection.bufferSeconds').press('Enter');
    assert.deepEqual(await nextPatch(4), { connection: { bufferSeconds: 90 } });
    await byTestId('startAtLogin').check();
    assert.deepEqual(await nextPatch(5), { startAtLogin: true });
    await byTestId('formatting.phraseList').fill('Voskey\n\n  Alpha Cephei \n');
    await byTestId('formatting.phraseList').press('Tab');
    assert.deepEqual(await nextPatch(6), { formatting: { phraseList: ['Voskey', 'Alpha Cephei'] } });
    await byTestId('replacement-add').click();
    await byTestId('replacement-from').nth(1).fill('alpha sephay');
    await byTestId('replacement-to').nth(1).fill('Alpha Cephei');
    await byTestId('replacement-to').nth(1).press('Tab');
    const last = await nextPatch(8);
    assert.deepEqual(last, {
      formatting: { replacements: [{ from: 'voss key', to: 'Voskey' }, { from: 'alpha sephay', to: 'Alpha Cephei' }] },
    });
    await byTestId('replacement-remove').first().click();
    assert.deepEqual(await nextPatch(9), { formatting: { replacements: [{ from: 'alpha sephay', to: 'Alpha Cephei' }] } });
    await eventually('the page says Saved', async () => (await textOf('status')) === 'Saved.');
  });

  test('live typing: the mode, the per-application list, key commands and hands-free are edited here', async () => {
    assert.match(await byTestId('live.apps').inputValue(), /^terminal: final\nxterm: final\n/);
    await byTestId('live.mode').selectOption('live');
    assert.deepEqual(await nextPatch(1), { live: { mode: 'live' } });
    await byTestId('live.apps').fill('code: live\n\n  Gnome-Terminal : FINAL ');
    await byTestId('live.apps').press('Tab');
    assert.deepEqual(await nextPatch(2), { live: { apps: [{ app: 'code', mode: 'live' }, { app: 'Gnome-Terminal', mode: 'final' }] } });
    await byTestId('keyCommands.enabled').uncheck();
    assert.deepEqual(await nextPatch(3), { keyCommands: { enabled: false } });
    await byTestId('handsFree.autoStopSeconds').fill('4');
    await byTestId('handsFree.autoStopSeconds').press('Enter');
    assert.deepEqual(await nextPatch(4), { handsFree: { autoStopSeconds: 4 } });
    // A line the page cannot read is named, and nothing is sent for it.
    await byTestId('live.apps').fill('code live');
    await byTestId('live.apps').press('Tab');
    await byTestId('error:live.apps').waitFor();
    assert.match(await byTestId('error:live.apps').innerText(), /Line 1/);
    assert.equal(fake.patches.length, 4);
  });

  test('live typing: where the focused window cannot be named, the page says why it types when final', async () => {
    // What app:info answers (electron/app/core.ts focusUnknown); without the answer the note stays hidden.
    assert.equal(await byTestId('live.focus-unknown').isHidden(), true);
    harness.handle('app:info', () => ({
      version: '0.1.0',
      logFile: '/tmp/voskey.log',
      builtinEngine: { engine: 'none', message: 'no engine' },
      focusUnknown: 'Voskey cannot tell which window has the focus on this system yet, so live typing types each sentence when it is final.',
    }));
    await open();
    await byTestId('live.focus-unknown').waitFor();
    assert.match(await textOf('live.focus-unknown'), /cannot tell which window has the focus.*when it is final/);
    assert.match(await textOf('live.target-hint'), /never sends one to another window/);
  });

  test('the hotkey: where it falls back (Wayland without a working portal shortcut), the page names what to bind instead', async () => {
    // What app:info answers (electron/app/hotkey-control.ts notice); hidden while the hook works.
    assert.equal(await byTestId('hotkey.notice').isHidden(), true);
    harness.handle('app:info', () => ({
      version: '0.1.0',
      logFile: '/tmp/voskey.log',
      builtinEngine: { engine: 'none', message: 'no engine' },
      hotkeyNotice: 'Hold-to-talk is not available (Wayland). If pressing it does nothing, in sway, bind it: bindsym --no-repeat Ctrl+Alt+space exec voskey control begin',
    }));
    await open();
    await byTestId('hotkey.notice').waitFor();
    assert.match(await textOf('hotkey.notice'), /bindsym --no-repeat .*voskey control begin/);
  });

  test('a refused value stays as typed, with main\'s message beside the field, until fixed', async () => {
    const field = byTestId('hotkey.accelerator');
    await field.fill('Control+Banana');
    await field.press('Tab');
    const error = byTestId('error:hotkey.accelerator');
    await error.waitFor();
    assert.match(await error.innerText(), /"Banana" is not a key Voskey knows/, "the real validator's words");
    assert.equal(await field.inputValue(), 'Control+Banana', 'what the user typed is kept');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await eventually('the page says Not saved', async () => (await textOf('status')).startsWith('Not saved'));
    await field.fill('Control+Alt+K');
    await field.press('Tab');
    await eventually('the error is cleared', async () => (await textOf('error:hotkey.accelerator')) === '');
    assert.equal(await field.getAttribute('aria-invalid'), null);
    assert.equal(fake.settings.hotkey.accelerator, 'Control+Alt+K', 'saved in the real service');
  });

  test('a number field that is not a number is refused in the page, and nothing is sent', async () => {
    await byTestId('audio.frameMs').fill('');
    await byTestId('audio.frameMs').press('Tab');
    await byTestId('error:audio.frameMs').waitFor();
    assert.equal(await byTestId('error:audio.frameMs').innerText(), 'Enter a number.');
    assert.equal(fake.patches.length, 0);
  });

  test('the hotkey recorder turns the next key combination into an accelerator', async () => {
    await byTestId('hotkey-record').click();
    await harness.page.keyboard.press('Control+Shift+F9');
    assert.deepEqual(await nextPatch(1), { hotkey: { accelerator: 'Control+Shift+F9' } });
    assert.equal(await byTestId('hotkey.accelerator').inputValue(), 'Control+Shift+F9');
  });

  test('test connection probes the URL in the field and says what the result means', async () => {
    const probes: (string | undefined)[][] = [];
    let answer: ConnectionProbe = { ok: false, problem: 'needs-token', detail: 'HTTP 401' };
    harness.handle('settings:test-connection', (...args) => {
      probes.push(args);
      return answer;
    });
    await byTestId('server.url').fill('wss://bob-private.hf.space');
    await byTestId('test-connection').click();
    await eventually('a failed probe is reported', async () => (await byTestId('probe-result').getAttribute('data-ok')) === 'false');
    assert.match(await byTestId('probe-result').innerText(), /wants an access token.*HTTP 401/);
    assert.deepEqual(probes, [['wss://bob-private.hf.space']]);
    await byTestId('token').fill('hf_secret');
    answer = { ok: true, detail: 'vosk-server answered' };
    await byTestId('test-connection').click();
    await eventually('a good probe is reported', async () => (await byTestId('probe-result').getAttribute('data-ok')) === 'true');
    // The field was saved on the way (the real service writes the address with its "/").
    assert.match(String(probes[1]?.[0]), /^wss:\/\/bob-private\.hf\.space\/?$/);
    assert.equal(probes[1]?.[1], 'hf_secret', 'a typed, unsaved token is tried');
    assert.match(await byTestId('probe-result').innerText(), /Connected/);
  });

  test('a new token is saved and the field emptied; Clear token removes it', async () => {
    await byTestId('token').fill('hf_abc');
    await byTestId('token').press('Tab');
    assert.deepEqual(await nextPatch(1), { token: 'hf_abc' });
    await eventually('the token field is emptied', async () => (await byTestId('token').inputValue()) === '');
    await byTestId('token-clear').click();
    assert.deepEqual(await nextPatch(2), { token: null });
    await eventually('the page says no token is stored', async () => (await textOf('token-state')).includes('No token'));
    assert.equal(await byTestId('token-clear').isDisabled(), true);
  });

  test('settings:changed from main refreshes the page', async () => {
    const changed = sampleSettings();
    changed.server.url = 'ws://localhost:2700';
    changed.audio.autoGainControl = false;
    harness.emit('settings:changed', changed);
    await eventually('the URL field follows main', async () => (await byTestId('server.url').inputValue()) === 'ws://localhost:2700');
    assert.equal(await byTestId('audio.autoGainControl').isChecked(), false);
  });

  test('the microphone menu lists devices from main, and says so when it cannot', async () => {
    await open([
      { deviceId: 'default', label: 'Default' },
      { deviceId: 'usb-1', label: 'USB Headset' },
      { deviceId: 'int-2', label: '' },
    ]);
    const options = await byTestId('audio.deviceId').locator('option').allInnerTexts();
    assert.deepEqual(options, ['System default', 'USB Headset', 'Microphone 3']);
    await byTestId('audio.deviceId').selectOption('usb-1');
    assert.deepEqual(await nextPatch(1), { audio: { deviceId: 'usb-1' } });

    await open(new Error('no capture page'));
    assert.match(await byTestId('devices-note').innerText(), /unavailable/);
    assert.deepEqual(await byTestId('audio.deviceId').locator('option').allInnerTexts(), ['System default']);
  });

  test('falling back to the built-in engine is on by default and can be switched off', async () => {
    assert.equal(await byTestId('server.fallbackToBuiltin').isChecked(), true);
    await byTestId('server.fallbackToBuiltin').uncheck();
    assert.deepEqual(await nextPatch(1), { server: { fallbackToBuiltin: false } });
  });

  test('"Keep the microphone ready" is off by default, says the microphone stays in use, and saves with its pre-roll', async () => {
    assert.equal(await byTestId('audio.keepReady').isChecked(), false);
    assert.equal(await byTestId('audio.preRollMs').inputValue(), '300');
    assert.match(await harness.page.locator('#audio-keep-ready-hint').innerText(), /stays open/);
    await byTestId('audio.keepReady').check();
    assert.deepEqual(await nextPatch(1), { audio: { keepReady: true } });
    await byTestId('audio.preRollMs').fill('500');
    await byTestId('audio.preRollMs').press('Tab');
    assert.deepEqual(await nextPatch(2), { audio: { preRollMs: 500 } });
  });
});
