// Registering the toggle hotkey with a global-shortcut service, with a clear message for
// every way it can fail. Plain Node: the service is passed in (Electron's globalShortcut in
// global-toggle.ts, a fake in tests). Used when true hold-to-talk (uiohook) is unavailable,
// e.g. on Wayland or without the X RECORD extension: globalShortcut sees key-down only, so
// the hotkey toggles dictation on and off.
import { parseAccelerator } from '../desktop/accelerator.js';
import { errorMessage } from '../common/error-message.js';

/** The part of Electron's globalShortcut used here. */
export interface ShortcutService {
  /** False when another application holds the combination. May throw on a malformed accelerator. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export type ShortcutRegistration =
  | { ok: true; accelerator: string; unregister(): void }
  | { ok: false; message: string };

export function registerToggleShortcut(service: ShortcutService, text: string, toggle: () => void): ShortcutRegistration {
  const parsed = parseAccelerator(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const accelerator = parsed.value.electron;
  let registered: boolean;
  try {
    registered = service.register(accelerator, toggle);
  } catch (error) {
    return { ok: false, message: `The hotkey ${accelerator} could not be registered: ${errorMessage(error)}` };
  }
  if (!registered) {
    return {
      ok: false,
      message: `The hotkey ${accelerator} is already used by another application. Choose another one in Settings.`,
    };
  }
  let active = true;
  return {
    ok: true,
    accelerator,
    unregister() {
      if (!active) return;
      active = false;
      service.unregister(accelerator);
    },
  };
}
