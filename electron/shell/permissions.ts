// Which page may use which IPC channel. The table is not written here: each channel names
// its pages where it is declared (electron/ipc.ts), and this file answers from those
// declarations, so a channel cannot exist without a decision about who may use it. Plain
// Node (no 'electron') so it is unit-tested. A page gets only what its job needs: the
// capture page streams audio but cannot read settings; the settings page cannot send audio.
import { INVOKE, MAIN_EVENT_CHANNELS, RENDERER_EVENT_CHANNELS, type PageName } from '../ipc.js';
import { PAGE_NAMES } from './page-location.js';

/** invoke: renderer → main with a reply; send: renderer → main; receive: main → renderer. */
export type ChannelKind = 'invoke' | 'send' | 'receive';

const DECLARED: Readonly<Record<ChannelKind, Readonly<Record<string, { readonly pages: readonly PageName[] }>>>> = {
  invoke: INVOKE,
  send: RENDERER_EVENT_CHANNELS,
  receive: MAIN_EVENT_CHANNELS,
};

export function isPermitted(page: PageName, kind: ChannelKind, channel: string): boolean {
  // Own properties only: a page must not be granted 'constructor' or 'toString'.
  const declared = DECLARED[kind];
  return Object.hasOwn(declared, channel) && declared[channel]!.pages.includes(page);
}

/** The pages allowed a channel, in PAGE_NAMES order. */
export function pagesPermitted(kind: ChannelKind, channel: string): PageName[] {
  return PAGE_NAMES.filter((page) => isPermitted(page, kind, channel));
}

/** Everything one page may use of one kind: the page's whole grant, for review and tests. */
export function channelsPermitted(page: PageName, kind: ChannelKind): string[] {
  return Object.keys(DECLARED[kind]).filter((channel) => isPermitted(page, kind, channel));
}

/** What main knows about the sender of an IPC message. */
export interface SenderFacts {
  /** The page Voskey registered for the sender's webContents, or null if it is not ours. */
  registeredPage: PageName | null;
  /** The page the sending frame's URL shows (pageFromUrl), or null. */
  framePage: PageName | null;
  /** Sub-frames are never trusted: our pages have none. */
  isMainFrame: boolean;
}

export type SenderVerdict = { ok: true; page: PageName } | { ok: false; reason: string };

/** Accept a message only from the main frame of one of our windows, showing its own page. */
export function checkSender(facts: SenderFacts, kind: ChannelKind, channel: string): SenderVerdict {
  if (facts.registeredPage === null) return { ok: false, reason: `${channel}: sender is not a Voskey window` };
  if (!facts.isMainFrame) return { ok: false, reason: `${channel}: sender is a sub-frame` };
  if (facts.framePage !== facts.registeredPage) {
    return {
      ok: false,
      reason: `${channel}: ${facts.registeredPage} window shows ${facts.framePage ?? 'a foreign URL'}`,
    };
  }
  if (!isPermitted(facts.registeredPage, kind, channel)) {
    return { ok: false, reason: `${channel}: not permitted for the ${facts.registeredPage} page` };
  }
  return { ok: true, page: facts.registeredPage };
}

/** Chromium permission requests: only the capture page, only the microphone. */
export function allowsPermission(page: PageName | null, permission: string, mediaTypes: readonly string[] = []): boolean {
  if (page !== 'capture' || permission !== 'media') return false;
  return mediaTypes.every((type) => type === 'audio');
}
