// Which window has the focus on Wayland, asked of the compositor itself: Wayland gives no
// client a way to learn about other clients' windows, and XWayland's idea of the focus is
// stale as soon as a native Wayland window has it. sway answers through its IPC socket
// (`swaymsg -t get_tree`: the node with "focused": true), Hyprland through hyprctl
// (`hyprctl activewindow -j`). Elsewhere (GNOME, KDE) there is no such interface for
// unprivileged clients, and the probe answers undefined.
import { unknownWindowProbe, type ActiveWindowInfo, type ActiveWindowProbe } from './active-window.js';
import { runCommand, type CommandResult } from './run-command.js';
import { detectCompositor } from './wayland-compositor.js';

export type RunTool = (command: string, args: string[]) => Promise<CommandResult>;

interface SwayNode {
  id?: number;
  type?: string;
  focused?: boolean;
  pid?: number;
  app_id?: string | null;
  /** XWayland windows: WM_CLASS. */
  window_properties?: { class?: string; instance?: string };
  nodes?: SwayNode[];
  floating_nodes?: SwayNode[];
}

/** The focused window in `swaymsg -t get_tree` output; undefined for an empty workspace. */
export function parseSwayTree(json: string): ActiveWindowInfo | undefined {
  let root: SwayNode;
  try {
    root = JSON.parse(json) as SwayNode;
  } catch {
    return undefined;
  }
  const stack: SwayNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.focused && (node.type === 'con' || node.type === 'floating_con') && typeof node.id === 'number') {
      const props = node.window_properties;
      const wmClass = node.app_id ? [node.app_id] : [props?.instance, props?.class].filter((c): c is string => typeof c === 'string');
      return { id: node.id, ...(typeof node.pid === 'number' ? { pid: node.pid } : {}), wmClass };
    }
    stack.push(...(node.nodes ?? []), ...(node.floating_nodes ?? []));
  }
  return undefined;
}

/**
 * `hyprctl activewindow -j`: {"address": "0x…", "pid": …, "class": …, "initialClass": …}.
 * With no window focused hyprctl prints "{}" (or "Invalid"): undefined.
 */
export function parseHyprlandWindow(json: string): ActiveWindowInfo | undefined {
  let w: { address?: unknown; pid?: unknown; class?: unknown; initialClass?: unknown };
  try {
    w = JSON.parse(json) as typeof w;
  } catch {
    return undefined;
  }
  if (typeof w !== 'object' || w === null || typeof w.address !== 'string') return undefined;
  const id = Number.parseInt(w.address.replace(/^0x/, ''), 16);
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const wmClass = [...new Set([w.initialClass, w.class].filter((c): c is string => typeof c === 'string' && c !== ''))];
  return { id, ...(typeof w.pid === 'number' && w.pid > 0 ? { pid: w.pid } : {}), wmClass };
}

function probeThrough(run: RunTool, command: string, args: string[], parse: (json: string) => ActiveWindowInfo | undefined): ActiveWindowProbe {
  return {
    async current() {
      const r = await run(command, args).catch(() => undefined);
      return r?.code === 0 ? parse(r.stdout.toString('utf8')) : undefined;
    },
  };
}

export function createSwayActiveWindowProbe(env: NodeJS.ProcessEnv, run: RunTool = (c, a) => runCommand(c, a, { env })): ActiveWindowProbe {
  return probeThrough(run, 'swaymsg', ['-t', 'get_tree', '--raw'], parseSwayTree);
}

export function createHyprlandActiveWindowProbe(env: NodeJS.ProcessEnv, run: RunTool = (c, a) => runCommand(c, a, { env })): ActiveWindowProbe {
  return probeThrough(run, 'hyprctl', ['activewindow', '-j'], parseHyprlandWindow);
}


/** The probe for this Wayland session's compositor; one that knows nothing elsewhere. */
export function createWaylandActiveWindowProbe(env: NodeJS.ProcessEnv, run?: RunTool): ActiveWindowProbe {
  switch (detectCompositor(env)) {
    case 'sway':
      return createSwayActiveWindowProbe(env, run);
    case 'hyprland':
      return createHyprlandActiveWindowProbe(env, run);
    default:
      return unknownWindowProbe('this Wayland compositor does not tell one app which window has the focus (sway and Hyprland do)');
  }
}
