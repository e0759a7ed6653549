// Electron accelerator syntax ("Control+Alt+Space", "CommandOrControl+Shift+D", "F9") parsed
// into a validated value, mapped both to uiohook keycodes (hold-to-talk hook) and to the
// canonical string Electron's globalShortcut takes (toggle fallback). The settings window
// validates with this same function, so what it accepts is exactly what the hook can watch.
import { PASTE_SHORTCUTS } from './paste-keys.js';

export type Modifier = 'control' | 'alt' | 'shift' | 'super';

export interface ParsedAccelerator {
  /** Sorted, without duplicates. */
  modifiers: Modifier[];
  /** Canonical Electron key name, e.g. "Space", "D", "F9". */
  key: string;
  /** uiohook-napi keycode of the key. */
  keycode: number;
  /** Canonical Electron accelerator, e.g. "Control+Alt+Space". */
  electron: string;
}

export type ParseResult = { ok: true; value: ParsedAccelerator } | { ok: false; message: string };

const MODIFIER_ORDER: Modifier[] = ['control', 'alt', 'shift', 'super'];
const MODIFIER_NAMES: Record<string, Modifier> = {
  control: 'control',
  ctrl: 'control',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
  super: 'super',
  meta: 'super',
  command: 'super',
  cmd: 'super',
};
const ELECTRON_MODIFIER: Record<Modifier, string> = { control: 'Control', alt: 'Alt', shift: 'Shift', super: 'Super' };

/** uiohook keycodes of each modifier, left and right. */
export const MODIFIER_KEYCODES: Record<Modifier, readonly number[]> = {
  control: [29, 3613],
  alt: [56, 3640],
  shift: [42, 54],
  super: [3675, 3676],
};

interface KeyInfo {
  name: string;
  keycode: number;
  /** Typing it without a modifier produces or edits text: refused as a lone hotkey. */
  typing: boolean;
}

// uiohook-napi's UiohookKey values, written out so this file stays importable where the
// native module is missing (the settings window, Wayland).
const KEYS = new Map<string, KeyInfo>();
function add(names: string[], keycode: number, typing: boolean): void {
  for (const n of names) KEYS.set(n.toLowerCase(), { name: names[0]!, keycode, typing });
}
const LETTER_CODES = [30, 48, 46, 32, 18, 33, 34, 35, 23, 36, 37, 38, 50, 49, 24, 25, 16, 19, 31, 20, 22, 47, 17, 45, 21, 44];
LETTER_CODES.forEach((code, i) => add([String.fromCharCode(65 + i)], code, true));
[11, 2, 3, 4, 5, 6, 7, 8, 9, 10].forEach((code, digit) => add([String(digit)], code, true));
const F_CODES = [59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 87, 88, 91, 92, 93, 99, 100, 101, 102, 103, 104, 105, 106, 107];
F_CODES.forEach((code, i) => add([`F${i + 1}`], code, false));
add([';'], 39, true);
add(['='], 13, true);
add([','], 51, true);
add(['-'], 12, true);
add(['.'], 52, true);
add(['/'], 53, true);
add(['`'], 41, true);
add(['['], 26, true);
add(['\\'], 43, true);
add([']'], 27, true);
add(["'"], 40, true);
add(['Space'], 57, true);
add(['Tab'], 15, true);
add(['Enter', 'Return'], 28, true);
add(['Backspace'], 14, true);
add(['Delete'], 3667, true);
add(['Escape', 'Esc'], 1, true);
add(['Up'], 57416, true);
add(['Down'], 57424, true);
add(['Left'], 57419, true);
add(['Right'], 57421, true);
add(['Home'], 3655, true);
add(['End'], 3663, true);
add(['PageUp'], 3657, true);
add(['PageDown'], 3665, true);
add(['Capslock'], 58, true);
add(['Insert'], 3666, false);
add(['Numlock'], 69, false);
add(['Scrolllock'], 70, false);
add(['PrintScreen'], 3639, false);
add(['Pause'], 3653, false);
[82, 79, 80, 81, 75, 76, 77, 71, 72, 73].forEach((code, digit) => add([`num${digit}`], code, true));
add(['numadd'], 78, true);
add(['numsub'], 74, true);
add(['nummult'], 55, true);
add(['numdiv'], 3637, true);
add(['numdec'], 83, true);

// Shifted symbols depend on the keyboard layout, and the hook sees the unshifted key.
const SHIFTED: Record<string, string> = {
  '!': '1', '@': '2', '#': '3', $: '4', '%': '5', '^': '6', '&': '7', '*': '8', '(': '9', ')': '0',
  _: '-', plus: '=', '+': '=', '{': '[', '}': ']', '|': '\\', ':': ';', '"': "'", '<': ',', '>': '.', '?': '/', '~': '`',
};

/**
 * "CommandOrControl" is ⌘ on macOS and Control elsewhere, as in Electron's accelerator
 * documentation (docs/api/accelerator.md); ⌘ is the "super" modifier ("Super" in Electron
 * means ⌘ on macOS, the Windows key elsewhere).
 */
