// The shell's per-platform decisions, each asked "what would happen on win32 / darwin /
// linux" here, since only Linux runs on this machine. Electron itself is not loaded: these
// modules are plain Node and main.ts hands their answers to Electron.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applicationMenuTemplate } from '../../electron/shell/app-menu.js';
import { HIDDEN_FLAG, loginLaunchPlan, startedHidden } from '../../electron/shell/login-launch.js';
import { opaqueOverlayBackground, overlayLook } from '../../electron/shell/overlay-look.js';
import { loadPage } from '../../electron/shell/page-load.js';
import { appImageSandboxNote, SANDBOX_NOTE_MARKER } from '../../electron/shell/sandbox-note.js';
import { startFailureHandler } from '../../electron/shell/start-failure.js';

interface MenuItemShape {
  role?: string;
  submenu?: unknown;
}

function roles(items: readonly MenuItemShape[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemShape[]) : [])]);
}

test('application menu: none on Windows and Linux; on macOS app and Edit menus, never Reload or DevTools', () => {
  assert.equal(applicationMenuTemplate('win32'), null);
  assert.equal(applicationMenuTemplate('linux'), null);
  const mac = applicationMenuTemplate('darwin');
  assert.ok(mac);
  const all = roles(mac);
  // Cmd+C/V/X/A/Z in the settings window's text fields come from these roles on macOS.
  for (const needed of ['editMenu', 'copy', 'paste', 'cut', 'selectAll', 'undo', 'quit']) assert.ok(all.includes(needed), needed);
  for (const banned of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) assert.ok(!all.includes(banned), banned);
});

test('a failure while starting shows one dialog, then exits with an error code', () => {
  const dialogs: string[][] = [];
  const exits: number[] = [];
  const fail = startFailureHandler({ showError: (title, message) => dialogs.push([title, message]), exit: (code) => exits.push(code) });
  fail(new Error('settings.json is not valid JSON'));
  fail(new Error('a second problem while the first dialog was up'));
  assert.equal(dialogs.length, 1);
  assert.equal(dialogs[0]?.[0], 'Voskey could not start');
  assert.match(dialogs[0]?.[1] ?? '', /settings\.json is not valid JSON[\s\S]*will now quit/);
  assert.deepEqual(exits, [1]);
});

test('the app still exits when even the dialog fails', () => {
  const exits: number[] = [];
  const fail = startFailureHandler({
    showError: () => {
      throw new Error('no display');
    },
    exit: (code) => exits.push(code),
  });
  assert.throws(() => fail('boom'), /no display/);
  assert.deepEqual(exits, [1]);
});

test('start at login starts Voskey itself: with the app folder under npm start, without when installed', () => {
  const dev = { isPackaged: false, execPath: '/home/ada/v k/node_modules/electron/dist/electron', appPath: '/home/ada/v k' };
  assert.deepEqual(loginLaunchPlan({ platform: 'linux', ...dev }), {
    kind: 'xdg-autostart',
    command: [dev.execPath, dev.appPath, HIDDEN_FLAG],
  });
  // npm start added --no-sandbox (scripts/start.js): the login start needs it too, or Electron aborts.
  assert.deepEqual(loginLaunchPlan({ platform: 'linux', ...dev, noSandbox: true }), {
    kind: 'xdg-autostart',
    command: [dev.execPath, dev.appPath, '--no-sandbox', HIDDEN_FLAG],
  });
  assert.deepEqual(loginLaunchPlan({ platform: 'linux', isPackaged: true, execPath: '/tmp/.mount_Voskey/voskey', appPath: '/tmp/.mount_Voskey/resources/app.asar', appImage: '/home/ada/Apps/Voskey.AppImage', noSandbox: true }), {
    kind: 'xdg-autostart',
    command: ['/home/ada/Apps/Voskey.AppImage', HIDDEN_FLAG],
  }, 'packaged: the AppImage\'s AppRun decides about the sandbox itself');
  const winDev = { isPackaged: false, execPath: 'C:\\src\\voskey\\node_modules\\electron\\dist\\electron.exe', appPath: 'C:\\src\\my voskey' };
  assert.deepEqual(loginLaunchPlan({ platform: 'win32', ...winDev }), { kind: 'login-item', path: winDev.execPath, args: [winDev.appPath, HIDDEN_FLAG] });
  assert.deepEqual(loginLaunchPlan({ platform: 'win32', isPackaged: true, execPath: 'C:\\Voskey\\Voskey.exe', appPath: 'C:\\Voskey\\resources\\app.asar' }), {
    kind: 'login-item',
    path: 'C:\\Voskey\\Voskey.exe',
    args: [HIDDEN_FLAG],
  });
  // macOS ignores args: the installed app registers itself, a development run cannot.
  assert.deepEqual(loginLaunchPlan({ platform: 'darwin', isPackaged: true, execPath: '/Applications/Voskey.app/Contents/MacOS/Voskey', appPath: '' }), { kind: 'login-item' });
  const macDev = loginLaunchPlan({ platform: 'darwin', isPackaged: false, execPath: '/x/Electron.app/Contents/MacOS/Electron', appPath: '/x' });
  assert.equal(macDev.kind, 'unsupported');
  if (macDev.kind === 'unsupported') assert.match(macDev.reason, /installed Voskey app/);
});

