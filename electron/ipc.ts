// The one IPC contract between the main process and Voskey's pages. Channel names and
// payload types live here and nowhere else: the preload exposes exactly this API, the
// main side registers handlers typed from these maps, and tests provide the same API to
// the real pages in Chromium. Pure types plus the channel lists the preload checks at run
// time, so the renderer can import it without pulling in Node.

import type { PublicSettings, Settings } from './settings/types.js';
import { MODELS_INVOKE_CHANNELS, type ModelsInvokeChannels, type ModelsMainEvents } from './models/channels.js';
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

/** renderer → main, with a reply (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeChannels extends ModelsInvokeChannels {
  'settings:get': { args: []; result: PublicSettings };
  'settings:update': { args: [patch: SettingsPatch]; result: SettingsUpdateResult };
  'settings:test-connection': { args: [url: string, token?: string]; result: ConnectionProbe };
  'history:list': { args: [query?: string]; result: TranscriptEntry[] };
  'history:delete': { args: [id: string]; result: void };
  'history:clear': { args: []; result: void };
  'history:copy': { args: [id: string]; result: void };
  'history:export': { args: [format: 'txt' | 'json']; result: { path: string } | { cancelled: true } };
  /** Archives of transcripts trimmed to stay under the history limit, oldest first. */
  'history:archives': { args: []; result: TranscriptArchive[] };
  'history:export-archive': { args: [name: string, format: 'txt' | 'json']; result: { path: string } | { cancelled: true } };
  'overlay:get-state': { args: []; result: OverlayState };
  'dictation:toggle': { args: []; result: void };
  /** Main asks the capture page (which alone may enumerate media devices) and answers. */
  'audio:list-devices': { args: []; result: AudioDevice[] };
  'app:info': { args: []; result: AppInfo };
  /** The first-run window is done: close it and do not show it again. */
  'first-run:finish': { args: []; result: void };
}

/** renderer → main, fire and forget (ipcRenderer.send / ipcMain.on). Audio is binary. */
export interface RendererEvents {
  /** One frame of 16-bit little-endian mono PCM at 16 kHz, as a transferable buffer. */
  'capture:frame': [pcm: ArrayBuffer];
  'capture:level': [level: AudioLevel];
  'capture:started': [started: CaptureStarted];
  /** Capture finished; every sample was sent before this. */
  'capture:ended': [end: CaptureEnd];
  'capture:devices': [devices: AudioDevice[]];
}

/** main → renderer (webContents.send / ipcRenderer.on). */
export interface MainEvents extends ModelsMainEvents {
  'capture:start': [options: CaptureOptions];
  'capture:stop': [];
  /** While idle: hold the microphone ready (keepReady) or release it; keep audio processing warm. */
  'capture:prepare': [options: CaptureOptions];
  'capture:list-devices': [];
  'overlay:state': [state: OverlayState];
  'settings:changed': [settings: PublicSettings];
  'history:changed': [];
}

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

// Run-time channel lists for the preload's allow-list check. `satisfies` refuses an extra
// name and the AllListed checks below refuse a missing one, so they stay in step.
export const INVOKE_CHANNELS = [
  'settings:get',
  'settings:update',
  'settings:test-connection',
  'history:list',
  'history:delete',
  'history:clear',
  'history:copy',
  'history:export',
  'history:archives',
  'history:export-archive',
  'overlay:get-state',
  'dictation:toggle',
  'audio:list-devices',
  'app:info',
  'first-run:finish',
  ...MODELS_INVOKE_CHANNELS,
] as const satisfies readonly (keyof InvokeChannels)[];

export const RENDERER_EVENTS = [
  'capture:frame',
  'capture:level',
  'capture:ended',
  'capture:devices',
  'capture:started',
] as const satisfies readonly (keyof RendererEvents)[];

export const MAIN_EVENTS = [
  'capture:start',
  'capture:stop',
  'capture:list-devices',
  'overlay:state',
  'settings:changed',
  'capture:prepare',
  'history:changed',
  'models:progress',
] as const satisfies readonly (keyof MainEvents)[];

type AllListed<Names, List extends readonly unknown[]> = [Exclude<Names, List[number]>] extends [never] ? true : false;
const invokeListed: AllListed<keyof InvokeChannels, typeof INVOKE_CHANNELS> = true;
const rendererListed: AllListed<keyof RendererEvents, typeof RENDERER_EVENTS> = true;
const mainListed: AllListed<keyof MainEvents, typeof MAIN_EVENTS> = true;
void [invokeListed, rendererListed, mainListed];

/** Which page may use which channel: main checks the sender's page against this. */
export type PageName = 'capture' | 'overlay' | 'settings' | 'transcript' | 'first-run' | 'models';

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
