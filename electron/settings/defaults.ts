// What a first run starts with, and what replaces a field that a file or patch got wrong.
// Chosen so a fresh install works offline: the built-in engine, hold-to-talk, paste typing.

import type { AppOutputMode, Settings } from './types.js';

/** Bump together with a new step in migrate.ts. */
export const CURRENT_SCHEMA_VERSION = 2;

const DEFAULTS: Settings = {
  schemaVersion: CURRENT_SCHEMA_VERSION,
  server: { url: '', allowInsecureRemote: false, fallbackToBuiltin: true, language: 'en' },
  engine: { kind: 'sphinx', modelDir: '' },
  hotkey: { accelerator: 'Control+Alt+Space', mode: 'hold', maxUtteranceSeconds: 120 },
  typing: { method: 'auto', pasteKeys: 'auto' },
  // Processing off by default: recognizers want the raw voice, and AGC pumps the noise floor between words.
  audio: { deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false, keepReady: false, preRollMs: 300 },
  formatting: {
    language: 'auto',
    spacing: true,
    capitals: true,
    punctuation: true,
    commands: true,
    numbers: true,
    replacements: [],
    phraseList: [],
    capitalCommands: true,
    spacingCommands: true,
    symbols: true,
    addresses: true,
    ordinals: true,
    times: true,
    dates: true,
    money: true,
    digitGrouping: true,
    trueCase: true,
    editCommands: true,
  },
  overlay: { position: 'tray' },
  connection: { bufferSeconds: 60, idleCloseSeconds: 30 },
  history: { maxEntries: 1000 },
  startAtLogin: false,
  // Off until bench/live-typing.ts shows corrections are rare (README, "Live typing").
  // Terminals run what is typed and chat inputs send on Enter: never live there.
  live: { mode: 'off', apps: defaultAppModes() },
  keyCommands: { enabled: true },
  handsFree: { autoStopSeconds: 0 },
  // 60 %: on the flite fixtures (built-in engine) the misheard "now" (for "how") scores 0.26
  // and "write", which the runners-up read "right", 0.40; most words stay at 1.
  confidence: { markBelowPercent: 60, inTranscript: false },
  // A server that ignores max_alternatives sends plain finals: "correct that" then says there are none.
  recognition: { alternatives: 3 },
};

function defaultAppModes(): AppOutputMode[] {
  // Matched as words of the window's names (app-mode.ts): X11 WM_CLASS, the Windows
  // executable, the macOS app name and bundle id.
  const terminals = [
    'terminal', 'xterm', 'uxterm', 'konsole', 'terminator', 'alacritty', 'kitty', 'tilix', 'urxvt', 'wezterm', 'foot', 'footclient', 'iterm',
    'kgx', 'org.gnome.console', 'ptyxis', 'ghostty', 'terminology', 'guake', 'st', 'lxterminal', 'qterminal', 'tilda', 'yakuake',
    'windowsterminal', 'cmd', 'powershell', 'pwsh', 'conhost',
  ];
  const chats = ['slack', 'discord', 'signal', 'telegram', 'element', 'teams', 'whatsapp'];
  return [...terminals, ...chats].map((app) => ({ app, mode: 'final' }));
}

/**
 * The hold-to-talk hotkey each system starts with. Control+Alt+Space is free on Windows and
 * the Linux desktops, but on macOS Control+Option+Space is "Select next source in Input
 * menu" (System Settings → Keyboard → Keyboard Shortcuts → Input Sources), on by default;
 * so are ⌃Space (previous input source), ⌘Space (Spotlight), ⌥⌘Space (Finder search) and
 * ⌃⌘Space (Emoji & Symbols), and ⌥Space types a non-breaking space into the focused app.
 * Control+Shift+Space has no system meaning on macOS and types nothing.
 */
export const MAC_DEFAULT_HOTKEY = 'Control+Shift+Space';

/** A fresh copy each call, so nobody can change the defaults by mutating a result. */
export function defaultSettings(platform: NodeJS.Platform = process.platform): Settings {
  const settings = structuredClone(DEFAULTS);
  if (platform === 'darwin') settings.hotkey.accelerator = MAC_DEFAULT_HOTKEY;
  return settings;
}
