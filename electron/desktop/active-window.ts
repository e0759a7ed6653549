// Which window will receive our keys. X11 only: xdotool finds the window, xprop names it.
// Used to pick terminal paste keys and to refuse typing into Voskey's own windows.
import { runCommand } from './run-command.js';

export interface ActiveWindowInfo {
  /** X window id. */
  id: number;
  /** _NET_WM_PID, when the client sets it. */
  pid?: number;
  /** WM_CLASS instance and class names, e.g. ["chromium", "Chromium"]. */
  wmClass: string[];
}

export interface ActiveWindowProbe {
  /** undefined when no window can be identified (no window manager, Wayland, tools missing). */
  current(): Promise<ActiveWindowInfo | undefined>;
}

export function createX11ActiveWindowProbe(env: NodeJS.ProcessEnv = process.env): ActiveWindowProbe {
  async function windowId(): Promise<number | undefined> {
    // _NET_ACTIVE_WINDOW needs a window manager; without one, ask X for the input focus.
    for (const args of [['getactivewindow'], ['getwindowfocus']]) {
      const r = await runCommand('xdotool', args, { env }).catch(() => undefined);
      const id = r?.code === 0 ? Number.parseInt(r.stdout.toString().trim(), 10) : NaN;
      if (Number.isInteger(id) && id > 1) return id;
    }
    return undefined;
  }

  return {
    async current() {
      const id = await windowId();
      if (id === undefined) return undefined;
      const r = await runCommand('xprop', ['-id', String(id), 'WM_CLASS', '_NET_WM_PID'], { env }).catch(() => undefined);
      const props = r?.code === 0 ? r.stdout.toString() : '';
      return { id, ...parseXprop(props) };
    },
  };
}

/** Parses `xprop WM_CLASS _NET_WM_PID` output. */
export function parseXprop(output: string): { pid?: number; wmClass: string[] } {
  const classLine = /^WM_CLASS\(STRING\) = (.*)$/m.exec(output);
  const wmClass = classLine ? [...classLine[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!) : [];
  const pidLine = /^_NET_WM_PID\(CARDINAL\) = (\d+)$/m.exec(output);
  return pidLine ? { pid: Number(pidLine[1]), wmClass } : { wmClass };
}
