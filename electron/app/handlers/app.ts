// What the About box and the first-run window ask of the app itself.
import type { EngineChoice } from '../../models/types.js';
import type { FirstRun } from '../../settings/first-run.js';
import { WithIntent } from './intent.js';
import type { ShellHandlers } from './page-handlers.js';

export interface AppFacts {
  version: string;
  logFile: string;
  /** The engine the app would use with no server set. */
  builtinEngine(): EngineChoice;
  /** Why the focused window cannot be named now (live typing falls back to final-only), or undefined. */
  focusUnknown?(): Promise<string | undefined>;
  /** The hotkey's fallback notice, or undefined while it works as set. */
  hotkeyNotice?(): string | undefined;
}

export function appHandlers(facts: AppFacts, firstRun: Pick<FirstRun, 'finish'>) {
  return {
    'app:info': async () => {
      const focusUnknown = await facts.focusUnknown?.();
      const hotkeyNotice = facts.hotkeyNotice?.();
      return {
        version: facts.version,
        logFile: facts.logFile,
        builtinEngine: facts.builtinEngine(),
        ...(focusUnknown ? { focusUnknown } : {}),
        ...(hotkeyNotice ? { hotkeyNotice } : {}),
      };
    },
    // Finishing is the first-run window's last word: the shell closes the window that asked.
    'first-run:finish': () => {
      firstRun.finish();
      return new WithIntent(undefined, 'close-sender');
    },
  } satisfies Partial<ShellHandlers>;
}