test('a login start opens no window: --hidden anywhere, or macOS saying it opened the app at login', () => {
  assert.equal(startedHidden(['electron', '.', HIDDEN_FLAG], 'linux', () => false), true);
  assert.equal(startedHidden(['Voskey'], 'darwin', () => true), true);
  assert.equal(startedHidden(['Voskey'], 'darwin', () => false), false);
  assert.equal(startedHidden(['voskey'], 'linux', () => true), false, 'wasOpenedAtLogin is macOS-only');
});

test('the overlay is transparent where a compositor is certain, opaque on X11 without one', () => {
  const never = () => {
    throw new Error('the X11 probe is only for X11');
  };
  assert.deepEqual(overlayLook('win32', never), { transparent: true, pageHash: '' });
  assert.deepEqual(overlayLook('darwin', never), { transparent: true, pageHash: '' });
  assert.deepEqual(overlayLook('linux-wayland', never), { transparent: true, pageHash: '' });
  assert.deepEqual(overlayLook('linux-x11', () => true), { transparent: true, pageHash: '' });
  assert.deepEqual(overlayLook('linux-x11', () => false), { transparent: false, pageHash: 'opaque' });
  assert.deepEqual(overlayLook('linux-x11', () => null), { transparent: false, pageHash: 'opaque' }, 'unknown: the safe look');
  assert.match(opaqueOverlayBackground(true), /^#[0-9a-f]{6}$/);
  assert.notEqual(opaqueOverlayBackground(true), opaqueOverlayBackground(false));
});

test('a page that fails to load is reported with its reason; a window closed while loading is not', async () => {
  // A stand-in for BrowserWindow: only Electron's binary could load a real page.
  const reports: string[] = [];
  const failing = { isDestroyed: () => false, loadURL: () => Promise.reject(new Error("ERR_FILE_NOT_FOUND (-6) loading 'file:///x/capture.html'")) };
  await loadPage(failing, 'file:///x/capture.html', 'capture', (m) => reports.push(m));
  assert.equal(reports.length, 1);
  assert.match(reports[0] ?? '', /capture page could not be loaded \(ERR_FILE_NOT_FOUND/);
  const closed = { isDestroyed: () => true, loadURL: () => Promise.reject(new Error('ERR_ABORTED (-3)')) };
  await loadPage(closed, 'file:///x/settings.html', 'settings', (m) => reports.push(m));
  const fine = { isDestroyed: () => false, loadURL: () => Promise.resolve() };
  await loadPage(fine, 'file:///x/settings.html', 'settings', (m) => reports.push(m));
  assert.equal(reports.length, 1);
});

test('the AppImage without a sandbox says so once, and logs it every time; nothing elsewhere', (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'voskey-sandbox-note-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  const facts = { platform: 'linux' as const, appImage: '/home/ada/Voskey.AppImage', noSandbox: true, dataDir };
  const first = appImageSandboxNote(facts);
  assert.equal(first?.firstTime, true);
  assert.match(first?.message ?? '', /without Chromium's sandbox[\s\S]*AppArmor[\s\S]*\.deb/);
  assert.ok(existsSync(join(dataDir, SANDBOX_NOTE_MARKER)));
  assert.equal(appImageSandboxNote(facts)?.firstTime, false);
  assert.equal(appImageSandboxNote({ ...facts, noSandbox: false }), null);
  assert.equal(appImageSandboxNote({ ...facts, appImage: undefined }), null, 'a .deb or development run');
  assert.equal(appImageSandboxNote({ ...facts, platform: 'win32' }), null);
});
