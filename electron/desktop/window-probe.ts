// The focused-window probe the platform plan names (platform/desktop-platform.ts): X11's
// xdotool/xprop, the Wayland compositor's IPC (sway, Hyprland), or one that knows nothing.
import { createX11ActiveWindowProbe, type ActiveWindowProbe } from './active-window.js';
import { createWaylandActiveWindowProbe, NO_WINDOW_PROBE } from './active-window-wayland.js';
import type { PlatformPlan } from './platform/desktop-platform.js';

export function activeWindowProbeFor(probe: PlatformPlan['terminalProbe'], env: NodeJS.ProcessEnv): ActiveWindowProbe {
  switch (probe) {
    case 'x11':
      return createX11ActiveWindowProbe(env);
    case 'wayland-ipc':
      return createWaylandActiveWindowProbe(env);
    case 'none':
      return NO_WINDOW_PROBE;
  }
}
