// One uiohook input event as the hotkey machine's key event, for both hook hosts (the
// forked worker and the in-process hook, key-hook-host.ts).
import type { HookKeyEvent } from './hotkey-state.js';

import type { UiohookKeyboardEvent, UiohookMouseEvent, UiohookWheelEvent } from 'uiohook-napi';

type Uiohook = typeof import('uiohook-napi');
/** What uiohook's 'input' event carries. */
export type UiohookInput = UiohookKeyboardEvent | UiohookMouseEvent | UiohookWheelEvent;

/** Null for anything but a key press or release: mouse moves never leave the hook. */
export function keyEventFrom(e: UiohookInput, types: Uiohook['EventType']): HookKeyEvent | null {
  if (e.type !== types.EVENT_KEY_PRESSED && e.type !== types.EVENT_KEY_RELEASED) return null;
  return { down: e.type === types.EVENT_KEY_PRESSED, keycode: e.keycode, ctrl: e.ctrlKey, alt: e.altKey, shift: e.shiftKey, meta: e.metaKey, time: e.time };
}
