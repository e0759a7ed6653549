// Which page may use which IPC channel: the one table main checks every message against.
// Plain Node (no 'electron') so it is unit-tested. A page gets only what its job needs: the
// capture page streams audio but cannot read settings; the settings page cannot send audio.
import type { InvokeChannels, MainEvents, PageName, RendererEvents } from '../ipc.js';
import { MODELS_INVOKE_CHANNELS as MODEL_MANAGER } from '../models/channels.js';

export interface PagePermissions {
  /** renderer → main with a reply. */
  invoke: readonly (keyof InvokeChannels)[];
  /** renderer → main, fire and forget. */
  send: readonly (keyof RendererEvents)[];
  /** main → renderer. */
  receive: readonly (keyof MainEvents)[];
}


const SETTINGS_EDITOR = {
  invoke: ['settings:get', 'settings:update', 'settings:test-connection', 'audio:list-devices', 'app:info'],
  send: [],
  receive: ['settings:changed'],
} as const satisfies PagePermissions;

export const PAGE_PERMISSIONS: Readonly<Record<PageName, PagePermissions>> = {
  capture: {
    invoke: [],
    send: ['capture:frame', 'capture:level', 'capture:ended', 'capture:devices', 'capture:started'],
    receive: ['capture:start', 'capture:stop', 'capture:list-devices', 'capture:prepare'],
  },
  overlay: {
    invoke: ['overlay:get-state'],
    send: [],
    receive: ['overlay:state'],
  },
  settings: SETTINGS_EDITOR,
  // The first-run window sets up a server or downloads a model, then says it is done.
  // (The settings page has no model controls, so only this page and "models" get models:*.)
  'first-run': {
    invoke: [...SETTINGS_EDITOR.invoke, ...MODEL_MANAGER, 'first-run:finish'],
    send: [],
    receive: [...SETTINGS_EDITOR.receive, 'models:progress'],
  },
  // The model manager window: download, select and delete models, nothing else.
  models: { invoke: [...MODEL_MANAGER], send: [], receive: ['models:progress'] },
  transcript: {
    invoke: [
      'history:list',
      'history:delete',
      'history:clear',
      'history:copy',
      'history:export',
      'history:archives',
      'history:export-archive',
      'dictation:toggle',
    ],
    send: [],
    receive: ['history:changed'],
  },
};

export type ChannelKind = keyof PagePermissions;

export function isPermitted(page: PageName, kind: ChannelKind, channel: string): boolean {
  return (PAGE_PERMISSIONS[page][kind] as readonly string[]).includes(channel);
}

/** The pages allowed a channel: what ipc-main registers a handler for. */
export function pagesPermitted(kind: ChannelKind, channel: string): PageName[] {
  return (Object.keys(PAGE_PERMISSIONS) as PageName[]).filter((page) => isPermitted(page, kind, channel));
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
