// Which keys paste the clipboard into the focused window. Terminals take Ctrl+V as a
// literal control character, so 'auto' uses Ctrl+Shift+V there. macOS pastes with ⌘V
// everywhere, terminals included: the platform layer (platform/desktop-platform.ts) says
// which chord 'auto' means on this system.
import type { PasteKeys } from '../settings/types.js';
import type { KeyTap } from './key-sender.js';

/** 'cmd+v' is never a setting: it is what 'auto' means on macOS. */
export type ConcretePasteKeys = Exclude<PasteKeys, 'auto'> | 'cmd+v';

/** As Electron accelerators, so the hotkey parser can refuse them. */
export const PASTE_SHORTCUTS = ['Control+V', 'Control+Shift+V', 'Shift+Insert', 'Command+V'] as const;

const TAPS: Record<ConcretePasteKeys, KeyTap> = {
  'ctrl+v': { kind: 'tap', key: 'v', modifiers: ['control'] },
  'ctrl+shift+v': { kind: 'tap', key: 'v', modifiers: ['control', 'shift'] },
  'shift+insert': { kind: 'tap', key: 'insert', modifiers: ['shift'] },
  'cmd+v': { kind: 'tap', key: 'v', modifiers: ['command'] },
};

// WM_CLASS names (instance or class, lowercase) of common terminal emulators.
const TERMINALS = new Set([
  'xterm', 'uxterm', 'gnome-terminal', 'gnome-terminal-server', 'org.gnome.terminal', 'org.gnome.console', 'kgx',
  'konsole', 'alacritty', 'kitty', 'terminator', 'tilix', 'xfce4-terminal', 'urxvt', 'rxvt', 'st', 'st-256color',
  'wezterm', 'org.wezfurlong.wezterm', 'foot', 'footclient', 'lxterminal', 'mate-terminal', 'qterminal', 'sakura',
  'terminology', 'guake', 'tilda', 'yakuake', 'cool-retro-term', 'ghostty', 'com.mitchellh.ghostty', 'hyper', 'tabby',
  'contour', 'warp', 'blackbox', 'com.raggesilver.blackbox', 'ptyxis', 'org.gnome.ptyxis', 'eterm', 'aterm', 'xfce4-terminal',
]);

export function isTerminal(wmClass: readonly string[]): boolean {
  return wmClass.some((c) => TERMINALS.has(c.toLowerCase()));
}

/** What 'auto' presses on this system: in most windows, and in a terminal we can recognise. */
export interface PasteChords {
  plain: ConcretePasteKeys;
  terminal: ConcretePasteKeys;
}

export const LINUX_PASTE_CHORDS: PasteChords = { plain: 'ctrl+v', terminal: 'ctrl+shift+v' };

export function choosePasteKeys(setting: PasteKeys, wmClass: readonly string[], chords: PasteChords = LINUX_PASTE_CHORDS): ConcretePasteKeys {
  if (setting !== 'auto') return setting;
  return isTerminal(wmClass) ? chords.terminal : chords.plain;
}

export function pasteTap(keys: ConcretePasteKeys): KeyTap {
  return TAPS[keys];
}
