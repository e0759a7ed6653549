// Composition root of the Electron app: builds the windows, tray and IPC router, hosts the
// plain-Node core (electron/app/core.ts) and relays between them. Nothing else lives here:
// every decision is made in a module that can be tested without the Electron binary.
import { app, dialog, Menu, Notification, shell } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { VoskeyCore } from './app/core.js';
import { WithIntent } from './app/handlers/intent.js';
import type { CoreShell } from './app/shell-port.js';
import { openUserData } from './app/user-data.js';
import { INVOKE_CHANNELS, type InvokeChannels } from './ipc.js';
import { createLogger } from './logging/log.js';
import { createElectronClipboard } from './shell/electron-clipboard.js';
import { utilityEngineProcess } from './shell/engine-utility.js';
import { registerGlobalToggle } from './shell/global-toggle.js';
import { grabChoiceKeys } from './shell/choice-shortcuts.js';
import { OVERLAY_CHOICES_SIZE } from './shell/overlay-choices-size.js';
import { IpcRouter } from './shell/ipc-main.js';
import { applyStartAtLogin, wasStartedHidden } from './shell/login-item.js';
import { OverlayVisibility } from './shell/overlay-visibility.js';
import { preparePlatformShell } from './shell/platform-shell.js';
import { electronSecretBox } from './shell/safe-storage.js';
import { claimSingleInstance } from './shell/single-instance.js';
import { applicationMenuTemplate } from './shell/app-menu.js';
import { startFailureHandler } from './shell/start-failure.js';
import { overlayLook } from './shell/overlay-look.js';
import { appImageSandboxNote } from './shell/sandbox-note.js';
import { x11CompositorRunning } from './desktop/x11-compositor.js';
import { inProcessKeyHook } from './desktop/key-hook-host.js';
import { reopenAction } from './shell/reopen.js';
import { runPackagedSmoke } from './shell/packaged-smoke.js';
import { controlAddress } from './control/control-address.js';
import { DEFAULT_ICON_DIR, VoskeyTray } from './shell/tray.js';
import type { TrayFacts } from './shell/tray-menu.js';
import {
  createCaptureWindow,
  createOverlayWindow,
  OVERLAY_SIZE,
  createPageWindow,
  createWindowKit,
  openOrFocus,
  secureSession,
  showOverlay,
  type WindowKit,
} from './shell/windows.js';

// Tests (and people who keep several profiles) can point Voskey at another data folder.
if (process.env.VOSKEY_USER_DATA_DIR) app.setPath('userData', process.env.VOSKEY_USER_DATA_DIR);
// The end-to-end test's microphone: Chromium's fake capture device playing a WAV once.
// Switches must be appended before 'ready' (docs/api/command-line-switches.md).
if (process.env.VOSKEY_E2E === '1' && process.env.VOSKEY_E2E_FAKE_MIC) {
  app.commandLine.appendSwitch('use-fake-ui-for-media-stream');
  app.commandLine.appendSwitch('use-fake-device-for-media-stream');
  app.commandLine.appendSwitch('use-file-for-fake-audio-capture', `${process.env.VOSKEY_E2E_FAKE_MIC}%noloop`);
}

// The OS and desktop session, chosen once; some of it must reach Chromium before 'ready'.
const platform = preparePlatformShell();
const kit: WindowKit = createWindowKit();
if (!claimSingleInstance(() => openOrFocus(kit, 'settings'))) {
  app.quit();
} else {
  // Voskey lives in the tray: closing its last window must not quit it.
  app.on('window-all-closed', () => {});
  // .then(startApp).catch(…), not .then(startApp, onError): the second argument of then()
  // never sees what startApp itself throws.
  app
    .whenReady()
    .then(startApp)
    .catch(startFailureHandler({ showError: (title, message) => dialog.showErrorBox(title, message), exit: (code) => app.exit(code) }));
}

const startedAt = Date.now();

