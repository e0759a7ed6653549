// Loads a Voskey page into its window and reports a failure instead of dropping it.
// webContents.loadURL's promise rejects when the page fails to load (did-fail-load); Electron
// attaches a no-op handler itself (docs/api/web-contents.md, `contents.loadURL`), so an
// unhandled failure is not a crash but silence: a capture page that never loaded means
// dictation that never hears anything. Plain Node: the window is anything with these methods.

export interface LoadableWindow {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
}

export type PageLoadFailure = (message: string) => void;

export function loadPage(window: LoadableWindow, url: string, page: string, onFailure: PageLoadFailure): Promise<void> {
  return window.loadURL(url).catch((error: unknown) => {
    // Closing a window while it loads aborts the load (ERR_ABORTED): nothing went wrong.
    if (window.isDestroyed()) return;
    const reason = error instanceof Error ? error.message : String(error);
    onFailure(`Voskey's ${page} page could not be loaded (${reason}). Reinstalling Voskey usually fixes this.`);
  });
}
