// The settings page: every field of PublicSettings, saved as soon as it changes through
// 'settings:update'; refused fields keep what the user typed and show main's message beside
// them; 'settings:changed' (another window, the tray, a migration) refreshes the rest.
import type { PublicSettings, SettingsPatch, SettingsUpdateResult } from '../../electron/settings/types.js';
import { voskeyApi } from '../shared/voskey.js';
import { fetchDevices, renderDeviceOptions } from './device-list.js';
import { FieldErrors } from './field-errors.js';
import { attachHotkeyRecorder } from './hotkey-recorder.js';
import { describeProbe } from './probe-text.js';
import { phrasesFrom, ReplacementsEditor } from './replacements-editor.js';
import { patchFor, valueAt } from './setting-paths.js';
import { errorMessage } from '../shared/error-message.js';
import { appModesFrom, appModesText } from './app-modes.js';

type FieldElement = HTMLInputElement | HTMLSelectElement;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`settings page is missing #${id}`);
  return element as T;
}

const api = voskeyApi();
const form = byId<HTMLFormElement>('settings');
const status = byId<HTMLElement>('status');
const errors = new FieldErrors(form, byId('general-error'));
const fields = [...form.querySelectorAll<FieldElement>('[data-setting]')];
const tokenInput = byId<HTMLInputElement>('server-token');
const tokenState = byId<HTMLElement>('token-state');
const tokenClear = byId<HTMLButtonElement>('token-clear');
const phraseList = byId<HTMLTextAreaElement>('phrase-list');
const liveApps = byId<HTMLTextAreaElement>('live-apps');
const deviceSelect = byId<HTMLSelectElement>('audio-device');
const devicesNote = byId<HTMLElement>('devices-note');
const probeResult = byId<HTMLElement>('probe-result');
const testButton = byId<HTMLButtonElement>('test-connection');
/** Fields the user has typed in since their last change event: never overwritten. */
const editing = new Set<Element>();
let current: PublicSettings | null = null;
let devices: Awaited<ReturnType<typeof fetchDevices>> = [];

const replacements = new ReplacementsEditor(byId('replacements'), byId('replacement-add'), (list) =>
  void save({ formatting: { replacements: list } }, ['formatting.replacements']),
);

function pathOf(element: Element): string {
  return element.getAttribute('data-setting') ?? '';
}

type Read = { ok: true; value: unknown } | { ok: false; message: string };

function readField(element: FieldElement): Read {
  if (element instanceof HTMLInputElement && element.type === 'checkbox') return { ok: true, value: element.checked };
  if (element instanceof HTMLInputElement && element.type === 'number') {
    const number = Number(element.value.trim());
    if (element.value.trim() === '' || !Number.isFinite(number)) return { ok: false, message: 'Enter a number.' };
    return { ok: true, value: number };
  }
  return { ok: true, value: element.value };
}

