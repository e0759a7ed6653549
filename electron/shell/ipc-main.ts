// Typed ipcMain wiring. Every message is checked before a handler sees it: the sender must
// be the main frame of one of Voskey's registered windows, showing its own page file, and
// that page must be permitted the channel in permissions.ts (the one table; handlers do
// not list pages themselves, so the table and the wiring cannot disagree). Anything else
// is dropped and logged; a refused invoke rejects so the page never hangs.
// Arguments come from a renderer: handlers should still treat them as untrusted input.
import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import type { InvokeChannels, MainEvents, PageName, RendererEvents } from '../ipc.js';
import { pageFromUrl } from './page-location.js';
import { checkSender, isPermitted, type ChannelKind, type SenderVerdict } from './permissions.js';
import type { WindowRegistry } from './window-registry.js';
import { errorMessage } from '../common/error-message.js';
import type { LogSink } from '../logging/log.js';

/** Refused messages are security events: they go to the app's log file (redacted), not the console. */
export type IpcLog = Pick<LogSink, 'warn'>;

type Awaitable<T> = T | Promise<T>;

export type InvokeHandler<C extends keyof InvokeChannels> = (
  sender: { page: PageName; window: BrowserWindow | null },
  ...args: InvokeChannels[C]['args']
) => Awaitable<InvokeChannels[C]['result']>;

export type EventListener<C extends keyof RendererEvents> = (
  sender: { page: PageName; window: BrowserWindow | null },
  ...args: RendererEvents[C]
) => void;

export class IpcRouter {
  readonly #registry: WindowRegistry<BrowserWindow>;
  readonly #log: IpcLog;
  readonly #distRoot: string | undefined;

  constructor(registry: WindowRegistry<BrowserWindow>, log: IpcLog, distRoot?: string) {
    this.#registry = registry;
    this.#log = log;
    this.#distRoot = distRoot;
  }

  handle<C extends keyof InvokeChannels>(channel: C, handler: InvokeHandler<C>): void {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const verdict = this.#verify(event, 'invoke', channel);
      if (!verdict.ok) throw new Error(`${channel} refused`);
      return handler(this.#senderOf(event, verdict.page), ...(args as InvokeChannels[C]['args']));
    });
  }

  on<C extends keyof RendererEvents>(channel: C, listener: EventListener<C>): void {
    const wrapped = (event: IpcMainEvent, ...args: unknown[]) => {
      const verdict = this.#verify(event, 'send', channel);
      if (!verdict.ok) return;
      try {
        listener(this.#senderOf(event, verdict.page), ...(args as RendererEvents[C]));
      } catch (error) {
        this.#log.warn(`ipc: listener for ${channel} failed: ${errorMessage(error)}`);
      }
    };
    ipcMain.on(channel, wrapped);
  }

  /** Send to one window, if its page may receive the channel. Returns whether it was sent. */
  sendTo<C extends keyof MainEvents>(window: BrowserWindow, channel: C, ...args: MainEvents[C]): boolean {
    if (window.isDestroyed()) return false;
    const page = this.#registry.pageOf(window.webContents.id);
    if (page === null || !isPermitted(page, 'receive', channel)) {
      this.#log.warn(`ipc: not sending ${channel} to ${page ?? 'an unregistered window'}`);
      return false;
    }
    window.webContents.send(channel, ...args);
    return true;
  }

  /** Send to every open window whose page may receive the channel (settings:changed, …). */
  broadcast<C extends keyof MainEvents>(channel: C, ...args: MainEvents[C]): void {
    for (const { page, window } of this.#registry.all()) {
      if (isPermitted(page, 'receive', channel) && !window.isDestroyed()) window.webContents.send(channel, ...args);
    }
  }

  #verify(event: IpcMainEvent | IpcMainInvokeEvent, kind: ChannelKind, channel: string): SenderVerdict {
    const frame = event.senderFrame;
    const verdict = checkSender(
      {
        registeredPage: this.#registry.pageOf(event.sender.id),
        framePage: frame ? pageFromUrl(frame.url, this.#distRoot) : null,
        isMainFrame: frame !== null && frame.parent === null,
      },
      kind,
      channel,
    );
    if (!verdict.ok) this.#log.warn(`ipc: dropped ${kind} — ${verdict.reason}`);
    return verdict;
  }

  #senderOf(event: IpcMainEvent | IpcMainInvokeEvent, page: PageName) {
    return { page, window: this.#registry.get(event.sender.id)?.window ?? null };
  }
}