function commandOrControl(platform: string): Modifier {
  return platform === 'darwin' ? 'super' : 'control';
}

/** Shortcuts people rely on everywhere, plus the paste keys the typist presses itself. */
const RESERVED: { combo: string; why: string }[] = [
  { combo: 'Control+C', why: 'copy' },
  { combo: 'Control+V', why: 'paste' },
  { combo: 'Control+X', why: 'cut' },
  { combo: 'Control+Z', why: 'undo' },
  { combo: 'Control+A', why: 'select all' },
  { combo: 'Control+S', why: 'save' },
  { combo: 'Alt+F4', why: 'close window' },
  { combo: 'Control+Alt+Delete', why: 'the system menu' },
  { combo: 'Alt+Tab', why: 'switch windows' },
  ...PASTE_SHORTCUTS.map((combo) => ({ combo, why: 'the paste keys Voskey presses to type' })),
];

/** The platform the app runs on; the settings page (no `process`) gets Linux rules, main re-checks. */
const HOST_PLATFORM: string = typeof process === 'undefined' ? 'linux' : process.platform;

/** macOS's own: the same editing shortcuts on ⌘, and ⌘Q, ⌘Tab, ⌘Space (Spotlight). */
const RESERVED_MAC: { combo: string; why: string }[] = [
  ...RESERVED.filter((r) => r.combo.startsWith('Control+') && !r.combo.includes('Alt')).map((r) => ({ ...r, combo: r.combo.replace('Control+', 'Super+') })),
  { combo: 'Super+Q', why: 'quit' },
  { combo: 'Super+Tab', why: 'switch applications' },
  { combo: 'Super+Space', why: 'Spotlight' },
];

export function parseAccelerator(text: string, platform: string = HOST_PLATFORM): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('The hotkey is empty: press a key with modifiers, e.g. Control+Alt+Space.');
  // "+" separates parts, so a literal plus key arrives as an empty part ("Control++").
  const parts = text.trim().replace(/\+\+$/, '+Plus').split('+').map((p) => p.trim());
  if (parts.some((p) => p === '')) return fail(`"${text}" has an empty part: write keys joined by "+", e.g. Control+Alt+Space.`);
  const modifiers = new Set<Modifier>();
  const keys: KeyInfo[] = [];
  for (const part of parts) {
    const lower = part.toLowerCase();
    const modifier = lower === 'commandorcontrol' || lower === 'cmdorctrl' ? commandOrControl(platform) : MODIFIER_NAMES[lower];
    if (modifier) {
      modifiers.add(modifier);
      continue;
    }
    if (lower === 'altgr') return fail('AltGr cannot be part of the hotkey: it changes which character a key types.');
    const shiftedBase = SHIFTED[lower];
    if (shiftedBase) return fail(`"${part}" depends on the keyboard layout: use Shift+${shiftedBase} instead.`);
    const key = KEYS.get(lower);
    if (!key) return fail(`"${part}" is not a key Voskey knows. Use letters, digits, F1–F24, Space, arrows, or punctuation such as ; = , - . /`);
    keys.push(key);
  }
  if (keys.length === 0) return fail(`"${text}" has only modifiers: add one key, e.g. ${text.trim()}+Space.`);
  if (keys.length > 1) return fail(`"${text}" has ${keys.length} keys (${keys.map((k) => k.name).join(', ')}): a hotkey is modifiers plus exactly one key.`);
  const key = keys[0]!;
  const sorted = MODIFIER_ORDER.filter((m) => modifiers.has(m));
  const onlyShift = sorted.length === 1 && sorted[0] === 'shift';
  if (key.typing && (sorted.length === 0 || onlyShift)) {
    return fail(`${sorted.length ? 'Shift+' : ''}${key.name} alone would swallow normal typing: add Control, Alt or Super.`);
  }
  const electron = [...sorted.map((m) => ELECTRON_MODIFIER[m]), key.name].join('+');
  const reserved = platform === 'darwin' ? [...RESERVED, ...RESERVED_MAC] : RESERVED;
  // Written with Electron's names ("Command+V"); compared in canonical form ("Super+V").
  const conflict = reserved.find((r) => r.combo.replace(/^Command\+/, 'Super+').toLowerCase() === electron.toLowerCase());
  if (conflict) return fail(`${electron} is already used for ${conflict.why}: choose another hotkey.`);
  return { ok: true, value: { modifiers: sorted, key: key.name, keycode: key.keycode, electron } };
}

function fail(message: string): ParseResult {
  return { ok: false, message };
}

/** The accelerator's keys as robotjs names them, modifiers first ("command" for Super; keys in lowercase). */
export function acceleratorKeyNames(accelerator: ParsedAccelerator): string[] {
  return [...accelerator.modifiers.map((m) => (m === 'super' ? 'command' : m)), accelerator.key.toLowerCase()];
}