function startApp(): void {
  platform.atReady();
  const menu = applicationMenuTemplate();
  Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  secureSession(kit);
  // One log for the app: the core writes to it, and so does the shell (refused IPC, load failures).
  const log = createLogger({ dir: app.getPath('logs') });
  const router = new IpcRouter(kit.registry, log);
  // A page that fails to load is reported, not dropped (shell/page-load.ts).
  // Loads finish after this function returns, so hostShell exists by then.
  kit.onLoadFailure = (message) => {
    log.error(message);
    hostShell.notify(message);
  };
  const capture = createCaptureWindow(kit);
  const look = overlayLook(platform.plan.kind, () => x11CompositorRunning());
  const overlay = createOverlayWindow(kit, OVERLAY_SIZE, look);
  let tray: VoskeyTray | undefined;
  const iconDir = app.isPackaged ? join(process.resourcesPath, 'icons') : DEFAULT_ICON_DIR;

  const hostShell: CoreShell = {
    capture: {
      start: (options) => void router.sendTo(capture, 'capture:start', options),
      stop: () => void router.sendTo(capture, 'capture:stop'),
      prepare: (options) => void router.sendTo(capture, 'capture:prepare', options),
    },
    requestDevices: () => void router.sendTo(capture, 'capture:list-devices'),
    overlay: (state) => {
      router.sendTo(overlay, 'overlay:state', state);
      const size = state.choices.length > 0 ? OVERLAY_CHOICES_SIZE : OVERLAY_SIZE;
      const [width, height] = overlay.getSize();
      if (width !== size.width || height !== size.height) {
        overlay.setSize(size.width, size.height);
        // Placed again for its new height (near the tray it grows away from the panel).
        if (overlay.isVisible()) showOverlay(overlay, core.status().overlayPosition, tray?.bounds() ?? null);
      }
      visibility.update(state.status, state.notice, state.choices.length > 0);
    },
    broadcast: (channel, ...args) => router.broadcast(channel, ...args),
    notify: (message) => {
      if (Notification.isSupported()) new Notification({ title: 'Voskey', body: message }).show();
    },
    registerToggleShortcut: registerGlobalToggle,
    grabKeys: grabChoiceKeys,
    chooseExportPath: async (defaultName) => {
      const result = await dialog.showSaveDialog({ defaultPath: join(app.getPath('documents'), defaultName) });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    applyStartAtLogin: (enabled) => applyStartAtLogin(enabled, (message) => hostShell.notify(message)),
    ownWindowFocused: platform.ownWindowFocused,
    permissions: platform.permissions,
    clipboard: createElectronClipboard(),
    launchEngine: utilityEngineProcess,
    // This process's run loop services the main dispatch queue, which uiohook needs on macOS;
    // the platform plan decides whether it is used (desktop/platform/hook-placement.ts).
    keyHookHost: inProcessKeyHook(),
  };

  const visibility = new OverlayVisibility(
    () => showOverlay(overlay, core.status().overlayPosition, tray?.bounds() ?? null),
    () => overlay.hide(),
  );

  const core = new VoskeyCore({
    shell: hostShell,
    userData: openUserData({
      dataDir: app.getPath('userData'),
      createStore: (options) => new Store<Record<string, unknown>>({ name: 'settings', ...options }),
      secretBox: electronSecretBox,
      log,
    }),
    log,
    version: app.getVersion(),
    platform: platform.plan,
    control: controlAddress(),
  });

  for (const channel of INVOKE_CHANNELS) registerInvoke(router, core, channel);
  router.on('capture:frame', (_sender, pcm) => core.onCaptureFrame(pcm));
  router.on('capture:level', (_sender, level) => core.onCaptureLevel(level));
  router.on('capture:ended', (_sender, end) => core.onCaptureEnded(end));
  router.on('capture:started', (_sender, started) => core.onCaptureStarted(started));
  // A message sent before the page loaded is lost: prepare it again once it has (and after a reload).
  capture.webContents.on('did-finish-load', () => core.onCapturePageLoaded());
  router.on('capture:devices', (_sender, devices) => core.onCaptureDevices(devices));

  const trayFacts = (): TrayFacts => {
    const status = core.status();
    return {
      state: status.state,
      hotkeyPaused: status.hotkeyPaused,
      hotkeyLabel: status.hotkey.accelerator,
      hotkeyMode: status.hotkey.mode,
      version: status.version,
      logFilePath: status.logFile,
    };
  };
  tray = new VoskeyTray(
    trayFacts(),
    {
      'toggle-dictation': () => core.toggleDictation(),
      'open-transcript': () => void openOrFocus(kit, 'transcript'),
      'open-settings': () => void openOrFocus(kit, 'settings'),
      'open-models': () => void openOrFocus(kit, 'models'),
      'toggle-hotkey-pause': (paused) => {
        core.setHotkeyPaused(paused);
        tray?.update(trayFacts());
      },
      'open-log': () => void shell.openPath(log.file),
      quit: () => app.quit(),
    },
    iconDir,
  );
  core.onStatusChange(() => tray?.update(trayFacts()));

  core.start();
  const sandboxNote = appImageSandboxNote({
    platform: process.platform,
    appImage: process.env.APPIMAGE,
    noSandbox: app.commandLine.hasSwitch('no-sandbox'),
    dataDir: app.getPath('userData'),
  });
  if (sandboxNote) {
    log.warn(sandboxNote.message);
    if (sandboxNote.firstTime) hostShell.notify(sandboxNote.message);
  }
  // macOS: Voskey opened again from Finder while running shows its settings (shell/reopen.ts).
  const startedHidden = wasStartedHidden();
  app.on('activate', (_event, hasVisibleWindows) => {
    if (reopenAction({ hasVisibleWindows, startedHidden, msSinceStart: Date.now() - startedAt }) === 'open-settings') void openOrFocus(kit, 'settings');
  });
  if (core.needsFirstRun() && !startedHidden) {
    const firstRun = createPageWindow(kit, 'first-run', { width: 640, height: 720, title: 'Welcome to Voskey', autoHideMenuBar: true });
    firstRun.once('ready-to-show', () => firstRun.show());
  }

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    void core.shutdown().finally(() => {
      tray?.destroy();
      app.exit(0);
    });
  });

  // The packaged app's self-check in CI (shell/packaged-smoke.ts, scripts/smoke-packaged.js).
  const smokeReport = process.env.VOSKEY_SMOKE_REPORT;
  if (smokeReport) void runPackagedSmoke(smokeReport, { capture, launchEngine: utilityEngineProcess }).finally(() => app.quit());

  if (process.env.VOSKEY_E2E === '1') {
    // Hooks for test/shell/electron-e2e.test.ts (Playwright's electronApp.evaluate).
    (globalThis as Record<string, unknown>).__voskeyE2E = {
      trayIcon: () => tray?.icon() ?? null,
      trayTooltip: () => tray?.tooltip() ?? '',
      openSettings: () => void openOrFocus(kit, 'settings'),
      // What the tray's Start/Stop dictation item does, and where the session is.
      toggleDictation: () => core.toggleDictation(),
      dictationStatus: () => core.state.status,
    };
  }
}

/**
 * One typed registration: the router has checked the sender's page before this runs. A
 * reply may carry an intent for the shell (app/handlers/intent.ts); the page gets the reply.
 */
function registerInvoke<C extends keyof InvokeChannels>(router: IpcRouter, core: VoskeyCore, channel: C): void {
  const handler = core.handlers[channel] as (...args: InvokeChannels[C]['args']) => unknown;
  router.handle(channel, async (sender, ...args) => {
    const reply = await handler(...args);
    if (!(reply instanceof WithIntent)) return reply as InvokeChannels[C]['result'];
    if (reply.intent === 'close-sender') sender.window?.close();
    return reply.result as InvokeChannels[C]['result'];
  });
}
