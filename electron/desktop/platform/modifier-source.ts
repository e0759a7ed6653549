// The one place the held-modifier reader is chosen, from the platform plan. Asked in the
// typing worker (a child process), which opens the reader itself: native calls there cannot
// take the app down.
import { UNKNOWN_MODIFIER_STATE, type ModifierState } from '../modifier-state.js';
import { openMacModifierState } from '../mac-modifier-state.js';
import { openWin32ModifierState } from '../win32-modifier-state.js';
import { openX11ModifierState } from '../x11-modifier-state.js';
import type { ModifierStateKind } from './desktop-platform.js';

export interface ModifierStateOpeners {
  x11(display: string | undefined): ModifierState | undefined;
  win32(): ModifierState | undefined;
  mac(): ModifierState | undefined;
}

const REAL: ModifierStateOpeners = { x11: openX11ModifierState, win32: openWin32ModifierState, mac: openMacModifierState };

/** The reader for `kind`; one that cannot open (library or display missing) never holds keys back. */
export function openModifierState(kind: ModifierStateKind, env: NodeJS.ProcessEnv = process.env, openers: ModifierStateOpeners = REAL): ModifierState {
  const opened = (() => {
    try {
      switch (kind) {
        case 'x11-core-keymap':
          return openers.x11(env.DISPLAY);
        case 'win32-async-key-state':
          return openers.win32();
        case 'mac-hid-flags':
          return openers.mac();
        case 'none':
          return undefined;
      }
    } catch {
      return undefined;
    }
  })();
  return opened ?? UNKNOWN_MODIFIER_STATE;
}
