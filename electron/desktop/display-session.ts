// Which desktop session we type into. X11 allows robotjs, xdotool and xclip; Wayland does
// not let one client inject keys into another, so there we need wtype (wlroots compositors:
// Sway, Hyprland, river) or ydotool (any compositor, through /dev/uinput and ydotoold).

export type SessionKind = 'x11' | 'wayland' | 'none';

export function detectSession(env: NodeJS.ProcessEnv): SessionKind {
  // XWayland sets DISPLAY inside a Wayland session; XDG_SESSION_TYPE is the truth when set.
  if (env.XDG_SESSION_TYPE === 'wayland') return 'wayland';
  if (env.XDG_SESSION_TYPE === 'x11' && env.DISPLAY) return 'x11';
  if (env.WAYLAND_DISPLAY && !env.DISPLAY) return 'wayland';
  if (env.DISPLAY) return 'x11';
  return 'none';
}

export type WaylandTool = 'wtype' | 'ydotool';

export const WAYLAND_INSTALL_HINT =
  'Typing on Wayland needs wtype (Sway, Hyprland and other wlroots compositors: `sudo apt install wtype`) ' +
  'or ydotool with its ydotoold service running (GNOME, KDE: `sudo apt install ydotool`).';

/** Prefers wtype: it types Unicode; ydotool types through a US keymap only. */
export function chooseWaylandTool(installed: (tool: WaylandTool) => boolean): WaylandTool | undefined {
  return (['wtype', 'ydotool'] as const).find(installed);
}


/** One run of a Wayland tool: its argument list, and what to write to its stdin. */
export interface WaylandCommand {
  argv: string[];
  stdin?: string;
}

/**
 * The runs that type `text` after `backspaces` BackSpace presses, then press `keys` (key
 * commands). The dictated text goes to the tool's stdin, never into argv: every local user
 * can read a process's argument list (`ps`, /proc/PID/cmdline), and dictation may be a
 * password or a bank PIN.
 * - wtype reads the text to type from stdin when given `-` (wtype(1), "-: Read text to
 *   type from stdin"; main.c in atx/wtype handles it only before `--`).
 * - ydotool reads it with `type --file -` (ydotool 0.1.8's Tools/Type/Type.cpp and
 *   ydotool ≥ 1.0.2's Client/tool_type.c both map the path "-" to STDIN_FILENO; 1.0.0–
 *   1.0.1 would open a file named "-", fail, and the typist reports it).
 */
export function waylandCommands(
  tool: WaylandTool,
  edit: { backspaces: number; text: string; caretBack?: number; append?: string; keys?: { key: string; modifiers: string[] }[] },
): WaylandCommand[] {
  const commands: WaylandCommand[] = [];
  const caret = edit.caretBack ?? 0;
  if (tool === 'wtype') {
    const taps = (keysym: string, n: number) => Array.from({ length: n }, () => ['-k', keysym]).flat();
    if (caret > 0) commands.push({ argv: ['wtype', ...taps('Left', caret)] });
    if (edit.backspaces > 0) commands.push({ argv: ['wtype', ...taps('BackSpace', edit.backspaces)] });
    // wtype types "\n" as Return.
    if (edit.text) commands.push({ argv: ['wtype', '-'], stdin: edit.text });
    if (caret > 0) commands.push({ argv: ['wtype', ...taps('Right', caret)] });
    if (edit.append) commands.push({ argv: ['wtype', '-'], stdin: edit.append });
    // Key commands: wtype -k takes XKB keysym names, -M/-m press/release a modifier (wtype(1)).
    for (const k of edit.keys ?? []) {
      const mods = k.modifiers.map((m) => (m === 'control' ? 'ctrl' : m));
      commands.push({ argv: ['wtype', ...mods.flatMap((m) => ['-M', m]), '-k', WTYPE_KEYSYMS[k.key] ?? k.key, ...mods.flatMap((m) => ['-m', m])] });
    }
    return commands;
  }
  const presses = (key: string, n: number) => Array.from({ length: n }, () => [`${EVDEV_KEYS[key]}:1`, `${EVDEV_KEYS[key]}:0`]).flat();
  if (caret > 0) commands.push({ argv: ['ydotool', 'key', ...presses('left', caret)] });
  if (edit.backspaces > 0) commands.push({ argv: ['ydotool', 'key', ...presses('backspace', edit.backspaces)] });
  if (edit.text) commands.push({ argv: ['ydotool', 'type', '--key-delay', '0', '--file', '-'], stdin: edit.text });
  if (caret > 0) commands.push({ argv: ['ydotool', 'key', ...presses('right', caret)] });
  if (edit.append) commands.push({ argv: ['ydotool', 'type', '--key-delay', '0', '--file', '-'], stdin: edit.append });
  // Key commands: ydotool key takes Linux input-event codes, "code:1" press, "code:0" release.
  for (const k of edit.keys ?? []) {
    const code = EVDEV_KEYS[k.key];
    if (code === undefined) continue;
    const mods = k.modifiers.flatMap((m) => (EVDEV_KEYS[m] === undefined ? [] : [EVDEV_KEYS[m]]));
    commands.push({ argv: ['ydotool', 'key', ...mods.map((m) => `${m}:1`), `${code}:1`, `${code}:0`, ...mods.reverse().map((m) => `${m}:0`)] });
  }
  return commands;
}

/** robotjs key names → Linux input-event codes (linux/input-event-codes.h), for ydotool key. */
const EVDEV_KEYS: Record<string, number> = {
  enter: 28, tab: 15, escape: 1, backspace: 14, delete: 111, up: 103, down: 108, left: 105, right: 106,
  home: 102, end: 107, pageup: 104, pagedown: 109, control: 29, shift: 42, alt: 56,
};

/** robotjs key names → XKB keysym names, for wtype -k. */
const WTYPE_KEYSYMS: Record<string, string> = {
  enter: 'Return', tab: 'Tab', escape: 'Escape', backspace: 'BackSpace', delete: 'Delete',
  up: 'Up', down: 'Down', left: 'Left', right: 'Right', home: 'Home', end: 'End', pageup: 'Prior', pagedown: 'Next',
};
