// How "Start at login" starts Voskey, per platform and per way of running. Plain Node
// (no 'electron'), so every case is tested here; login-item.ts carries the plan out.
//
// The executable alone is not always Voskey: under `npm start` it is the bare Electron
// binary, which needs the app folder as its first argument (scripts/start.js runs
// `electron <checkout>`); started without it, Electron shows its own default app.
// - Linux: an XDG autostart entry (Electron's login item API does nothing there); an
//   AppImage starts from $APPIMAGE, its real path (process.execPath is a temporary mount).
// - Windows: app.setLoginItemSettings with path and args; Electron quotes each argument
//   itself (shell/browser/browser_win.cc, FormatCommandLineString → AddQuoteForArg).
// - macOS: setLoginItemSettings registers the .app bundle and ignores `args`
//   (docs/api/app.md: `path` and `args` are _Windows_ only). So --hidden cannot be passed;
//   main.ts asks app.getLoginItemSettings().wasOpenedAtLogin instead. And a development
//   run cannot be registered at all: the bundle would be Electron.app without the checkout.

export const HIDDEN_FLAG = '--hidden';

export interface LaunchFacts {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  execPath: string;
  /** app.getAppPath(): the checkout (or app.asar when packaged). */
  appPath: string;
  /** $APPIMAGE when running from an AppImage. */
  appImage?: string | undefined;
  /**
   * This run was started with --no-sandbox (scripts/start.js adds it where Chromium's
   * sandbox cannot start, see scripts/linux-sandbox.js). A development run started at login
   * needs it again, or Electron aborts before Voskey runs. Packaged runs never carry it
   * here: the AppImage's AppRun decides for itself, the .deb keeps its sandbox.
   */
  noSandbox?: boolean;
}

export type LoginLaunchPlan =
  | { kind: 'xdg-autostart'; command: string[] }
  | { kind: 'login-item'; path?: string; args?: string[] }
  | { kind: 'unsupported'; reason: string };

export function loginLaunchPlan(facts: LaunchFacts): LoginLaunchPlan {
  const appArgs = facts.isPackaged ? [] : [facts.appPath, ...(facts.noSandbox ? ['--no-sandbox'] : [])];
  switch (facts.platform) {
    case 'linux':
      // The Exec line is quoted (and its % doubled) by autostart-entry.ts.
      return { kind: 'xdg-autostart', command: [facts.appImage || facts.execPath, ...appArgs, HIDDEN_FLAG] };
    case 'win32':
      return { kind: 'login-item', path: facts.execPath, args: [...appArgs, HIDDEN_FLAG] };
    case 'darwin':
      if (!facts.isPackaged) {
        return {
          kind: 'unsupported',
          reason: 'Start at login works in the installed Voskey app; a development run (npm start) cannot be registered on macOS.',
        };
      }
      return { kind: 'login-item' };
    default:
      return { kind: 'unsupported', reason: `Start at login is not available on ${facts.platform}.` };
  }
}

/** Whether this start was a login start that should stay in the tray. */
export function startedHidden(argv: readonly string[], platform: NodeJS.Platform, wasOpenedAtLogin: () => boolean): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true;
  return platform === 'darwin' && wasOpenedAtLogin();
}
