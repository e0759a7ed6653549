// Renders the first-run window (both choices) and the model manager panel (a download in
// progress) in Chromium, light and dark, and writes PNGs to docs/images/ for the README.
// The pages are the real compiled ones; this script plays main through the page harness.
// Usage: npm run build && node --import tsx scripts/page-screenshots.ts

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppInfo } from '../electron/app/app-info.js';
import { CATALOGUE } from '../electron/models/catalogue.js';
import type { DownloadProgress, ModelsState } from '../electron/models/types.js';
import { defaultSettings } from '../electron/settings/defaults.js';
import type { PublicSettings } from '../electron/settings/types.js';
import { startPageHarness, type PageHarness } from '../test/helpers/page-harness.js';

const OUT_DIR = fileURLToPath(new URL('../docs/images/', import.meta.url));
/** Roughly the windows the shell opens; the height grows to fit the page. */
const FIRST_RUN_WINDOW = { width: 600, height: 640 };
const MODELS_WINDOW = { width: 760, height: 280 };
const SCHEMES = ['light', 'dark'] as const;
const MB = 1024 * 1024;

const [english, german] = CATALOGUE;
if (!english || !german) throw new Error('the catalogue lost its English or German model');

function downloading(name: string, fraction: number, total: number | null): DownloadProgress {
  return { name, phase: 'downloading', bytes: Math.round((total ?? 40 * MB) * fraction), total, rate: Math.round(3.2 * MB) };
}

const settings: PublicSettings = { ...defaultSettings(), hasToken: false };
const SPHINX_INFO: AppInfo = {
  version: '0.1.0',
  logFile: '~/.config/voskey/voskey.log',
  builtinEngine: { engine: 'sphinx', modelDir: '/usr/share/pocketsphinx/model/en-us', library: '/usr/lib/x86_64-linux-gnu/libpocketsphinx.so.3' },
};

async function shoot(harness: PageHarness, name: string): Promise<void> {
  const path = join(OUT_DIR, `${name}.png`);
  await harness.page.screenshot({ path, fullPage: true, animations: 'disabled' });
  console.log(`wrote ${path}`);
}

async function firstRun(scheme: (typeof SCHEMES)[number]): Promise<void> {
  const harness = await startPageHarness({ context: { viewport: FIRST_RUN_WINDOW, colorScheme: scheme, deviceScaleFactor: 1 } });
  try {
    const models: ModelsState = { catalogue: [...CATALOGUE], installed: [], downloads: [downloading(english!.name, 0.42, english!.sizeBytes)], selected: null };
    harness.handle('settings:get', () => settings);
    harness.handle('app:info', () => SPHINX_INFO);
    harness.handle('models:state', () => models);
    harness.handle('settings:test-connection', () => ({ ok: true, detail: 'vosk-server answered (16 kHz, reset supported).' }));

    // Built-in: PocketSphinx found, the English model on its way.
    await harness.open('renderer/first-run/first-run.html');
    await harness.page.waitForSelector('body[data-ready="true"]');
    await harness.page.getByTestId('download-detail').filter({ hasText: 'MB of' }).waitFor();
    await shoot(harness, `first-run-builtin-${scheme}`);

    // Server: a Hugging Face Space that answered the test.
    await harness.page.getByTestId('choice-server').check();
    await harness.page.getByTestId('server-url').fill('wss://alice-vosk.hf.space');
    await harness.page.getByTestId('server-token').fill('hf_exampletoken');
    await harness.page.getByTestId('test-connection').click();
    await harness.page.waitForSelector('[data-testid="probe-result"][data-ok="true"]');
    await harness.page.getByTestId('test-connection').blur();
    await shoot(harness, `first-run-server-${scheme}`);
  } finally {
    await harness.close();
  }
}

async function modelsPanel(scheme: (typeof SCHEMES)[number]): Promise<void> {
  const harness = await startPageHarness({ context: { viewport: MODELS_WINDOW, colorScheme: scheme, deviceScaleFactor: 1 } });
  try {
    const models: ModelsState = {
      catalogue: [...CATALOGUE],
      installed: [{ name: english!.name, dir: `~/.config/voskey/models/${english!.name}`, sizeBytes: 68 * MB, language: english!.language, selected: true }],
      downloads: [downloading(german!.name, 0.63, german!.sizeBytes)],
      selected: english!.name,
    };
    harness.handle('models:state', () => models);
    await harness.open('renderer/models/models.html');
    await harness.page.waitForSelector(`tr[data-model="${german!.name}"] progress`);
    await shoot(harness, `models-downloading-${scheme}`);
  } finally {
    await harness.close();
  }
}

mkdirSync(OUT_DIR, { recursive: true });
for (const scheme of SCHEMES) {
  await firstRun(scheme);
  await modelsPanel(scheme);
}
