// Window factories with Electron's security checklist applied in one place: every Voskey
// window is context-isolated, sandboxed, without Node, loads only its own page file, can
// neither navigate nor open windows, and only the capture page may use the microphone.
// Each window is registered (webContents id → page) for the IPC sender check.
import { BrowserWindow, nativeTheme, screen, session, type BrowserWindowConstructorOptions, type Rectangle, type Session } from 'electron';
import type { PageName } from '../ipc-channel.js';
import type { OverlayPosition } from '../settings/types.js';
import { PAGE_CSP } from './content-security-policy.js';
import { DEFAULT_DIST_ROOT, pageFileUrl, preloadPath } from './page-location.js';
import { opaqueOverlayBackground, type OverlayLook } from './overlay-look.js';
import { loadPage, type PageLoadFailure } from './page-load.js';
import { allowsPermission } from './permissions.js';
import { placeOverlay, type Size } from './placement.js';
import { WindowRegistry } from './window-registry.js';

export interface WindowKit {
  registry: WindowRegistry<BrowserWindow>;
  distRoot: string;
  /** Told when a page fails to load; main.ts replaces the default with its log and a notice. */
  onLoadFailure: PageLoadFailure;
}

export function createWindowKit(distRoot: string = DEFAULT_DIST_ROOT): WindowKit {
  return { registry: new WindowRegistry<BrowserWindow>(), distRoot, onLoadFailure: (message) => console.error(message) };
}

/**
 * Session-wide rules; call once after app 'ready'. Permission requests are decided by the
 * requesting window's page, so a page that is not ours (there should be none) gets nothing.
 */
export function secureSession(kit: WindowKit, target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(allowsPermission(kit.registry.pageOf(contents.id), permission, mediaTypes));
  });
  target.setPermissionCheckHandler((contents, permission, _origin, details) => {
    const mediaTypes = details.mediaType ? [details.mediaType] : [];
    return contents !== null && allowsPermission(kit.registry.pageOf(contents.id), permission, mediaTypes);
  });
  // file:// pages carry the policy in a meta tag; this covers anything served over http(s).
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [PAGE_CSP] } });
  });
}

/** Options no caller may loosen: merged last. */
function lockedWebPreferences(kit: WindowKit): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath(kit.distRoot),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function createPageWindow(kit: WindowKit, page: PageName, options: BrowserWindowConstructorOptions = {}, hash = ''): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    ...options,
    webPreferences: { ...options.webPreferences, ...lockedWebPreferences(kit) },
  });
  const contents = window.webContents;
  const contentsId = contents.id;
  kit.registry.register(contentsId, page, window);
  window.on('closed', () => kit.registry.forget(contentsId));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const url = pageFileUrl(page, kit.distRoot) + (hash ? `#${hash}` : '');
  void loadPage(window, url, page, (message) => kit.onLoadFailure(message));
  return window;
}

/** Hidden; keeps running in the background so the audio worklet is never throttled. */
export function createCaptureWindow(kit: WindowKit): BrowserWindow {
  return createPageWindow(kit, 'capture', {
    width: 320,
    height: 200,
    show: false,
    skipTaskbar: true,
    // The page resumes its AudioContext when main says so, with no user gesture.
    webPreferences: { backgroundThrottling: false, autoplayPolicy: 'no-user-gesture-required' },
  });
}

// The size the overlay page is designed and screenshot-tested at (scripts/overlay-screenshots.ts):
// a status line, two lines of partial text and the last final.
export const OVERLAY_SIZE: Size = { width: 380, height: 130 };

/**
 * A click-through, never-focused strip that floats above everything, fullscreen apps too.
 * Without a compositor (overlay-look.ts) it is an opaque window in the card's own colour,
 * and the page drops its rounded corners and margin, so it looks meant that way.
 */
export function createOverlayWindow(kit: WindowKit, size: Size = OVERLAY_SIZE, look: OverlayLook = { transparent: true, pageHash: '' }): BrowserWindow {
  const window = createPageWindow(kit, 'overlay', {
    ...size,
    show: false,
    frame: false,
    transparent: look.transparent,
    ...(look.transparent ? {} : { backgroundColor: opaqueOverlayBackground(nativeTheme.shouldUseDarkColors) }),
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    focusable: false,
    skipTaskbar: true,
    hasShadow: false,
    alwaysOnTop: true,
    webPreferences: { backgroundThrottling: false },
  }, look.pageHash);
  window.setAlwaysOnTop(true, 'screen-saver');
  window.setIgnoreMouseEvents(true);
  // skipTransformProcessType: the app is already a UIElement (Dock hidden, platform-shell.ts);
  // without it Electron hides and re-shows the Dock on each call (browser-window.md).
  window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true, skipTransformProcessType: true });
  return window;
}

/** Place the overlay (near the tray or in a corner of the tray's display) and show it without taking focus. */
export function showOverlay(window: BrowserWindow, position: OverlayPosition, trayBounds: Rectangle | null): void {
  if (window.isDestroyed()) return;
  const known = trayBounds && trayBounds.width > 0 && trayBounds.height > 0 ? trayBounds : null;
  const display = known ? screen.getDisplayMatching(known) : screen.getPrimaryDisplay();
  const [width = OVERLAY_SIZE.width, height = OVERLAY_SIZE.height] = window.getSize();
  window.setBounds(placeOverlay({ overlay: { width, height }, workArea: display.workArea, position, trayBounds: known }));
  window.showInactive();
}

export function createSettingsWindow(kit: WindowKit): BrowserWindow {
  return showWhenReady(
    createPageWindow(kit, 'settings', { width: 720, height: 820, minWidth: 480, minHeight: 400, title: 'Voskey Settings', autoHideMenuBar: true }),
  );
}

export function createTranscriptWindow(kit: WindowKit): BrowserWindow {
  return showWhenReady(
    createPageWindow(kit, 'transcript', { width: 680, height: 720, minWidth: 400, minHeight: 300, title: 'Voskey Transcript', autoHideMenuBar: true }),
  );
}

export function createModelsWindow(kit: WindowKit): BrowserWindow {
  return showWhenReady(
    createPageWindow(kit, 'models', { width: 780, height: 520, minWidth: 520, minHeight: 300, title: 'Voskey Speech Models', autoHideMenuBar: true }),
  );
}

/**
 * The settings, transcript and model manager windows are singletons: a second
 * "Settings…" click focuses the open one instead of stacking copies.
 */
const WINDOW_FACTORIES = { settings: createSettingsWindow, transcript: createTranscriptWindow, models: createModelsWindow } as const;

export function openOrFocus(kit: WindowKit, page: keyof typeof WINDOW_FACTORIES): BrowserWindow {
  const open = kit.registry.windowsOf(page).find((w) => !w.isDestroyed());
  if (open) {
    if (open.isMinimized()) open.restore();
    open.show();
    open.focus();
    return open;
  }
  return WINDOW_FACTORIES[page](kit);
}

function showWhenReady(window: BrowserWindow): BrowserWindow {
  window.once('ready-to-show', () => window.show());
  return window;
}