function writeField(element: FieldElement, value: unknown): void {
  if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = value === true;
  else element.value = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

function render(settings: PublicSettings): void {
  current = settings;
  for (const element of fields) {
    if (editing.has(element) || errors.has(pathOf(element))) continue;
    if (element === deviceSelect) renderDeviceOptions(deviceSelect, devices, settings.audio.deviceId);
    else writeField(element, valueAt(settings, pathOf(element)));
  }
  replacements.render(settings.formatting.replacements);
  if (!editing.has(phraseList) && !errors.has('formatting.phraseList')) phraseList.value = settings.formatting.phraseList.join('\n');
  if (!editing.has(liveApps) && !errors.has('live.apps')) liveApps.value = appModesText(settings.live.apps);
  tokenState.textContent = settings.hasToken ? 'A token is stored (hidden).' : 'No token stored.';
  tokenClear.disabled = !settings.hasToken;
}

async function save(patch: SettingsPatch, keys: string[]): Promise<SettingsUpdateResult | null> {
  status.textContent = 'Saving…';
  try {
    const result = await api.invoke('settings:update', patch);
    errors.show(result.errors, keys);
    if (result.ok) errors.showGeneral('');
    render(result.settings);
    status.textContent = result.ok ? 'Saved.' : 'Not saved: see the message next to the field.';
    return result;
  } catch (error) {
    status.textContent = '';
    errors.showGeneral(`Could not save: ${errorMessage(error)}`);
    return null;
  }
}

for (const element of fields) {
  element.addEventListener('input', () => editing.add(element));
  element.addEventListener('change', () => {
    editing.delete(element);
    const path = pathOf(element);
    const read = readField(element);
    if (!read.ok) {
      errors.show({ [path]: read.message }, [path]);
      return;
    }
    void save(patchFor(path, read.value), [path]);
  });
}

phraseList.addEventListener('input', () => editing.add(phraseList));
phraseList.addEventListener('change', () => {
  editing.delete(phraseList);
  void save({ formatting: { phraseList: phrasesFrom(phraseList.value) } }, ['formatting.phraseList']);
});

liveApps.addEventListener('input', () => editing.add(liveApps));
liveApps.addEventListener('change', () => {
  editing.delete(liveApps);
  const read = appModesFrom(liveApps.value);
  if (!read.ok) errors.show({ 'live.apps': read.message }, ['live.apps']);
  else void save({ live: { apps: read.value } }, ['live.apps']);
});

tokenInput.addEventListener('change', async () => {
  const token = tokenInput.value;
  if (token === '') return; // nothing typed: keep the stored token
  const result = await save({ token }, ['token']);
  if (result?.ok) tokenInput.value = '';
});
tokenClear.addEventListener('click', () => void save({ token: null }, ['token']));

testButton.addEventListener('click', async () => {
  testButton.disabled = true;
  probeResult.textContent = 'Testing…';
  probeResult.removeAttribute('data-ok');
  try {
    const url = byId<HTMLInputElement>('server-url').value.trim();
    const typedToken = tokenInput.value;
    const probe = typedToken
      ? await api.invoke('settings:test-connection', url, typedToken)
      : await api.invoke('settings:test-connection', url);
    probeResult.textContent = describeProbe(probe);
    probeResult.setAttribute('data-ok', String(probe.ok));
  } catch (error) {
    probeResult.textContent = `The test itself failed: ${errorMessage(error)}`;
    probeResult.setAttribute('data-ok', 'false');
  } finally {
    testButton.disabled = false;
  }
});

async function loadDevices(): Promise<void> {
  try {
    devices = await fetchDevices(api);
    devicesNote.textContent = devices.length === 0 ? 'No microphones found.' : '';
  } catch {
    devices = [];
    devicesNote.textContent = 'The microphone list is unavailable right now; the system default is used.';
  }
  renderDeviceOptions(deviceSelect, devices, current?.audio.deviceId ?? '');
}
byId<HTMLButtonElement>('devices-refresh').addEventListener('click', () => void loadDevices());

attachHotkeyRecorder(byId('hotkey-record'), byId('hotkey-accelerator'));

api.on('settings:changed', (settings) => render(settings));

async function start(): Promise<void> {
  try {
    render(await api.invoke('settings:get'));
  } catch (error) {
    errors.showGeneral(`Could not load the settings: ${errorMessage(error)}`);
    return;
  }
  void showAppNotes(); // a hint: the page is usable without it
  await loadDevices();
  document.body.dataset.ready = 'true';
}

/**
 * What the app says about this system, each by its setting: live typing needs a window it
 * can name (where the app cannot, said by the live-typing choice); the hotkey's fallback
 * notice (where the keyboard hook or the portal shortcut cannot work, e.g. on Wayland, it
 * names the compositor binding to use instead) by the hotkey.
 */
async function showAppNotes(): Promise<void> {
  const info = await api.invoke('app:info').catch(() => null);
  for (const [id, text] of [['live-focus-unknown', info?.focusUnknown], ['hotkey-notice', info?.hotkeyNotice]] as const) {
    const note = byId<HTMLParagraphElement>(id);
    note.textContent = text ?? '';
    note.hidden = !text;
  }
}
void start();
