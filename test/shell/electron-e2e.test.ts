// The whole app in the real Electron binary, driven by Playwright: it starts to the tray,
// the tray shows the idle state, Settings… opens a sandboxed settings window, a change is
// saved, and after a restart the change is still there.
//
// The Electron binary cannot be downloaded on our build machines (only its types are
// installed), so this test runs wherever `require('electron')` names a binary that exists,
// and elsewhere reports itself skipped with the reason.
//
// What it needs from electron/main.ts (the composition root): with VOSKEY_USER_DATA_DIR
// set, app.setPath('userData', it) before 'ready'; with VOSKEY_E2E=1, a test hook
// globalThis.__voskeyE2E = { trayIcon(): TrayIconName; trayTooltip(): string;
// openSettings(): void }, reached through electronApp.evaluate.
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { startXvfb } from '../helpers/xvfb.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN_JS = join(ROOT, 'dist/electron/main.js');

interface E2EHooks {
  trayIcon(): string;
  trayTooltip(): string;
  openSettings(): void;
}

function locateElectron(): { path: string } | { reason: string } {
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch (error) {
    return { reason: `the Electron binary is not installed (${(error as Error).message.split('\n')[0]})` };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { reason: `the Electron binary is not installed (${String(path)} missing)` };
  return { path };
}

async function launch(executablePath: string, userData: string, display: string): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath,
    args: [MAIN_JS, '--no-sandbox'],
    env: { ...process.env, DISPLAY: display, VOSKEY_E2E: '1', VOSKEY_USER_DATA_DIR: userData } as Record<string, string>,
  });
}

async function openSettings(app: ElectronApplication): Promise<Page> {
  const opened = app.waitForEvent('window', (page) => page.url().endsWith('/settings/settings.html'));
  await app.evaluate(() => (globalThis as unknown as { __voskeyE2E: E2EHooks }).__voskeyE2E.openSettings());
  const page = await opened;
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

test('Electron app: starts to the tray, edits a setting, keeps it after a restart', async (t) => {
  const electron = locateElectron();
  if ('reason' in electron) {
    console.log(`electron-e2e skipped: ${electron.reason}`);
    t.skip(electron.reason);
    return;
  }
  assert.ok(existsSync(MAIN_JS), `${MAIN_JS} is missing: run npm run build first`);
  const x = await startXvfb();
  const userData = mkdtempSync(join(tmpdir(), 'voskey-e2e-'));
  let app: ElectronApplication | null = null;
  t.after(async () => {
    await app?.close().catch(() => undefined);
    await x.stop();
    rmSync(userData, { recursive: true, force: true });
  });

  app = await launch(electron.path, userData, x.display);
  const tray = await app.evaluate(() => {
    const hooks = (globalThis as unknown as { __voskeyE2E: E2EHooks }).__voskeyE2E;
    return { icon: hooks.trayIcon(), tooltip: hooks.trayTooltip() };
  });
  assert.equal(tray.icon, 'idle');
  assert.match(tray.tooltip, /ready/);

  let settings = await openSettings(app);
  // The page runs sandboxed: no Node in reach, only the three functions of window.voskey.
  assert.deepEqual(
    await settings.evaluate('[typeof require, typeof process, Object.keys(window.voskey).sort().join(",")]'),
    ['undefined', 'undefined', 'invoke,on,send'],
  );
  await settings.getByTestId('history.maxEntries').fill('321');
  await settings.getByTestId('history.maxEntries').press('Tab');
  await settings.getByTestId('status').filter({ hasText: 'Saved.' }).waitFor();
  await app.close();
  app = null;

  app = await launch(electron.path, userData, x.display);
  settings = await openSettings(app);
  assert.equal(await settings.getByTestId('history.maxEntries').inputValue(), '321');
});
