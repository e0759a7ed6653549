// Held modifiers on Windows: GetAsyncKeyState for the left and right Shift, Ctrl, Alt and
// Windows keys. The async key state follows every keyboard event the system handles,
// SendInput's included (so remote-desktop keys count, and our own lifting of the hotkey's
// keys clears them). AltGr arrives as Left Ctrl + Right Alt, both covered.
// https://learn.microsoft.com/windows/win32/api/winuser/nf-winuser-getasynckeystate:
// "If the most significant bit is set, the key is down."
import { createRequire } from 'node:module';
import type { ModifierState } from './modifier-state.js';

/** Virtual-key codes (winuser.h) and the names a message shows. */
export const WIN32_MODIFIER_KEYS: readonly (readonly [number, string])[] = [
  [0xa0, 'Left Shift'], [0xa1, 'Right Shift'],
  [0xa2, 'Left Ctrl'], [0xa3, 'Right Ctrl'],
  [0xa4, 'Left Alt'], [0xa5, 'Right Alt (AltGr)'],
  [0x5b, 'Left Windows'], [0x5c, 'Right Windows'],
];

/** Pure: the held modifiers, given GetAsyncKeyState as a function (injectable in tests). */
export function win32HeldModifiers(getAsyncKeyState: (vk: number) => number): string[] {
  return WIN32_MODIFIER_KEYS.filter(([vk]) => (getAsyncKeyState(vk) & 0x8000) !== 0).map(([, name]) => name);
}

export const GET_ASYNC_KEY_STATE_PROTOTYPE = 'short __stdcall GetAsyncKeyState(int vKey)';

export function openWin32ModifierState(): ModifierState | undefined {
  let getAsyncKeyState: (vk: number) => number;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    getAsyncKeyState = koffi.load('user32.dll').func(GET_ASYNC_KEY_STATE_PROTOTYPE) as (vk: number) => number;
  } catch {
    return undefined;
  }
  return { held: () => win32HeldModifiers(getAsyncKeyState), close: () => {} };
}
