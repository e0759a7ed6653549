// Presses keys on Wayland through wtype or ydotool: the KeySender the typist (typist.ts)
// uses there, as robotjs is on X11. wtype types Unicode, so the typist pastes only what it
// cannot type (wtypeTypesText); its runs are split so that no character lands on a key
// code Chromium reads as another key (see PRINTING_KEY_CODES): the typist before this one
// typed "Screenshot: café" as "Screenshot: ca".
//
// The dictated text goes to the tool's stdin, never into argv: every local user can read a
// process's argument list (`ps`, /proc/PID/cmdline), and dictation may be a password.
// - wtype reads the text to type from stdin when given `-`, once per run (wtype(1)).
// - ydotool reads it with `type --file -` (0.1.8's Tools/Type/Type.cpp and ≥ 1.0.2's
//   Client/tool_type.c map the path "-" to stdin).
import type { KeyAction, KeySender } from './key-sender.js';
import { runCommand } from './run-command.js';
import type { WaylandTool } from './wayland-key-tool.js';

/** One run of a Wayland tool: its argument list, and what to write to its stdin. */
export interface WaylandRun {
  argv: string[];
  stdin?: string;
}

/**
 * wtype sometimes lost the first key of a run ("arg form ok" arrived as "rg form ok"):
 * 5 of 20 runs exact without a pause, 20 of 20 with 20 ms before the first key (measured in
 * headless sway with foot and Chromium on a quiet machine): each run is a new virtual
 * keyboard with a new keymap, which the window must take before the keys make sense. At a
 * load average of 18 on 2 cores, 20 ms still let Chromium drop the start of a run now and
 * then (about 1 run in 100 in the sway tests), so the pause is 50 ms; it is paid once per
 * run, not per key.
 */
export const WTYPE_FIRST_KEY_DELAY_MS = 50;

export function waylandRuns(tool: WaylandTool, actions: readonly KeyAction[]): WaylandRun[] {
  return tool === 'wtype' ? wtypeRuns(actions) : ydotoolRuns(actions);
}

/**
 * wtype gives the n-th distinct key of a run (keysyms named in argv first, in order, then
 * the characters read from stdin) the Linux key code n. Chromium keeps the character for
 * letters and digits on any code, but for anything else takes the key the code stands for
 * on a US keyboard: a space or "." on code 1 (Escape) was dropped, a space on 14
 * (Backspace) or 29 (Ctrl) too, and "é" on 14 deleted the character before it (measured
 * in headless sway: every printable ASCII character in first place, a space on codes
 * 2–45). So other characters go only on codes of printing keys, and a run that would need
 * another code ends there; the next run starts on code 1 with a key released but never
 * pressed (`-p a`: nothing reaches the window, and "a" is safe on any code).
 */
