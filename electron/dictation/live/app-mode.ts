// Live or final-only for the window about to receive an utterance. Terminals run what is
// typed and chat inputs send on Enter, so half-formed words there do harm: the default
// list (settings/defaults.ts) keeps them final-only, and the user can edit it in Settings.
import type { Settings } from '../../settings/types.js';

/**
 * Whether a window's name (lowercase) names the app of a rule: the rule's text as a word of
 * the name, where a word starts after anything but a letter or digit and ends before
 * anything but a letter. So "terminal" names "gnome-terminal-server" and "org.gnome.Terminal",
 * "iterm" names "iTerm2", "st" names "st-256color", but "element" does not name
 * "io.elementary.files" and "st" does not name "gist".
 */
export function namesApp(name: string, app: string): boolean {
  if (!app) return false;
  const escaped = app.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z])`).test(name);
}

/**
 * `names`: the focused window's WM_CLASS (or the app's name where the platform gives one);
 * undefined when it cannot be known (Wayland, no window manager): then the global mode applies.
 */
export function isLiveFor(live: Settings['live'], names: readonly string[] | undefined): boolean {
  const lower = (names ?? []).map((n) => n.toLowerCase());
  const rule = live.apps.find((a) => lower.some((name) => namesApp(name, a.app.toLowerCase())));
  // A rule for the app wins over the global mode: live only in one editor is a choice too.
  return rule ? rule.mode === 'live' : live.mode === 'live';
}
