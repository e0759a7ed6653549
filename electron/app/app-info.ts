// What the About box and the first-run window are told about the app (the 'app:info'
// channel). Pure types.
import type { EngineChoice } from '../models/types.js';

export interface AppInfo {
  version: string;
  logFile: string;
  /** The engine `npm start` would use with no server set. */
  builtinEngine: EngineChoice;
  /**
   * Why the focused window cannot be named here, so live typing types each sentence when it
   * is final (Settings shows it by the live-typing choice); absent when it can be named.
   */
  focusUnknown?: string;
  /**
   * Why the hotkey does not work as set and what to do instead (the toggle fallback, or on
   * Wayland the compositor binding to use); Settings shows it by the hotkey.
   */
  hotkeyNotice?: string;
}
