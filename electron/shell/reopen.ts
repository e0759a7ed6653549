// macOS: opening Voskey again while it runs (double-click in Finder, Launchpad, `open -a`)
// reaches the running app as the 'activate' event (Electron docs/api/app.md; on macOS it
// comes from NSApplicationDelegate applicationShouldHandleReopen:hasVisibleWindows:). Voskey
// is a menu-bar app (LSUIElement) with no window of its own, so without a handler nothing
// would appear and the user would think it did not start: show the settings window.
// Electron's docs add that launching the app for the first time can emit it too; a start at
// login must stay quiet in the menu bar, so an activation in its first seconds is ignored.
// Plain logic; main.ts wires it to app.on('activate').

/** Long enough for the launch's own activation, short enough that a real reopen is not missed. */
export const LOGIN_START_QUIET_MS = 5000;

export interface ReopenFacts {
  /** Electron's `hasVisibleWindows` argument: macOS brings those forward itself. */
  hasVisibleWindows: boolean;
  /** This run was a start at login (login-item.ts wasStartedHidden). */
  startedHidden: boolean;
  msSinceStart: number;
}

export function reopenAction(facts: ReopenFacts): 'open-settings' | 'nothing' {
  if (facts.hasVisibleWindows) return 'nothing';
  if (facts.startedHidden && facts.msSinceStart < LOGIN_START_QUIET_MS) return 'nothing';
  return 'open-settings';
}
