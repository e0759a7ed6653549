// The real first-run window in Chromium, under its own CSP, with this process playing main
// through the page harness: the hotkey sentence, the built-in engine in each state main
// can report, a model download from progress to "in use", the server address checks, each
// connection verdict in words, saving (with main's refusals beside their fields), and
// closing the window.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AppInfo } from '../../electron/app/app-info.js';
import type { ConnectionProbe } from '../../electron/vosk/probe-result.js';
import type { SettingsPatch, SettingsUpdateResult } from '../../electron/settings/types.js';
import type { CatalogueModel, DownloadProgress, EngineChoice, ModelsState } from '../../electron/models/types.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { eventually } from '../helpers/eventually.js';
import { serveSettings, type ServedSettings } from './page-fakes.js';

const PAGE = 'renderer/first-run/first-run.html';
const EN = 'vosk-model-small-en-us-0.15';
const MB = 1024 * 1024;
const CATALOGUE: CatalogueModel[] = [
  // English deliberately not first: the window must pick it anyway.
  { name: 'vosk-model-small-de-0.15', language: 'de', languageName: 'German', url: 'https://example.invalid/de.zip', sizeBytes: 45 * MB, sha256: null },
  { name: EN, language: 'en-us', languageName: 'English (US)', url: 'https://example.invalid/en.zip', sizeBytes: 40 * MB, sha256: null },
];
const SPHINX: EngineChoice = { engine: 'sphinx', modelDir: '/usr/share/pocketsphinx/model/en-us', library: '/usr/lib/libpocketsphinx.so.3' };
const NONE: EngineChoice = { engine: 'none', message: 'No speech model is installed. Download one or enter a server address.' };

interface Main {
  settings: ServedSettings;
  finished: number;
  downloads: string[];
  selected: string[];
}

