// The one place Voskey decides which operating system and desktop session it runs in, and
// what that means for every OS-facing part: how text is typed, which keys paste, which
// clipboard is used, how the hotkey is heard, how we learn what kind of window has focus,
// and which permissions are checked first. Pure data from (process.platform, env), so a
// test asks "what would run on win32 / darwin / linux-x11 / linux-wayland / none" here.
// desktop-services.ts turns a plan into working parts; electron/shell/platform-shell.ts
// does the few things only Electron can (switches, Dock, permission prompts).
import { detectSession } from '../display-session.js';
import { LINUX_PASTE_CHORDS, type PasteChords } from '../paste-keys.js';
import type { KeyModifier } from '../key-sender.js';

export type PlatformKind = 'win32' | 'darwin' | 'linux-x11' | 'linux-wayland' | 'none';

export const PLATFORM_KINDS: readonly PlatformKind[] = ['win32', 'darwin', 'linux-x11', 'linux-wayland', 'none'];

/**
 * Windows and macOS always have a desktop; DISPLAY / WAYLAND_DISPLAY / XDG_SESSION_TYPE
 * mean something only on Linux (and the other X11/Wayland systems), so only that branch
 * reads them.
 */
export function detectPlatform(os: NodeJS.Platform, env: NodeJS.ProcessEnv): PlatformKind {
  if (os === 'win32') return 'win32';
  if (os === 'darwin') return 'darwin';
  const session = detectSession(env);
  return session === 'none' ? 'none' : `linux-${session}`;
}

/** A check that must pass before something runs; implemented in desktop-services.ts. */
export type PermissionCheck =
  /** macOS: synthetic keys and the keyboard hook need the Accessibility permission. */
  | 'mac-accessibility'
  /** macOS: the microphone permission, asked for before the first capture. */
  | 'mac-microphone'
  /** Windows: the global "Let desktop apps access your microphone" privacy switch. */
  | 'windows-microphone-setting'
  /** Windows: UIPI drops our keys into a window that runs elevated (as administrator). */
  | 'windows-foreground-elevation';

export type FocusProbeKind = 'x11' | 'wayland-ipc' | 'win32' | 'darwin' | 'none';
export type ModifierStateKind = 'x11-core-keymap' | 'win32-async-key-state' | 'mac-hid-flags' | 'none';

export interface PlatformPlan {
  kind: PlatformKind;
  /**
   * robotjs keystrokes + clipboard paste; SendInput keystrokes (Windows: every Unicode
   * character, virtual keys) + clipboard paste; the same with wtype/ydotool keys (and
   * wl-clipboard outside Electron) on Wayland; or refuse with `noTypingReason`.
   */
  typing: 'robotjs' | 'sendinput' | 'wayland-tools' | 'refuse';
  /**
   * The shell's (Electron's) clipboard; the plain-Node fallback is xclip on X11 and
   * CF_UNICODETEXT through user32 on Windows.
   */
  clipboard: 'shell' | 'shell-or-xclip' | 'shell-or-win32' | 'none';
  /** What the 'auto' paste-keys setting presses. */
  pasteChords: PasteChords;
  /**
   * Which window has the focus (focus-probe.ts): xdotool + xprop on X11, the foreground
   * window's process on Windows, the frontmost application on macOS, the compositor's IPC on
   * Wayland (sway, Hyprland; nothing on GNOME and KDE); 'none' where it cannot be known (the
   * probe answers undefined and live typing stays final-only).
   */
  focusProbe: FocusProbeKind;
  /** The modifier of word chords ("delete last word"): Ctrl, or Option (robotjs 'alt') on macOS. */
  wordModifier: KeyModifier;
  /** Which modifiers the user holds, asked before every key we send (modifier-source.ts). */
  modifierState: ModifierStateKind;
  /**
   * uiohook for true hold-to-talk (on X11 only after checking DISPLAY and RECORD, since
   * uiohook aborts without them), or the OS toggle shortcut when no hook can work.
   * 'uiohook-in-app-main' (macOS): the hook must run in the app's main process, whose run
   * loop services the main dispatch queue; in a forked child it deadlocks after the first
   * key press (desktop/key-hook-host.ts). Elsewhere it runs in a forked worker.
   */
  hotkey: 'uiohook' | 'uiohook-after-x11-check' | 'uiohook-in-app-main' | 'toggle-shortcut';
  /** Why the hook cannot run here, for the toggle-shortcut plans. */
  noHookReason?: string;
  /** Why nothing can be typed here, for the 'refuse' plan. */
  noTypingReason?: string;
  /** Checks in the order they run, by the moment they guard. */
  checks: { beforeTyping: PermissionCheck[]; beforeHook: PermissionCheck[]; beforeCapture: PermissionCheck[] };
  /** Chromium features Electron must enable before 'ready'. */
  chromiumFeatures: string[];
  /**
   * Leading seconds of exact-zero samples after which a capture counts as a microphone
   * that gives nothing (microphone-guard.ts). One second where a missing permission yields
   * a silent stream (macOS, Windows). Linux has no such permission, only muted sources, so
   * it waits longer before blaming the microphone: a Bluetooth headset switching to its
   * headset profile can deliver nothing for a second or two after it opens.
   */
  silentMicrophoneSeconds: number;
}

