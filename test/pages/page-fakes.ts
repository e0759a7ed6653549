// Main's side for page tests: the real settings and history services (they run in plain
// Node) on a temp folder, answering through the app's real invoke handlers, so a page is
// tested against the merging, validation and search it will meet in the app. Every call
// the page makes is recorded. Only what needs the network or the desktop is stood in for:
// "test connection" answers what the test says, "copy" records the text, and the Save
// dialog answers with a file in the temp folder (or a cancel).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyHandlers } from '../../electron/app/handlers/history.js';
import { settingsHandlers } from '../../electron/app/handlers/settings.js';
import type { Clipboard } from '../../electron/desktop/clipboard.js';
import { HISTORY_FILE_NAME, TranscriptHistory } from '../../electron/dictation/history.js';
import { historyFileContent } from '../../electron/dictation/history-file.js';
import type { TranscriptEntry } from '../../electron/dictation/history-types.js';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import type { LogSink } from '../../electron/logging/log.js';
import { SettingsService } from '../../electron/settings/service.js';
import type { PublicSettings, SettingsPatch } from '../../electron/settings/types.js';
import type { ConnectionProbe } from '../../electron/vosk/probe-result.js';
import type { PageHarness } from '../helpers/page-harness.js';
import { aesSecretBox, confStore } from '../settings/support.js';

const quietLog: LogSink = { info: () => {}, warn: () => {}, error: () => {} };

// One exit hook for every temp folder a test file makes (page tests open many).
const folders: string[] = [];
function tempFolder(prefix: string): string {
  if (folders.length === 0) process.once('exit', () => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** What the page tests expect to see: a server with a token, a toggle hotkey, paste, … */
const SAMPLE: SettingsPatch = {
  server: { url: 'wss://alice-vosk.hf.space' },
  hotkey: { accelerator: 'Control+Alt+D', mode: 'toggle' },
  typing: { method: 'paste' },
  audio: { frameMs: 80, noiseSuppression: true },
  formatting: { replacements: [{ from: 'voss key', to: 'Voskey' }], phraseList: ['Voskey', 'Hugging Face'] },
  overlay: { position: 'top-right' },
  history: { maxEntries: 250 },
  token: 'hf_sample',
};

function sampleSettingsService(): SettingsService {
  const service = new SettingsService({ createStore: confStore(tempFolder('voskey-page-settings-')), secretBox: aesSecretBox(), log: quietLog });
  const result = service.update(SAMPLE);
  if (!result.ok) throw new Error(`sample settings refused: ${JSON.stringify(result.errors)}`);
  return service;
}

/** The sample settings as the real service holds them (addresses normalised, token hidden). */
export function sampleSettings(): PublicSettings {
  return sampleSettingsService().getPublic();
}

export interface ServedSettings {
  service: SettingsService;
  /** What main holds now. */
  readonly settings: PublicSettings;
  patches: SettingsPatch[];
  probes: unknown[][];
}

export function serveSettings(harness: PageHarness, probe: ConnectionProbe = { ok: true, detail: 'vosk-server answered' }): ServedSettings {
  const service = sampleSettingsService();
  const real = settingsHandlers(service, () => Promise.reject(new Error('no built-in engine in page tests')));
  const served: ServedSettings = {
    service,
    get settings() {
      return service.getPublic();
    },
    patches: [],
    probes: [],
  };
  harness.handle('settings:get', real['settings:get']);
  harness.handle('settings:update', (patch) => {
    served.patches.push(patch);
    return real['settings:update'](patch);
  });
  harness.handle('settings:test-connection', (...args) => {
    served.probes.push(args);
    return probe;
  });
  return served;
}

export const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export function sampleHistory(): TranscriptEntry[] {
  // Deliberately not in time order: the page must sort newest first itself.
  return [
    {
      id: 'b',
      time: T0 + 1 * HOUR,
      text: 'Second: the weather is fine.',
      raw: 'second the weather is fine',
      alternatives: ['second the weather is fine', 'second the whether is fine', 'second the weather is nine'],
    },
    { id: 'a', time: T0, text: 'First: hello world.', raw: 'first hello world' },
    { id: 'c', time: T0 + 2 * HOUR, text: 'Third: good morning, Voskey.', raw: 'third good morning voss key' },
  ];
}

export interface ServedHistory {
  history: TranscriptHistory;
  /** Where history.json, its archives and the exports are. */
  folder: string;
  calls: { channel: string; args: unknown[] }[];
  /** What "copy" put on the clipboard. */
  copied: string[];
}

/**
 * The real history on a temp folder holding sampleHistory(); `cancelExport`: the Save dialog
 * is cancelled; `markBelowConfidence`: the transcript marks unsure words (0..1; absent: off).
 */
export function serveHistory(harness: PageHarness, options: { cancelExport?: boolean; markBelowConfidence?: number } = {}): ServedHistory {
  const folder = tempFolder('voskey-page-history-');
  writeFileSync(join(folder, HISTORY_FILE_NAME), historyFileContent(sampleHistory()));
  const history = new TranscriptHistory({ folder, maxEntries: 1000, writeDelayMs: 0, log: quietLog });
  const copied: string[] = [];
  const clipboard: Pick<Clipboard, 'writeText'> = { writeText: async (text) => void copied.push(text) };
  const formatter = new DictationFormatter({ ...defaultSettings().formatting, language: 'en' });
  const real = historyHandlers(
    history,
    clipboard,
    async (name) => (options.cancelExport ? null : join(folder, name)),
    (raw) => formatter.partial(raw),
    () => options.markBelowConfidence ?? 0,
  );
  const served: ServedHistory = { history, folder, calls: [], copied };
  // Each channel through its real handler, recorded on the way (untyped in this loop; the
  // page's arguments are untrusted input to the handlers anyway).
  for (const [channel, handler] of Object.entries(real) as [keyof typeof real, (...args: unknown[]) => unknown][]) {
    harness.handle(channel, ((...args: unknown[]) => {
      served.calls.push({ channel, args });
      return handler(...args);
    }) as never);
  }
  return served;
}
