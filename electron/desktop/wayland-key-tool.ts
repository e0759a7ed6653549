// Which program presses keys on Wayland, per compositor, with a fallback: wtype where the
// compositor offers the virtual-keyboard protocol (sway, Hyprland, other wlroots ones),
// ydotool where its daemon runs (it writes to /dev/uinput, so it works under any
// compositor, GNOME and KDE included), otherwise none — the typist then leaves the text on
// the clipboard and says why.
import { existsSync } from 'node:fs';
// ydotool's socket is a Linux path whatever system the code is tested on.
import { posix } from 'node:path';
import { hasVirtualKeyboard, type WaylandCompositor } from './wayland-compositor.js';

export type WaylandTool = 'wtype' | 'ydotool';

export interface WaylandToolContext {
  compositor: WaylandCompositor;
  /** Whether a program is on PATH. */
  installed(program: string): boolean;
  /** The ydotoold socket, when the daemon runs (see ydotoolSocket). */
  ydotoolSocket: string | undefined;
  /** wtype has said this compositor lacks the virtual-keyboard protocol. */
  wtypeRefused?: boolean;
}

export type WaylandToolChoice = { tool: WaylandTool } | { tool: undefined; reason: string };

export function chooseWaylandKeyTool(context: WaylandToolContext): WaylandToolChoice {
  const wtype = context.installed('wtype');
  const virtualKeyboard = hasVirtualKeyboard(context.compositor) && !context.wtypeRefused;
  if (wtype && virtualKeyboard) return { tool: 'wtype' };
  const ydotool = context.installed('ydotool');
  if (ydotool && context.ydotoolSocket) return { tool: 'ydotool' };
  return { tool: undefined, reason: noToolReason(context.compositor, wtype, ydotool, virtualKeyboard) };
}

function noToolReason(compositor: WaylandCompositor, wtype: boolean, ydotool: boolean, virtualKeyboard: boolean): string {
  const desktop = compositor === 'gnome' ? 'GNOME' : compositor === 'kde' ? 'KDE Plasma' : 'this compositor';
  const parts: string[] = [];
  if (!virtualKeyboard) parts.push(`${desktop} does not let wtype type (no virtual-keyboard protocol)`);
  else if (!wtype) parts.push('wtype is not installed (`sudo apt install wtype`)');
  parts.push(
    ydotool
      ? 'ydotool is installed but its daemon is not running (`sudo systemctl enable --now ydotool`, or start `ydotoold`)'
      : `ydotool is not installed (\`sudo apt install ydotool\`, then start its daemon ydotoold)`,
  );
  return `Voskey cannot press keys on this desktop: ${parts.join('; ')}.`;
}

/**
 * Where ydotoold listens, if it does: $YDOTOOL_SOCKET when set, else the paths ydotool's
 * client tries — ydotool ≥ 1.0 uses $XDG_RUNTIME_DIR/.ydotool_socket for a user daemon and
 * /tmp/.ydotool_socket for the system service (and 0.1.x only the latter).
 */
export function ydotoolSocket(env: NodeJS.ProcessEnv, exists: (path: string) => boolean = existsSync): string | undefined {
  const candidates = env.YDOTOOL_SOCKET
    ? [env.YDOTOOL_SOCKET]
    : [...(env.XDG_RUNTIME_DIR ? [posix.join(env.XDG_RUNTIME_DIR, '.ydotool_socket')] : []), '/tmp/.ydotool_socket'];
  return candidates.find((path) => exists(path));
}