const NO_CHECKS = { beforeTyping: [], beforeHook: [], beforeCapture: [] };

// Windows and macOS alike (Windows then types through SendInput): robotjs reaches every
// app, Electron's clipboard pastes, uiohook hears key-up without any display check.
const DESKTOP_OS = {
  typing: 'robotjs',
  clipboard: 'shell',
  hotkey: 'uiohook',
  silentMicrophoneSeconds: 1,
} as const satisfies Partial<PlatformPlan>;

const LINUX_SILENT_MICROPHONE_SECONDS = 3;

export function platformPlan(kind: PlatformKind): PlatformPlan {
  switch (kind) {
    case 'win32':
      return {
        ...DESKTOP_OS,
        // robotjs's typeString cuts characters above U+FFFF to 16 bits and its keyTap sends
        // scan codes only (ignored under Wine): user32's SendInput, through koffi, has neither gap.
        typing: 'sendinput',
        clipboard: 'shell-or-win32',
        chromiumFeatures: [],
        kind,
        focusProbe: 'win32',
        modifierState: 'win32-async-key-state',
        wordModifier: 'control',
        // Windows Terminal and conhost (Windows 10+) paste with Ctrl+V: one chord everywhere.
        pasteChords: { plain: 'ctrl+v', terminal: 'ctrl+v' },
        checks: { beforeTyping: ['windows-foreground-elevation'], beforeHook: [], beforeCapture: ['windows-microphone-setting'] },
      };
    case 'darwin':
      return {
        ...DESKTOP_OS,
        hotkey: 'uiohook-in-app-main',
        chromiumFeatures: [],
        kind,
        focusProbe: 'darwin',
        modifierState: 'mac-hid-flags',
        wordModifier: 'alt',
        // Terminal.app, iTerm2 and every other Mac app paste with ⌘V.
        pasteChords: { plain: 'cmd+v', terminal: 'cmd+v' },
        checks: { beforeTyping: ['mac-accessibility'], beforeHook: ['mac-accessibility'], beforeCapture: ['mac-microphone'] },
      };
    case 'linux-x11':
      return {
        kind,
        typing: 'robotjs',
        clipboard: 'shell-or-xclip',
        pasteChords: LINUX_PASTE_CHORDS,
        focusProbe: 'x11',
        modifierState: 'x11-core-keymap',
        wordModifier: 'control',
        hotkey: 'uiohook-after-x11-check',
        checks: NO_CHECKS,
        chromiumFeatures: [],
        silentMicrophoneSeconds: LINUX_SILENT_MICROPHONE_SECONDS,
      };
    case 'linux-wayland':
      return {
        kind,
        typing: 'wayland-tools',
        clipboard: 'shell',
        pasteChords: LINUX_PASTE_CHORDS,
        focusProbe: 'wayland-ipc',
        // No Wayland protocol lets a client read the keyboard state of other clients.
        modifierState: 'none',
        wordModifier: 'control',
        hotkey: 'toggle-shortcut',
        noHookReason: 'Wayland does not let one app see the keys pressed in another, so key releases cannot be heard',
        checks: NO_CHECKS,
        // Electron 41's globalShortcut reaches Wayland only through the desktop portal, and
        // only with this feature on (docs/api/global-shortcut.md on the 41-x-y branch:
        // `app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal')`).
        chromiumFeatures: ['GlobalShortcutsPortal'],
        silentMicrophoneSeconds: LINUX_SILENT_MICROPHONE_SECONDS,
      };
    case 'none':
      return {
        kind,
        typing: 'refuse',
        clipboard: 'none',
        pasteChords: LINUX_PASTE_CHORDS,
        focusProbe: 'none',
        modifierState: 'none',
        wordModifier: 'control',
        hotkey: 'toggle-shortcut',
        noHookReason: 'there is no desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set)',
        noTypingReason: 'no desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set)',
        checks: NO_CHECKS,
        chromiumFeatures: [],
        silentMicrophoneSeconds: LINUX_SILENT_MICROPHONE_SECONDS,
      };
  }
}

/** One line for the log: what this system gets. */
export function describePlatform(plan: PlatformPlan): string {
  const checks = [...new Set([...plan.checks.beforeTyping, ...plan.checks.beforeHook, ...plan.checks.beforeCapture])];
  return [
    plan.kind,
    `typing ${plan.typing}`,
    `paste ${plan.pasteChords.plain}`,
    `hotkey ${plan.hotkey}`,
    `focus probe ${plan.focusProbe}`,
    `modifiers ${plan.modifierState}`,
    `checks ${checks.join('+') || 'none'}`,
    `features ${plan.chromiumFeatures.join(',') || 'none'}`,
  ].join(' | ');
}

/** The plan for the system this process runs on. */
export function currentPlatformPlan(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = process.platform): PlatformPlan {
  return platformPlan(detectPlatform(os, env));
}
