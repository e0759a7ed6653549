// The one IPC contract between the main process and Voskey's pages. Each channel is
// declared once, with its payload types and the pages allowed to use it: the preload
// exposes exactly this API and checks these names, main registers handlers typed from
// these maps and checks each sender's page against them (shell/permissions.ts), and tests
// provide the same API to the real pages in Chromium. Node-free, so the renderer and the
// preload bundle can import it.

import type { PublicSettings, Settings } from './settings/types.js';
import { channelNames, eventChannel, invokeChannel, type EventPayloads, type InvokeSignatures, type PageName } from './ipc-channel.js';
import { MODELS_INVOKE, MODELS_MAIN_EVENTS } from './models/channels.js';
import type { EngineChoice } from './models/types.js';

export type DictationStatus =
  | 'idle'
  | 'connecting'
  | 'waking' // the server is asleep (e.g. a Hugging Face Space) and is being woken
  | 'listening'
  | 'finishing'
  | 'reconnecting'
  | 'error';

/** Everything the overlay and tray show. Sent whole, so a page that (re)loads is current. */
export interface OverlayState {
  status: DictationStatus;
  /** Live partial text of the current utterance (never formatted destructively). */
  partial: string;
  /** The last final text of this dictation, formatted as it was typed. */
  lastFinal: string;
  /** Human-readable reason for 'error', 'waking' or 'reconnecting'. */
  message: string;
  /** Seconds spent waking or reconnecting, for "waking the server… 12 s". */
  elapsedSeconds: number;
  level: AudioLevel;
}

export interface AudioLevel {
  /** 0..1, root mean square of the last ≈50 ms. */
  rms: number;
  /** 0..1, absolute peak of the last ≈50 ms. */
  peak: number;
}

/** What main asks the capture page to open. */
export interface CaptureOptions {
  deviceId: string;
  frameMs: number;
  echoCancellation: boolean;
  noiseSuppression: boolean;
  autoGainControl: boolean;
  /** Hold the microphone open between utterances (the system's mic indicator stays on); absent: no. */
  keepReady?: boolean;
  /** With keepReady: this much audio from before the key press starts each utterance. */
  preRollMs?: number;
}

/** The capture page has the utterance's first sample (sent once per capture, for the log). */
export interface CaptureStarted {
  /** From the page receiving capture:start to the worklet holding its first sample. */
  waitedMs: number;
  /** Audio from before capture:start at the head of the utterance (the pre-roll). */
  preRollMs: number;
}

export interface AudioDevice {
  deviceId: string;
  label: string;
}

/** Why capture ended, as the capture page reports it. */
export type CaptureEnd =
  | { reason: 'stopped' }
  | { reason: 'device-lost'; message: string }
  | { reason: 'error'; message: string };

export interface TranscriptEntry {
  id: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** The formatted text as typed. */
  text: string;
  /** The recognizer's raw words, for search and re-formatting. */
  raw: string;
}

export type ConnectionProbe =
  | { ok: true; detail: string }
  | {
      ok: false;
      problem: 'bad-url' | 'unreachable' | 'asleep' | 'needs-token' | 'not-vosk' | 'insecure' | 'error';
      detail: string;
    };

export interface SettingsUpdateResult {
  ok: boolean;
  settings: PublicSettings;
  /** One message per refused field, e.g. {"hotkey.accelerator": "…"}. */
  errors: Record<string, string>;
}

/** Deep partial, for settings patches. */
export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
} & { token?: string | null };

/** A dated file of transcripts moved out of the history by its size limit. */
export interface TranscriptArchive {
  /** File name beside the history, e.g. "history.archive-2026-03-01.json". */
  name: string;
  path: string;
  entries: number;
}

/** What the About box and the first-run window show. */
export interface AppInfo {
  version: string;
  logFile: string;
  /** The engine `npm start` would use with no server set. */
  builtinEngine: EngineChoice;
}

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

export const IDLE_OVERLAY: OverlayState = {
  status: 'idle',
  partial: '',
  lastFinal: '',
  message: '',
  elapsedSeconds: 0,
  level: { rms: 0, peak: 0 },
};

declare global {
  interface Window {
    voskey: VoskeyApi;
  }
}