const PRINTING_KEY_CODES = new Set([...range(2, 13), ...range(16, 27), ...range(30, 41), ...range(43, 53), 55, 57]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function safeOnCode(char: string, code: number): boolean {
  return /^[A-Za-z0-9]$/.test(char) || PRINTING_KEY_CODES.has(code);
}

interface WtypeRun extends WaylandRun {
  /** The keys given a code so far, in order: code = index + 1. */
  keys: string[];
}

function wtypeRuns(actions: readonly KeyAction[]): WaylandRun[] {
  const runs: WtypeRun[] = [];
  let current: WtypeRun | undefined;
  const open = (): WtypeRun => {
    if (!current) {
      current = { argv: ['wtype', '-s', String(WTYPE_FIRST_KEY_DELAY_MS)], keys: [] };
      runs.push(current);
    }
    return current;
  };
  const allocate = (run: WtypeRun, key: string) => {
    if (!run.keys.includes(key)) run.keys.push(key);
  };
  const typeText = (text: string) => {
    let rest = [...text];
    while (rest.length) {
      // Keys named after the text would take their codes before it (argv is read first),
      // so a run's text comes after all its named keys.
      if (current?.stdin !== undefined) current = undefined;
      const run = open();
      if (run.keys.length === 0 && !safeOnCode(rest[0]!, 1)) {
        run.argv.push('-p', 'a');
        allocate(run, 'a');
      }
      const codes = [...run.keys];
      let taken = 0;
      for (const char of rest) {
        if (!codes.includes(char)) {
          if (!safeOnCode(char, codes.length + 1)) break;
          codes.push(char);
        }
        taken++;
      }
      if (taken === 0) {
        // Not even the first character fits after the keys named before it: a fresh run.
        current = undefined;
        continue;
      }
      run.argv.push('-');
      run.stdin = rest.slice(0, taken).join('');
      run.keys = codes;
      rest = rest.slice(taken);
    }
  };
  for (const action of actions) {
    if (action.kind === 'text') {
      if (action.text) typeText(action.text);
    } else if (action.kind === 'tap') {
      const keysym = wtypeKeysym(action.key);
      const mods = action.modifiers.map(wtypeModifier);
      if (current?.stdin !== undefined) current = undefined;
      const run = open();
      allocate(run, keysym);
      for (let i = 0; i < (action.count ?? 1); i++) {
        run.argv.push(...mods.flatMap((m) => ['-M', m]), '-k', keysym, ...[...mods].reverse().flatMap((m) => ['-m', m]));
      }
    }
    // Toggles (the user's held hotkey keys, lifted around typing) need nothing here: wtype's
    // virtual keyboard has its own modifier state, which the compositor sends to the window
    // while it types, so keys the user holds on the real keyboard do not change ours. (It
    // also could not keep a key down: wtype releases everything when it exits.)
  }
  return runs.map(({ argv, stdin }) => (stdin === undefined ? { argv } : { argv, stdin }));
}

function ydotoolRuns(actions: readonly KeyAction[]): WaylandRun[] {
  const runs: WaylandRun[] = [];
  let keyRun: WaylandRun | undefined;
  const keys = (...events: string[]) => {
    if (!keyRun) {
      keyRun = { argv: ['ydotool', 'key'] };
      runs.push(keyRun);
    }
    keyRun.argv.push(...events);
  };
  for (const action of actions) {
    if (action.kind === 'text') {
      if (!action.text) continue;
      keyRun = undefined;
      runs.push({ argv: ['ydotool', 'type', '--key-delay', '0', '--file', '-'], stdin: action.text });
    } else if (action.kind === 'toggle') {
      // ydotool writes to /dev/uinput, so its keys merge with the real keyboard's: lifting
      // the user's held modifiers matters here, as on X11.
      keys(`${evdevCode(action.key)}:${action.down ? 1 : 0}`);
    } else {
      // ydotool key takes Linux input-event codes, "code:1" press, "code:0" release.
      const code = evdevCode(action.key);
      const mods = action.modifiers.map(evdevCode);
      for (let i = 0; i < (action.count ?? 1); i++) {
        keys(...mods.map((m) => `${m}:1`), `${code}:1`, `${code}:0`, ...[...mods].reverse().map((m) => `${m}:0`));
      }
    }
  }
  return runs;
}

/** robotjs key names → XKB keysym names, for wtype -k. Single letters are keysyms already. */
const WTYPE_KEYSYMS: Record<string, string> = {
  enter: 'Return', tab: 'Tab', escape: 'Escape', backspace: 'BackSpace', delete: 'Delete', insert: 'Insert',
  up: 'Up', down: 'Down', left: 'Left', right: 'Right', home: 'Home', end: 'End', pageup: 'Prior', pagedown: 'Next', space: 'space',
};

function wtypeKeysym(key: string): string {
  const keysym = WTYPE_KEYSYMS[key] ?? (/^[a-z0-9]$/.test(key) ? key : undefined);
  if (!keysym) throw new Error(`wtype: no key named "${key}"`);
  return keysym;
}

/** wtype(1) modifier names; robotjs's 'command' is the logo (Super) key. */
function wtypeModifier(modifier: string): string {
  const names: Record<string, string> = { control: 'ctrl', shift: 'shift', alt: 'alt', command: 'logo' };
  const name = names[modifier];
  if (!name) throw new Error(`wtype: no modifier named "${modifier}"`);
  return name;
}

/** robotjs key names → Linux input-event codes (linux/input-event-codes.h), for ydotool key. */
const EVDEV_KEYS: Record<string, number> = {
  enter: 28, tab: 15, escape: 1, backspace: 14, delete: 111, insert: 110, up: 103, down: 108, left: 105, right: 106,
  home: 102, end: 107, pageup: 104, pagedown: 109, space: 57, control: 29, shift: 42, alt: 56, command: 125, v: 47,
};

function evdevCode(key: string): number {
  const code = EVDEV_KEYS[key];
  if (code === undefined) throw new Error(`ydotool: no key code for "${key}"`);
  return code;
}

/** Runs each tool run in order; a failing run stops the rest with the tool's own words. */
/**
 * wtype types any character in the Basic Multilingual Plane exactly (its runs keep each off
 * the codes Chromium misreads); Chromium dropped characters above U+FFFF ("😀"), which are
 * pasted instead. ydotool types through a US keymap: printable ASCII only.
 */
export function wtypeTypesText(text: string): boolean {
  return /^(?:\n|[^\p{C}\u{10000}-\u{10FFFF}])*$/u.test(text);
}

export function createWaylandKeySender(tool: WaylandTool, env: NodeJS.ProcessEnv): KeySender {
  return {
    ...(tool === 'wtype' ? { typesText: wtypeTypesText } : {}),
    async send(actions) {
      for (const { argv: [command, ...args], stdin } of waylandRuns(tool, actions)) {
        const r = await runCommand(command!, args, { env, timeoutMs: 30_000, ...(stdin !== undefined ? { input: stdin } : {}) });
        if (r.code !== 0) throw new Error(`${command} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
      }
    },
    close() {},
  };
}
