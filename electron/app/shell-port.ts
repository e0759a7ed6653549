// What the app core needs from its host: the Electron shell in the app, a test harness in
// tests (real Chromium pages, real X display). Everything here is an effect the core cannot
// do from plain Node: talking to windows, dialogs, global shortcuts, the login item.
import type { AudioDevice } from '../dictation/capture-types.js';
import type { MainEvents } from '../ipc.js';
import type { OverlayState } from '../dictation/overlay-state.js';
import type { ActiveWindowProbe } from '../desktop/active-window.js';
import type { KeyHookHost } from '../desktop/key-hook-host.js';
import type { Clipboard } from '../desktop/clipboard.js';
import type { ControlAddress } from '../control/control-address.js';
import type { PlatformPlan } from '../desktop/platform/desktop-platform.js';
import type { SystemPermissions } from '../desktop/platform/permission-guards.js';
import type { CaptureControl } from '../dictation/ports.js';
import type { Logger } from '../logging/log.js';
import type { EngineProcessLauncher } from './engine-host.js';
import type { UserData } from './user-data.js';

/** The shell's answer when asked to register the toggle hotkey with the OS. */
export type ShortcutResult = { ok: true; unregister(): void } | { ok: false; message: string };

export interface CoreShell {
  /** Drives the capture page: capture:start / capture:stop. */
  capture: CaptureControl;
  /** Sends capture:list-devices; the page answers through VoskeyCore.onCaptureDevices. */
  requestDevices(): void;
  /** Every overlay state, whole: the shell forwards it and shows or hides the overlay. */
  overlay(state: OverlayState): void;
  /** Events every open page that may receive them should get. */
  broadcast<C extends 'settings:changed' | 'history:changed' | 'models:progress'>(channel: C, ...args: MainEvents[C]): void;
  /** Something the user must read (a repaired settings file, a hotkey that fell back). */
  notify(message: string): void;
  /** The toggle-hotkey fallback (Electron globalShortcut), for when hold-to-talk cannot run. */
  registerToggleShortcut(accelerator: string, toggle: () => void): ShortcutResult;
  /**
   * Takes these keys from every application while the "correct that" list shows (Electron
   * globalShortcut: the key does not also reach the focused app); `pressed` gets the one
   * pressed. Returns the release, and the keys another application holds. Absent: the
   * list is chosen from by voice only.
   */
  grabKeys?(accelerators: string[], pressed: (accelerator: string) => void): { release(): void; refused: string[] };
  /** A Save dialog for transcript export; null when the user cancelled. */
  chooseExportPath(defaultName: string): Promise<string | null>;
  applyStartAtLogin(enabled: boolean): void;
  /**
   * True while one of Voskey's own windows has the focus (Electron's
   * BrowserWindow.getFocusedWindow() in the app): dictation never types into them.
   */
  ownWindowFocused(): boolean;
  /** The system's permission answers (Electron's systemPreferences); none outside Electron. */
  permissions?: SystemPermissions;
  /** The clipboard the typist and "copy" use; the xclip one when not given. */
  clipboard?: Clipboard;
  /** Which window has focus (live/final-only per app, focus-change resets); X11's xdotool probe when not given. */
  activeWindow?: ActiveWindowProbe;
  /** How the built-in engine's process is started; a Node child process when not given. */
  launchEngine?: EngineProcessLauncher;
  /**
   * The keyboard hook run in the shell's own (main) process, for plans whose hotkey is
   * 'uiohook-in-app-main' (macOS: only a process with a run loop servicing the main dispatch
   * queue can host it). Without it such a plan falls back to the toggle shortcut.
   */
  keyHookHost?: KeyHookHost;
}

export interface CoreOptions {
  shell: CoreShell;
  /** Settings, history, models and the first-run marker (user-data.ts): the core's from now on. */
  userData: UserData;
  /** The app's log; the host creates it, as it writes to it too (refused IPC, load failures). */
  log: Logger;
  version: string;
  env?: NodeJS.ProcessEnv;
  /** Which system to behave as (desktop/platform/); the one this process runs on when not given. */
  platform?: PlatformPlan;
  /** Where to answer `voskey control` (control/control-address.ts); not at all when not given. */
  control?: ControlAddress;
}

export type { AudioDevice };
