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

/** Printable ASCII only (0x20–0x7E): robotjs silently drops anything else on X11. */
export interface KeyText {
  kind: 'text';
  text: string;
}

export type KeyAction = KeyTap | KeyText;

export interface KeySender {
  send(actions: KeyAction[]): Promise<void>;
  close(): void;
}

export function isKeystrokeText(text: string): boolean {
  return /^[\x20-\x7e\n]*$/.test(text);
}
