// The one IPC contract between the main process and Voskey's pages. Each channel is
// declared once, with its payload types and the pages allowed to use it: the preload
// exposes exactly this API and checks these names, main registers handlers typed from
// these maps and checks each sender's page against them (shell/permissions.ts), and tests
// provide the same API to the real pages in Chromium. Node-free, so the renderer and the
// preload bundle can import it. Payload types belong to the features that own them
// (dictation/, settings/, vosk/, models/, app/); this file only composes channel maps.

import type { AppInfo } from './app/app-info.js';
import type { AudioDevice, CaptureEnd, CaptureOptions, CaptureStarted } from './dictation/capture-types.js';
import type { TranscriptArchive, TranscriptEntry } from './dictation/history-types.js';
import type { AudioLevel, OverlayState } from './dictation/overlay-state.js';
import type { PublicSettings, SettingsPatch, SettingsUpdateResult } from './settings/types.js';
import type { ConnectionProbe } from './vosk/probe-result.js';
import { channelNames, eventChannel, invokeChannel, type EventPayloads, type InvokeSignatures, type PageName } from './ipc-channel.js';
import { MODELS_INVOKE, MODELS_MAIN_EVENTS } from './models/channels.js';

// Page groups, named by the job that needs the channels.
/** The settings window, and the first-run window that sets up the same things. */
const SETTINGS_EDITORS: readonly PageName[] = ['settings', 'first-run'];

/**
 * renderer → main, with a reply (ipcRenderer.invoke / ipcMain.handle): each channel's
 * signature and the pages that may call it. A new channel is an entry here (or in its
 * feature's channels file) plus its handler; the typed map, the preload's allow-list and
 * the per-page permissions are derived from this object.
 */
export const INVOKE = {
  'settings:get': invokeChannel<[], PublicSettings>(SETTINGS_EDITORS),
  'settings:update': invokeChannel<[patch: SettingsPatch], SettingsUpdateResult>(SETTINGS_EDITORS),
  'settings:test-connection': invokeChannel<[url: string, token?: string], ConnectionProbe>(SETTINGS_EDITORS),
  'history:list': invokeChannel<[query?: string], TranscriptEntry[]>(['transcript']),
  'history:delete': invokeChannel<[id: string], void>(['transcript']),
  'history:clear': invokeChannel<[], void>(['transcript']),
  'history:copy': invokeChannel<[id: string], void>(['transcript']),
  'history:export': invokeChannel<[format: 'txt' | 'json'], { path: string } | { cancelled: true }>(['transcript']),
  /** Archives of transcripts trimmed to stay under the history limit, oldest first. */
  'history:archives': invokeChannel<[], TranscriptArchive[]>(['transcript']),
  'history:export-archive': invokeChannel<[name: string, format: 'txt' | 'json'], { path: string } | { cancelled: true }>(['transcript']),
  /** An entry's alternatives, formatted as they would be typed, best first (1 = what was typed); [] when it has none. */
  'history:alternatives': invokeChannel<[id: string], string[]>(['transcript']),
  /** Copies alternative `number` (1-based, as history:alternatives lists them) to the clipboard. */
  'history:copy-alternative': invokeChannel<[id: string, number: number], void>(['transcript']),
  'overlay:get-state': invokeChannel<[], OverlayState>(['overlay']),
  /** The transcript window's start/stop button. */
  'dictation:toggle': invokeChannel<[], void>(['transcript']),
  /** Main asks the capture page (which alone may enumerate media devices) and answers. */
  'audio:list-devices': invokeChannel<[], AudioDevice[]>(SETTINGS_EDITORS),
  'app:info': invokeChannel<[], AppInfo>(SETTINGS_EDITORS),
  /** The first-run window is done: close it and do not show it again. */
  'first-run:finish': invokeChannel<[], void>(['first-run']),
  ...MODELS_INVOKE,
};

/** renderer → main, fire and forget (ipcRenderer.send / ipcMain.on), with the pages that may send. Audio is binary. */
export const RENDERER_EVENT_CHANNELS = {
  /** One frame of 16-bit little-endian mono PCM at 16 kHz, as a transferable buffer. */
  'capture:frame': eventChannel<[pcm: ArrayBuffer]>(['capture']),
  'capture:level': eventChannel<[level: AudioLevel]>(['capture']),
  /** Capture finished; every sample was sent before this. */
  'capture:ended': eventChannel<[end: CaptureEnd]>(['capture']),
  'capture:devices': eventChannel<[devices: AudioDevice[]]>(['capture']),
  'capture:started': eventChannel<[started: CaptureStarted]>(['capture']),
};

/** main → renderer (webContents.send / ipcRenderer.on), with the pages that may receive. */
export const MAIN_EVENT_CHANNELS = {
  'capture:start': eventChannel<[options: CaptureOptions]>(['capture']),
  'capture:stop': eventChannel<[]>(['capture']),
  'capture:list-devices': eventChannel<[]>(['capture']),
  'overlay:state': eventChannel<[state: OverlayState]>(['overlay']),
  'settings:changed': eventChannel<[settings: PublicSettings]>(SETTINGS_EDITORS),
  /** While idle: hold the microphone ready (keepReady) or release it; keep audio processing warm. */
  'capture:prepare': eventChannel<[options: CaptureOptions]>(['capture']),
  'history:changed': eventChannel<[]>(['transcript']),
  ...MODELS_MAIN_EVENTS,
};

// Interfaces, not aliases of the mapped types: TypeScript then resolves each member once,
// and a handler's object literal is checked against the channel's own result type (with an
// alias, a generic `InvokeChannels[C]` stays deferred and literals like 'listening' widen).
export interface InvokeChannels extends InvokeSignatures<typeof INVOKE> {}
export interface RendererEvents extends EventPayloads<typeof RENDERER_EVENT_CHANNELS> {}
export interface MainEvents extends EventPayloads<typeof MAIN_EVENT_CHANNELS> {}

/** The API the preload puts on `window.voskey`. Tests give pages an object of this type. */
export interface VoskeyApi {
  invoke<C extends keyof InvokeChannels>(
    channel: C,
    ...args: InvokeChannels[C]['args']
  ): Promise<InvokeChannels[C]['result']>;
  send<C extends keyof RendererEvents>(channel: C, ...args: RendererEvents[C]): void;
  /** Returns a function that removes the listener. */
  on<C extends keyof MainEvents>(channel: C, listener: (...args: MainEvents[C]) => void): () => void;
}

// Run-time channel lists for the preload's allow-list check, derived from the declarations.
export const INVOKE_CHANNELS = channelNames(INVOKE);
export const RENDERER_EVENTS = channelNames(RENDERER_EVENT_CHANNELS);
export const MAIN_EVENTS = channelNames(MAIN_EVENT_CHANNELS);

export type { PageName };

declare global {
  interface Window {
    voskey: VoskeyApi;
  }
}
