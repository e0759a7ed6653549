// The hotkey's side of one utterance (HotkeyPress): started once, stopped once, and ended
// after maxMs if the stop never comes (a key-up lost while another window grabbed the
// keyboard, a toggle the user forgot). Shared by hold and toggle modes.

export type StopReason = 'released' | 'toggled' | 'max-hold' | 'paused' | 'stopped';

export interface HotkeyPressCallbacks {
  onStart(): void;
  onStop(reason: StopReason): void;
  /** undefined or ≤ 0: no limit. */
  maxMs?: number;
}

export interface HotkeyPress {
  readonly active: boolean;
  begin(): void;
  end(reason: StopReason): void;
}

export function createHotkeyPress(callbacks: HotkeyPressCallbacks): HotkeyPress {
  let active = false;
  let timer: NodeJS.Timeout | undefined;
  const end = (reason: StopReason): void => {
    if (!active) return;
    active = false;
    clearTimeout(timer);
    callbacks.onStop(reason);
  };
  return {
    get active() {
      return active;
    },
    begin() {
      if (active) return;
      active = true;
      if (callbacks.maxMs && callbacks.maxMs > 0) timer = setTimeout(() => end('max-hold'), callbacks.maxMs);
      callbacks.onStart();
    },
    end,
  };
}

export interface ToggleController {
  /** A press of the shortcut: starts when idle, stops when active. */
  press(): void;
  /** Ends an active utterance (e.g. the app is quitting or the hotkey changed). */
  stop(): void;
  readonly active: boolean;
}

/**
 * Toggle dictation from key-down events only, e.g. from Electron's globalShortcut callback
 * (no key-up there, and the only path on Wayland). Pure: no hook, no Electron.
 */
export function createToggleController(options: {
  onStart(): void;
  onStop(reason: StopReason): void;
  maxMs?: number;
}): ToggleController {
  const keyPress = createHotkeyPress(options);
  return {
    press: () => (keyPress.active ? keyPress.end('toggled') : keyPress.begin()),
    stop: () => keyPress.end('stopped'),
    get active() {
      return keyPress.active;
    },
  };
}
