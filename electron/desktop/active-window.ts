// Which window will receive our keys. The shape every platform's probe answers in
// (platform/focus-probe.ts picks one), and the X11 probe: xdotool finds the window, xprop
// names it. Used to pick terminal paste keys, live or final-only typing per app, and to
// notice the focus moving between utterances.
import { CommandMissingError, runCommand } from './run-command.js';

export interface ActiveWindowInfo {
  /**
   * Which window: compared with === to tell whether the focus moved. The X window id; the
   * HWND on Windows; on macOS the frontmost application's pid (macOS names no window of
   * another app without the Screen Recording permission, so two windows of one app are one).
   */
  id: number;
  /** The process behind the window (_NET_WM_PID on X11, when the client sets it). */
  pid?: number;
  /**
   * Names to match apps by (per-app live mode, terminals): WM_CLASS instance and class on
   * X11, e.g. ["chromium", "Chromium"]; the executable's name on Windows ("WindowsTerminal");
   * the application's name and bundle id on macOS ("Terminal", "com.apple.Terminal").
   */
  wmClass: string[];
  /** The app's own name for people, where the platform gives one. */
  app?: string;
}

export interface ActiveWindowProbe {
  /** undefined when no window can be identified (no window manager, Wayland, tools missing). */
  current(): Promise<ActiveWindowInfo | undefined>;
  /** Why the probe cannot answer on this system, once it has found out (for the log and Settings). */
  problem?(): string | undefined;
}

/** A probe for systems where the focused window cannot be known. */
export function unknownWindowProbe(reason: string): ActiveWindowProbe {
  return { current: async () => undefined, problem: () => reason };
}

export const XDOTOOL_MISSING =
  'xdotool is not installed, so Voskey cannot tell which window has the focus: live typing stays final-only and terminals get Ctrl+V (install the xdotool package)';

export function createX11ActiveWindowProbe(env: NodeJS.ProcessEnv = process.env): ActiveWindowProbe {
  let problem: string | undefined;
  async function windowId(): Promise<number | undefined> {
    // _NET_ACTIVE_WINDOW needs a window manager; without one, ask X for the input focus.
    for (const args of [['getactivewindow'], ['getwindowfocus']]) {
      const r = await runCommand('xdotool', args, { env }).catch((e: unknown) => {
        if (e instanceof CommandMissingError) problem = XDOTOOL_MISSING;
        return undefined;
      });
      if (problem === XDOTOOL_MISSING) return undefined;
      const id = r?.code === 0 ? Number.parseInt(r.stdout.toString().trim(), 10) : NaN;
      if (Number.isInteger(id) && id > 1) return id;
    }
    return undefined;
  }

  return {
    problem: () => problem,
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
