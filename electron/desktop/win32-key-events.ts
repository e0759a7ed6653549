// Turns the typist's key actions into Windows keyboard events for SendInput, as plain data
// (no koffi here, so it is tested on every system). Text goes in as KEYEVENTF_UNICODE
// events, one UTF-16 code unit each: a character above U+FFFF is its surrogate pair, two
// events, which TranslateMessage turns into two WM_CHARs the window joins again
// (learn.microsoft.com/windows/win32/api/winuser/ns-winuser-keybdinput, "KEYEVENTF_UNICODE":
// wScan is "a Unicode character which is to be sent to the foreground application").
// robotjs's typeString keeps only the low 16 bits of such a character, so "e😀f" arrived as
// three wrong characters; here nothing is cut. Named keys (Enter, Backspace, arrows, the
// paste chord, the user's held hotkey) are virtual-key codes: SendInput with only a scan code
// is ignored under Wine, and a virtual key is what every Windows app reads.
import type { KeyAction, KeyModifier } from './key-sender.js';

/** One KEYBDINPUT's fields (learn.microsoft.com/windows/win32/api/winuser/ns-winuser-keybdinput). */
export interface Win32KeyEvent {
  /** Virtual-key code; 0 with KEYEVENTF_UNICODE. */
  vk: number;
  /** The UTF-16 code unit with KEYEVENTF_UNICODE; otherwise filled from the layout by the sender. */
  scan: number;
  flags: number;
}

// winuser.h
export const KEYEVENTF_EXTENDEDKEY = 0x0001;
export const KEYEVENTF_KEYUP = 0x0002;
export const KEYEVENTF_UNICODE = 0x0004;

// Virtual-key codes from winuser.h ("Virtual-Key Codes", learn.microsoft.com/windows/win32/inputdev/virtual-key-codes),
// under the names robotjs and the accelerator parser (acceleratorKeyNames) use.
const VK: Record<string, number> = {
  backspace: 0x08, tab: 0x09, enter: 0x0d, shift: 0x10, control: 0x11, alt: 0x12, pause: 0x13, capslock: 0x14,
  escape: 0x1b, esc: 0x1b, space: 0x20, pageup: 0x21, pagedown: 0x22, end: 0x23, home: 0x24,
  left: 0x25, up: 0x26, right: 0x27, down: 0x28, printscreen: 0x2c, insert: 0x2d, delete: 0x2e,
  command: 0x5b /* VK_LWIN: robotjs's name for Super */, numlock: 0x90, scrolllock: 0x91,
  nummult: 0x6a, numadd: 0x6b, numsub: 0x6d, numdec: 0x6e, numdiv: 0x6f,
  // The US layout's punctuation keys (VK_OEM_*); other layouts put other characters on them.
  ';': 0xba, '=': 0xbb, ',': 0xbc, '-': 0xbd, '.': 0xbe, '/': 0xbf, '`': 0xc0, '[': 0xdb, '\\': 0xdc, ']': 0xdd, "'": 0xde,
};
for (let i = 0; i < 26; i++) VK[String.fromCharCode(97 + i)] = 0x41 + i; // 'a'… → VK_A…
for (let d = 0; d <= 9; d++) {
  VK[String(d)] = 0x30 + d;
  VK[`num${d}`] = 0x60 + d;
  VK[`numpad_${d}`] = 0x60 + d; // robotjs's spelling
}
for (let f = 1; f <= 24; f++) VK[`f${f}`] = 0x6f + f;

// Keys that sit in the extended block: without KEYEVENTF_EXTENDEDKEY, apps that read the
// scan code take the arrows for the numeric keypad's (keybd_event docs, "Remarks").
const EXTENDED = new Set([0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x2d, 0x2e, 0x5b, 0x6f, 0x90]);

const MODIFIER_VK: Record<KeyModifier, number> = { control: 0x11, shift: 0x10, alt: 0x12, command: 0x5b };

/** The virtual-key code of a robotjs key name; undefined for a name Windows has no key for. */
export function virtualKey(name: string): number | undefined {
  return VK[name.toLowerCase()];
}

function press(vk: number, up: boolean): Win32KeyEvent {
  return { vk, scan: 0, flags: (up ? KEYEVENTF_KEYUP : 0) | (EXTENDED.has(vk) ? KEYEVENTF_EXTENDEDKEY : 0) };
}

function namedKey(name: string): number {
  const vk = virtualKey(name);
  if (vk === undefined) throw new Error(`no Windows key is called "${name}"`);
  return vk;
}

/** Down and up for each UTF-16 code unit; a new line is an Enter press (what a typed line break means). */
export function unicodeTextEvents(text: string): Win32KeyEvent[] {
  const events: Win32KeyEvent[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) events.push(press(VK.enter!, false), press(VK.enter!, true));
    for (let k = 0; k < line.length; k++) {
      const unit = line.charCodeAt(k);
      events.push({ vk: 0, scan: unit, flags: KEYEVENTF_UNICODE }, { vk: 0, scan: unit, flags: KEYEVENTF_UNICODE | KEYEVENTF_KEYUP });
    }
  });
  return events;
}

/**
 * Every action as keyboard events, in order. Throws, before anything is pressed, for a key
 * name Windows has no key for, so a batch never stops halfway with a modifier held.
 */
export function win32KeyEvents(actions: readonly KeyAction[]): Win32KeyEvent[] {
  const events: Win32KeyEvent[] = [];
  for (const action of actions) {
    if (action.kind === 'text') {
      events.push(...unicodeTextEvents(action.text));
    } else if (action.kind === 'toggle') {
      events.push(press(namedKey(action.key), !action.down));
    } else {
      const vk = namedKey(action.key);
      const modifiers = action.modifiers.map((m) => MODIFIER_VK[m]);
      for (let i = 0; i < (action.count ?? 1); i++) {
        events.push(...modifiers.map((m) => press(m, false)), press(vk, false), press(vk, true), ...[...modifiers].reverse().map((m) => press(m, true)));
      }
    }
  }
  return events;
}
