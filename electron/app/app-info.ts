// What the About box and the first-run window are told about the app (the 'app:info'
// channel). Pure types.
import type { EngineChoice } from '../models/types.js';

export interface AppInfo {
  version: string;
  logFile: string;
  /** The engine `npm start` would use with no server set. */
  builtinEngine: EngineChoice;
}
