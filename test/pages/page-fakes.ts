// A stand-in for main's settings and history services, for page tests: keeps state, records
// every call the page makes, and refuses values the way the real service reports refusals.
import type { ConnectionProbe } from '../../electron/vosk/probe-result.js';
import type { PublicSettings, SettingsPatch, SettingsUpdateResult } from '../../electron/settings/types.js';
import type { TranscriptArchive, TranscriptEntry } from '../../electron/dictation/history-types.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import type { PageHarness } from '../helpers/page-harness.js';

export function sampleSettings(): PublicSettings {
  const settings = defaultSettings();
  settings.server.url = 'wss://alice-vosk.hf.space';
  settings.hotkey.accelerator = 'Control+Alt+D';
  settings.hotkey.mode = 'toggle';
  settings.typing.method = 'paste';
  settings.audio.frameMs = 80;
  settings.audio.noiseSuppression = true;
  settings.formatting.replacements = [{ from: 'voss key', to: 'Voskey' }];
  settings.formatting.phraseList = ['Voskey', 'Hugging Face'];
  settings.overlay.position = 'top-right';
  settings.history.maxEntries = 250;
  return { ...settings, hasToken: true };
}

export interface FakeSettings {
  settings: PublicSettings;
  patches: SettingsPatch[];
  probes: unknown[][];
}

/** Accelerators containing "Banana" are refused, like the real validator refuses unknown keys. */
export function serveSettings(harness: PageHarness, probe: ConnectionProbe = { ok: true, detail: 'vosk-server answered' }): FakeSettings {
  const fake: FakeSettings = { settings: sampleSettings(), patches: [], probes: [] };
  harness.handle('settings:get', () => fake.settings);
  harness.handle('settings:update', (patch): SettingsUpdateResult => {
    fake.patches.push(patch);
    const errors: Record<string, string> = {};
    const next = structuredClone(fake.settings) as unknown as Record<string, unknown>;
    for (const [group, value] of Object.entries(patch)) {
      if (group === 'token') {
        fake.settings.hasToken = value !== null;
        (next as { hasToken: boolean }).hasToken = value !== null;
        continue;
      }
      if (group === 'hotkey' && String((value as { accelerator?: string }).accelerator).includes('Banana')) {
        errors['hotkey.accelerator'] = 'Banana is not a key.';
        continue;
      }
      next[group] = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...(next[group] as object), ...value } : value;
    }
    fake.settings = next as unknown as PublicSettings;
    return { ok: Object.keys(errors).length === 0, settings: fake.settings, errors };
  });
  harness.handle('settings:test-connection', (...args) => {
    fake.probes.push(args);
    return probe;
  });
  return fake;
}

export const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export function sampleHistory(): TranscriptEntry[] {
  // Deliberately not in time order: the page must sort newest first itself.
  return [
    { id: 'b', time: T0 + 1 * HOUR, text: 'Second: the weather is fine.', raw: 'second the weather is fine' },
    { id: 'a', time: T0, text: 'First: hello world.', raw: 'first hello world' },
    { id: 'c', time: T0 + 2 * HOUR, text: 'Third: good morning, Voskey.', raw: 'third good morning voss key' },
  ];
}

export interface FakeHistory {
  entries: TranscriptEntry[];
  archives: TranscriptArchive[];
  calls: { channel: string; args: unknown[] }[];
}

export function serveHistory(harness: PageHarness, exportResult: { path: string } | { cancelled: true } = { path: '/home/u/voskey.txt' }): FakeHistory {
  const fake: FakeHistory = { entries: sampleHistory(), archives: [], calls: [] };
  harness.handle('history:list', (query) => {
    fake.calls.push({ channel: 'history:list', args: query === undefined ? [] : [query] });
    const q = (query ?? '').toLowerCase();
    return fake.entries.filter((e) => e.text.toLowerCase().includes(q) || e.raw.includes(q));
  });
  harness.handle('history:delete', (id) => {
    fake.calls.push({ channel: 'history:delete', args: [id] });
    fake.entries = fake.entries.filter((e) => e.id !== id);
  });
  harness.handle('history:clear', () => {
    fake.calls.push({ channel: 'history:clear', args: [] });
    fake.entries = [];
  });
  harness.handle('history:copy', (id) => {
    fake.calls.push({ channel: 'history:copy', args: [id] });
  });
  harness.handle('history:export', (format) => {
    fake.calls.push({ channel: 'history:export', args: [format] });
    return exportResult;
  });
  harness.handle('history:archives', () => fake.archives);
  harness.handle('history:export-archive', (name, format) => {
    fake.calls.push({ channel: 'history:export-archive', args: [name, format] });
    return exportResult;
  });
  return fake;
}
