// What the typist asks of whatever presses keys (robotjs in a worker on X11, wtype or
// ydotool on Wayland). A batch runs in one round trip, in order.

// 'command' is macOS's ⌘ key, as robotjs names it.
export type KeyModifier = 'control' | 'shift' | 'alt' | 'command';

/** Key names as robotjs spells them ('backspace', 'enter', 'insert', 'v'). */
export interface KeyTap {
  kind: 'tap';
  key: string;
  modifiers: KeyModifier[];
  /** Pressed this many times; default 1. */
  count?: number;
}

/**
 * Printable ASCII only (0x20–0x7E): robotjs silently drops anything else on X11. A sender
 * that types more says which text in typesText.
 */
export interface KeyText {
  kind: 'text';
  text: string;
}

/**
 * Press or release one key and leave it so: releases the user's held hotkey modifiers
 * around live typing and presses them again after (what `xdotool type --clearmodifiers`
 * does), so typed letters do not become Ctrl+Alt shortcuts.
 */
export interface KeyToggle {
  kind: 'toggle';
  /** robotjs names: 'control', 'alt', 'shift', 'command'. */
  key: string;
  down: boolean;
  /**
   * Lifts or presses again a key the user is holding (the hotkey). A key let go of while
   * lifted is dropped by the system (it was already up), so pressing it again would leave
   * it stuck down. Where the keyboard devices can be asked (X11: x11-physical-keys.ts), a
   * key seen held when it was lifted and up when it is due to be pressed again is left up;
   * elsewhere, or for a key the devices never showed held (keys from VNC arrive through
   * XTest too), it is pressed again as before.
   */
  heldByUser?: boolean;
}

export type KeyAction = KeyTap | KeyText | KeyToggle;

export interface KeySender {
  send(actions: KeyAction[]): Promise<void>;
  /** Whether this sender types `text` exactly as a KeyText; printable ASCII (isKeystrokeText) when absent. */
  typesText?(text: string): boolean;
  close(): void;
}

export function isKeystrokeText(text: string): boolean {
  return /^[\x20-\x7e\n]*$/.test(text);
}
