// Electron's globalShortcut as the toggle-hotkey fallback (see shortcut-registration.ts for
// the logic and its messages). Shortcuts die with the app, but unregistering on quit keeps
// a restart-in-place from finding its own old registration.
import { app, globalShortcut } from 'electron';
import { registerToggleShortcut, type ShortcutRegistration } from './shortcut-registration.js';

export function registerGlobalToggle(accelerator: string, toggle: () => void): ShortcutRegistration {
  const result = registerToggleShortcut(globalShortcut, accelerator, toggle);
  if (result.ok) app.once('will-quit', () => result.unregister());
  return result;
}