describe('first-run window', () => {
  let harness: PageHarness;

  before(async () => {
    harness = await startPageHarness();
  });
  after(() => harness.close());

  async function open(engine: EngineChoice, models: Partial<ModelsState> = {}): Promise<Main> {
    const main: Main = { settings: serveSettings(harness), finished: 0, downloads: [], selected: [] };
    main.settings.service.update({ server: { url: '' } }); // first run: no server yet
    const state: ModelsState = { catalogue: CATALOGUE, installed: [], downloads: [], selected: null, ...models };
    harness.handle('app:info', (): AppInfo => ({ version: '0.1.0', logFile: '/tmp/voskey.log', builtinEngine: engine }));
    harness.handle('models:state', () => state);
    harness.handle('models:download', (name) => {
      main.downloads.push(name);
      return { ...state, downloads: [{ name, phase: 'downloading', bytes: 0, total: 40 * MB, rate: 0 }] };
    });
    harness.handle('models:select', (name) => {
      main.selected.push(name);
      return { ...state, installed: [{ name, dir: `/data/models/${name}`, sizeBytes: 70 * MB, language: 'en-us', selected: true }], selected: name };
    });
    harness.handle('first-run:finish', () => {
      main.finished++;
    });
    harness.pageErrors.length = 0;
    await harness.open(PAGE);
    await harness.page.waitForSelector('body[data-ready="true"]');
    return main;
  }
  const byTestId = (id: string) => harness.page.getByTestId(id);
  const textOf = async (id: string) => (await byTestId(id).textContent()) ?? '';
  const patch = (main: Main, count: number) => eventually(`settings:update #${count}`, () => main.settings.patches[count - 1]);

  test('says what Voskey does with the hotkey; every input is labelled; Skip closes the window', async () => {
    const main = await open(SPHINX);
    // sampleSettings: Control+Alt+D in toggle mode.
    assert.match(await textOf('hotkey-sentence'), /Press Control\+Alt\+D, speak, and press it again/);
    const unlabelled = await harness.page.evaluate(`[...document.querySelectorAll('input, select, textarea')]
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label')).map((el) => el.id || el.outerHTML)`);
    assert.deepEqual(unlabelled, []);
    await byTestId('skip').click();
    await eventually('first-run:finish', () => main.finished === 1);
    assert.deepEqual(main.settings.patches, [], 'skipping saves nothing');
    assert.deepEqual(harness.pageErrors, []);
  });

  test('PocketSphinx found: usable now, and choosing it saves the built-in engine', async () => {
    const main = await open(SPHINX);
    assert.match(await textOf('builtin-status'), /PocketSphinx is installed.*less accurate/);
    assert.equal(await byTestId('finish').isEnabled(), true, 'it already works, so the user can start at once');
    assert.equal(await byTestId('download-section').isVisible(), true, 'a more accurate Vosk model is still offered');
    await byTestId('use-builtin').click();
    assert.deepEqual(await patch(main, 1), { server: { url: '' }, engine: { kind: 'sphinx' } });
    await eventually('ready line', async () => /Ready: .*PocketSphinx/.test(await textOf('ready')));
    await byTestId('finish').click();
    await eventually('first-run:finish', () => main.finished === 1);
  });

  test('a Vosk model installed: names it, offers no download, choosing it saves the vosk engine', async () => {
    const main = await open({ engine: 'vosk', model: EN, modelDir: `/data/models/${EN}` });
    assert.match(await textOf('builtin-status'), new RegExp(`${EN} is installed and ready`));
    assert.equal(await byTestId('download-section').isVisible(), false);
    await byTestId('use-builtin').click();
    assert.deepEqual(await patch(main, 1), { server: { url: '' }, engine: { kind: 'vosk' } });
    await eventually('ready line', async () => (await textOf('ready')).includes(EN));
  });

  test('nothing installed: the message, then an English download with progress that ends selected and saved', async () => {
    const main = await open(NONE);
    assert.equal(await textOf('builtin-status'), NONE.message);
    assert.equal(await byTestId('use-builtin').isVisible(), false);
    assert.equal(await byTestId('finish').isEnabled(), false, 'nothing works yet');
    assert.equal(await byTestId('model-select').inputValue(), EN, 'English is preselected');
    assert.match(await byTestId('model-select').locator('option:checked').innerText(), /English \(US\).*40 MB/);
    assert.match(await textOf('download-button'), /Download \(40 MB\)/);

    await byTestId('download-button').click();
    await eventually('models:download', () => main.downloads.length === 1);
    assert.deepEqual(main.downloads, [EN]);
    const progress = (bytes: number, phase: DownloadProgress['phase'] = 'downloading'): DownloadProgress => ({ name: EN, phase, bytes, total: 40 * MB, rate: 2 * MB });
    harness.emit('models:progress', progress(10 * MB));
    await eventually('progress drawn', async () => (await textOf('download-detail')).startsWith('10 MB of 40 MB'));
    const bar = byTestId('download-bar');
    assert.equal(Number(await bar.getAttribute('value')) / Number(await bar.getAttribute('max')), 0.25);
    assert.equal(await byTestId('download-button').isDisabled(), true, 'no second download while one runs');
    assert.equal(await textOf('download-button'), 'Downloading…');
    // Another model's progress (the model panel may be downloading too) is not this bar's.
    harness.emit('models:progress', { ...progress(39 * MB), name: 'vosk-model-small-de-0.15' });
    harness.emit('models:progress', progress(30 * MB));
    await eventually('progress moves', async () => (await textOf('download-detail')).startsWith('30 MB of 40 MB'));
    harness.emit('models:progress', progress(40 * MB, 'unpacking'));
    await eventually('unpacking shown', async () => (await textOf('download-detail')) === 'Unpacking…');
    assert.deepEqual(main.selected, []);

    harness.emit('models:progress', progress(40 * MB, 'done'));
    await eventually('models:select', () => main.selected.length === 1);
    assert.deepEqual(main.selected, [EN]);
    assert.deepEqual(await patch(main, 1), { server: { url: '' }, engine: { kind: 'vosk' } });
    await eventually('ready', async () => (await textOf('ready')).includes(EN));
    assert.equal(await byTestId('finish').isEnabled(), true);
    assert.equal(await textOf('download-button'), 'Use this model', 'installed now: nothing left to download');
    assert.deepEqual(harness.pageErrors, []);
  });

  test('a failed download shows why and can be tried again', async () => {
    const main = await open(NONE);
    await byTestId('download-button').click();
    await eventually('models:download', () => main.downloads.length === 1);
    const message = 'The download stopped: the server closed the connection. Check your network and try again.';
    harness.emit('models:progress', { name: EN, phase: 'failed', bytes: 5 * MB, total: 40 * MB, rate: 0, message });
    await eventually('failure shown', async () => (await textOf('download-error')) === message);
    assert.equal(await textOf('download-button'), 'Try again');
    assert.equal(await byTestId('download-progress').isVisible(), false);
    await byTestId('download-button').click();
    await eventually('second models:download', () => main.downloads.length === 2);
    assert.deepEqual(main.selected, [], 'nothing is selected after a failure');
  });

  test('an unreadable model list is explained and the rest of the window still works', async () => {
    const main = await open(SPHINX);
    harness.handle('models:state', () => {
      throw new Error('the models folder is not readable');
    });
    await harness.open(PAGE);
    await harness.page.waitForSelector('body[data-ready="true"]');
    assert.match(await textOf('download-error'), /list of models could not be read: the models folder is not readable/);
    assert.equal(await byTestId('download-button').isDisabled(), true);
    await byTestId('use-builtin').click();
    assert.deepEqual(await patch(main, 1), { server: { url: '' }, engine: { kind: 'sphinx' } });
  });

  test('the server choice is reachable by keyboard', async () => {
    await open(SPHINX);
    await byTestId('choice-builtin').focus();
    await harness.page.keyboard.press('ArrowDown');
    await eventually('server panel shown', () => byTestId('server-panel').isVisible());
    assert.equal(await byTestId('builtin-panel').isVisible(), false);
  });

  test('each connection verdict is shown in words', async () => {
    const main = await open(SPHINX);
    await byTestId('choice-server').check();
    const cases: [ConnectionProbe, RegExp][] = [
      [{ ok: true, detail: 'vosk-server answered a test phrase' }, /✓ Connected: vosk-server answered/],
      [{ ok: false, problem: 'asleep', detail: '' }, /asleep.*try again in a minute/],
      [{ ok: false, problem: 'bad-url', detail: 'No Space answers at bob-x.hf.space (HTTP 404)' }, /Wrong address.*no Vosk server was found.*HTTP 404/],
      [{ ok: false, problem: 'needs-token', detail: '' }, /wants an access token/],
      [{ ok: false, problem: 'not-vosk', detail: 'HTTP 200 text/html' }, /not a Vosk server/],
      [{ ok: false, problem: 'unreachable', detail: 'ECONNREFUSED' }, /Could not reach the server.*ECONNREFUSED/],
      [{ ok: false, problem: 'insecure', detail: '' }, /Unencrypted ws:\/\/ to another computer is blocked.*wss:\/\//],
    ];
    await byTestId('server-url').fill('wss://bob-x.hf.space');
    await byTestId('server-token').fill('hf_abc');
    for (const [probe, words] of cases) {
      harness.handle('settings:test-connection', (...args) => {
        main.settings.probes.push(args);
        return probe;
      });
      const before = main.settings.probes.length;
      await byTestId('test-connection').click();
      await eventually(`verdict for ${probe.ok ? 'ok' : probe.problem}`, async () => main.settings.probes.length > before && words.test(await textOf('probe-result')));
      assert.equal(await byTestId('probe-result').getAttribute('data-ok'), String(probe.ok));
    }
    assert.deepEqual(main.settings.probes[0], ['wss://bob-x.hf.space', 'hf_abc'], 'the typed token is tested too');
  });

  test('bad addresses are explained beside the field and never tested or saved', async () => {
    const main = await open(SPHINX);
    await byTestId('choice-server').check();
    const cases: [string, RegExp][] = [
      ['', /Enter a server URL/],
      ['ftp://example.com', /"ftp:\/\/" is not a websocket address/],
      ['wss://bob vosk.hf.space', /contains spaces/],
    ];
    for (const [typed, message] of cases) {
      await byTestId('server-url').fill(typed);
      await byTestId('test-connection').click();
      await eventually(`message for "${typed}"`, async () => message.test(await textOf('error:server.url')));
      assert.equal(await byTestId('server-url').getAttribute('aria-invalid'), 'true');
      await byTestId('save-server').click();
    }
    assert.deepEqual(main.settings.probes, []);
    assert.deepEqual(main.settings.patches, []);
    // Fixing the address clears the message.
    await byTestId('server-url').fill('https://bob-vosk.hf.space');
    await byTestId('test-connection').click();
    await eventually('probe sent', () => main.settings.probes.length === 1);
    assert.equal(await byTestId('error:server.url').isVisible(), false);
  });

  test('Save sends the address and token, and shows main’s refusals beside their fields', async () => {
    const main = await open(NONE);
    await byTestId('choice-server').check();
    await byTestId('server-url').fill(' wss://alice-vosk.hf.space ');
    await byTestId('server-token').fill('hf_secret');
    await byTestId('save-server').click();
    assert.deepEqual(await patch(main, 1), { server: { url: 'wss://alice-vosk.hf.space' }, token: 'hf_secret' });
    await eventually('saved', async () => /Saved: Voskey will use wss:\/\/alice-vosk\.hf\.space\/ with your access token/.test(await textOf('ready')));
    assert.equal(await byTestId('server-token').inputValue(), '', 'the token does not linger in the field');
    assert.equal(await byTestId('finish').isEnabled(), true);

    // Without a token the patch leaves the stored one alone; main refuses both fields.
    const refusals = { 'server.url': 'ws://10.0.0.5:2700 is unencrypted and not on this machine.', token: 'The token cannot be stored: no keyring.' };
    const refused: SettingsPatch[] = [];
    harness.handle('settings:update', (sent): SettingsUpdateResult => {
      refused.push(sent);
      return { ok: false, settings: main.settings.settings, errors: refusals };
    });
    await byTestId('server-url').fill('ws://10.0.0.5:2700');
    await byTestId('server-url').press('Enter'); // the form submits from the keyboard too
    await eventually('refused patch', () => refused.length === 1);
    assert.deepEqual(refused[0], { server: { url: 'ws://10.0.0.5:2700' } });
    await eventually('url refusal shown', async () => (await textOf('error:server.url')) === refusals['server.url']);
    assert.equal(await textOf('error:token'), refusals.token);
    await byTestId('finish').click();
    await eventually('first-run:finish', () => main.finished === 1);
    assert.deepEqual(harness.pageErrors, []);
  });
});
