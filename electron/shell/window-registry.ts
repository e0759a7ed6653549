// Voskey's own windows, by webContents id: which page each shows. The IPC sender check and
// the permission handler ask it "is this one of ours, and which page?". Plain Node and
// generic over the window type, so it is tested without Electron.
import type { PageName } from '../ipc-channel.js';

export interface RegisteredWindow<W> {
  page: PageName;
  window: W;
}

export class WindowRegistry<W> {
  readonly #byContentsId = new Map<number, RegisteredWindow<W>>();

  register(webContentsId: number, page: PageName, window: W): void {
    this.#byContentsId.set(webContentsId, { page, window });
  }

  forget(webContentsId: number): void {
    this.#byContentsId.delete(webContentsId);
  }

  get(webContentsId: number): RegisteredWindow<W> | null {
    return this.#byContentsId.get(webContentsId) ?? null;
  }

  pageOf(webContentsId: number): PageName | null {
    return this.#byContentsId.get(webContentsId)?.page ?? null;
  }

  /** The windows showing a page (the overlay, the capture page, …), oldest first. */
  windowsOf(page: PageName): W[] {
    return [...this.#byContentsId.values()].filter((r) => r.page === page).map((r) => r.window);
  }

  all(): RegisteredWindow<W>[] {
    return [...this.#byContentsId.values()];
  }
}
