// "Start at login": app.setLoginItemSettings on macOS and Windows; an XDG autostart entry
// on Linux, where Electron's API does nothing. Starts hidden in the tray (--hidden).
import { app } from 'electron';
import { setAutostart } from './autostart-entry.js';

export const HIDDEN_FLAG = '--hidden';

export function applyStartAtLogin(enabled: boolean): void {
  if (process.platform === 'linux') {
    // An AppImage moves with the user's file; APPIMAGE is its real path, execPath a mount.
    setAutostart(enabled, [process.env.APPIMAGE || process.execPath, HIDDEN_FLAG]);
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_FLAG] });
}
