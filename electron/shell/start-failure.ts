// What happens when the app cannot start: exactly one clear dialog, then the process ends.
// Without this, an exception thrown inside startApp (run by whenReady().then) is a rejected
// promise nobody handles: no dialog, and an app with no tray and no window keeps running,
// invisible, holding the single-instance lock so the next start silently does nothing.
// Plain Node: main.ts passes dialog.showErrorBox and app.exit.

export interface StartFailureShell {
  showError(title: string, message: string): void;
  exit(code: number): void;
}

export function startFailureHandler(shell: StartFailureShell): (error: unknown) => void {
  let failed = false;
  return (error) => {
    if (failed) return; // a second failure while the first dialog is up adds nothing
    failed = true;
    const reason = error instanceof Error ? error.message : String(error);
    try {
      shell.showError('Voskey could not start', `${reason}\n\nVoskey will now quit. Start it again after fixing the cause; if it keeps failing, reinstall Voskey.`);
    } finally {
      // exit, not quit: quit runs before-quit handlers of a half-built app, which may wait forever.
      shell.exit(1);
    }
  };
}
