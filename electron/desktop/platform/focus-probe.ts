// The one place the focused-window probe is chosen, from the platform plan: xdotool + xprop
// on X11, the compositor's IPC on Wayland (sway, Hyprland), the foreground window's process on Windows, the frontmost app on macOS, and on
// systems where it cannot be known a probe that answers undefined and says why.
import { createX11ActiveWindowProbe, unknownWindowProbe, type ActiveWindowProbe } from '../active-window.js';
import { createWaylandActiveWindowProbe } from '../active-window-wayland.js';
import { createMacActiveWindowProbe } from '../mac-active-window.js';
import { createWin32ActiveWindowProbe } from '../win32-active-window.js';
import type { FocusProbeKind } from './desktop-platform.js';

export interface FocusProbeFactories {
  x11(env: NodeJS.ProcessEnv): ActiveWindowProbe;
  waylandIpc(env: NodeJS.ProcessEnv): ActiveWindowProbe;
  win32(): ActiveWindowProbe;
  darwin(): ActiveWindowProbe;
}

const REAL: FocusProbeFactories = {
  x11: (env) => createX11ActiveWindowProbe(env),
  waylandIpc: (env) => createWaylandActiveWindowProbe(env),
  win32: () => createWin32ActiveWindowProbe(),
  darwin: () => createMacActiveWindowProbe(),
};

export const NO_FOCUS_PROBE_REASON = 'this desktop does not tell one app which window has the focus';

/** The probe for `kind`; the factories are injectable so a test checks the choice, not the OS. */
export function createFocusProbe(kind: FocusProbeKind, env: NodeJS.ProcessEnv = process.env, factories: FocusProbeFactories = REAL): ActiveWindowProbe {
  switch (kind) {
    case 'x11':
      return factories.x11(env);
    case 'wayland-ipc':
      return factories.waylandIpc(env);
    case 'win32':
      return factories.win32();
    case 'darwin':
      return factories.darwin();
    case 'none':
      return unknownWindowProbe(NO_FOCUS_PROBE_REASON);
  }
}
