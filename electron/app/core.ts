// Voskey's core: every part of the app composed, in plain Node. The Electron shell
// (electron/main.ts) hosts it and relays windows, IPC and OS services through CoreShell;
// tests host it the same way with real Chromium pages and a real X display, so the whole
// product runs under test except the few lines that need the Electron binary.
import type { AudioDevice, CaptureEnd, CaptureStarted } from '../dictation/capture-types.js';
import type { AudioLevel, OverlayState } from '../dictation/overlay-state.js';
import type { Clipboard } from '../desktop/clipboard.js';
import { currentPlatformPlan, describePlatform } from '../desktop/platform/desktop-platform.js';
import { createPlatformGuards } from '../desktop/platform/permission-guards.js';
import { placeKeyHook } from '../desktop/platform/hook-placement.js';
import { silentMicrophoneMessage } from '../desktop/platform/permission-messages.js';
import { TypingActivity } from '../desktop/typing-activity.js';
import { createX11ActiveWindowProbe, type ActiveWindowProbe } from '../desktop/active-window.js';
import { isLiveFor } from '../dictation/live/app-mode.js';
import { createDesktopTypist, platformClipboard } from '../desktop/typist-desktop.js';
import type { Typist } from '../desktop/typist.js';
import { DictationFormatter } from '../dictation/format/index.js';
import { formattingLanguage } from '../dictation/format/language-choice.js';
import type { TranscriptHistory } from '../dictation/history.js';
import type { TextOutput } from '../dictation/ports.js';
import { DictationSession } from '../dictation/session.js';
import type { Logger } from '../logging/log.js';
import { chooseBuiltinEngine } from '../models/engine-choice.js';
import { engineLanguage } from '../models/engine-language.js';
import type { ModelManager } from '../models/manager.js';
import type { EngineChoice } from '../models/types.js';
import type { FirstRun } from '../settings/first-run.js';
import type { SettingsService } from '../settings/service.js';
import type { PublicSettings, Settings } from '../settings/types.js';
import type { VoskConfig } from '../vosk/protocol.js';
import { VoskRecognition, type ServerTarget } from '../vosk/recognition/index.js';
import { DeviceListRequests } from './device-list.js';
import { BuiltinEngineHost } from './engine-host.js';
import { HotkeyControl } from './hotkey-control.js';
import { createInvokeHandlers, type InvokeHandlers } from './invoke-handlers.js';
import { createMicrophoneGuard, type MicrophoneGuard } from './microphone-guard.js';
import type { CoreOptions, CoreShell } from './shell-port.js';

/** What the tray shows and the shell needs to know about the app, in one read. */
export interface CoreStatus {
  state: OverlayState;
  hotkeyPaused: boolean;
  hotkey: Settings['hotkey'];
  overlayPosition: Settings['overlay']['position'];
  version: string;
  logFile: string;
}

/**
 * The app as its host sees it: a façade. The services it composes stay inside; the host
 * drives it through these methods and the invoke handlers, each built from the few parts
 * it uses.
 */
export class VoskeyCore {
  readonly handlers: InvokeHandlers;

  private readonly version: string;
  private readonly log: Logger;
  private readonly settings: SettingsService;
  private readonly history: TranscriptHistory;
  private readonly models: ModelManager;
  private readonly session: DictationSession;
  private readonly clipboard: Clipboard;
  private readonly firstRun: FirstRun;
  private readonly devices: DeviceListRequests;
  private readonly shell: CoreShell;
  private readonly engineHost: BuiltinEngineHost;
  private readonly formatter: DictationFormatter;
  private readonly typist: Typist;
  private readonly hotkey: HotkeyControl;
  private readonly microphone: MicrophoneGuard;
  private recognition: VoskRecognition;
  private recognitionKey: string;
  private readonly statusListeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private startAtLogin: boolean | undefined;
  private formattingLanguage: string | undefined;
  private audioKey: string;
  private readonly focusProbe: ActiveWindowProbe;
  private lastFocusedWindow: number | undefined;

  constructor(options: CoreOptions) {
    const env = options.env ?? process.env;
    this.shell = options.shell;
    this.version = options.version;
    this.log = options.log;

    this.settings = options.userData.settings;
    this.history = options.userData.history;
    this.models = options.userData.models;
    this.firstRun = options.userData.firstRun;
    const initial = this.settings.get();
    this.protectToken();
    this.devices = new DeviceListRequests(() => options.shell.requestDevices());
    this.engineHost = new BuiltinEngineHost(options.shell.launchEngine, this.log);
    this.recognitionKey = recognitionKey(initial);
    this.audioKey = JSON.stringify(initial.audio);
    this.recognition = this.createRecognition(initial);
    this.formatter = new DictationFormatter(this.formattingFor(initial));
    // The OS and session decide how to type, hear the hotkey and which permissions to check.
    const platform = options.platform ?? currentPlatformPlan(env);
    this.log.info(`platform: ${describePlatform(platform)}`);
    const guards = createPlatformGuards(platform, { env, permissions: options.shell.permissions, log: this.log });
    this.clipboard = platformClipboard(platform, options.shell.clipboard, env);
    // Only X11 lets one client ask which window has the focus; elsewhere (and on Wayland,
    // where XWayland would name a stale window) there is no probe, as for the typist.
    this.focusProbe = options.shell.activeWindow ?? (platform.terminalProbe === 'x11' ? createX11ActiveWindowProbe(env) : { current: async () => undefined });
    const activity = new TypingActivity();
    this.typist = createDesktopTypist(() => this.settings.get().typing, {
      plan: platform,
      ownWindowFocused: () => options.shell.ownWindowFocused(),
      beforeTyping: () => guards.beforeTyping(),
      clipboard: this.clipboard,
      activity,
      env,
      log: this.log,
    });
    this.microphone = createMicrophoneGuard({
      capture: options.shell.capture,
      ...(platform.checks.beforeCapture.length > 0 ? { beforeCapture: () => guards.beforeCapture() } : {}),
      silentSeconds: platform.silentMicrophoneSeconds,
      silentMessage: silentMicrophoneMessage(platform.kind, platform.silentMicrophoneSeconds),
      frame: (pcm) => this.session.onCaptureFrame(pcm),
      ended: (end) => this.session.onCaptureEnded(end),
      log: this.log,
    });

    this.session = new DictationSession({
      capture: this.microphone.capture,
      // Through a getter, so a recognition rebuilt after a settings change serves the next utterance.
      // Each utterance also checks the formatting language: the selected model may have changed.
      recognition: {
        begin: (listener) => {
          this.refreshFormatting();
          return this.recognition.begin(listener);
        },
      },
      formatter: this.formatter,
      output: this.textOutput(),
      history: this.history,
      overlay: (state) => {
        options.shell.overlay(state);
        for (const listener of this.statusListeners) listener();
      },
      captureOptions: () => {
        const audio = this.settings.get().audio;
        return { ...audio };
      },
      log: this.log,
      prepareUtterance: () => this.prepareUtterance(),
      keyCommands: () => this.settings.get().keyCommands.enabled,
      // Hands-free is for toggle mode: in hold mode letting go ends the utterance.
      autoStopSeconds: () => {
        const settings = this.settings.get();
        return settings.hotkey.mode === 'toggle' ? settings.handsFree.autoStopSeconds : 0;
      },
    });

    const hookPlace = placeKeyHook(platform, options.shell.keyHookHost);
    this.hotkey = new HotkeyControl({
      session: this.session,
      activity,
      registerToggleShortcut: (accelerator, toggle) => options.shell.registerToggleShortcut(accelerator, toggle),
      notify: (message) => this.notify(message),
      log: this.log,
      env,
      hookAvailability: 'refusal' in hookPlace ? async () => ({ ok: false, reason: hookPlace.refusal }) : () => guards.beforeHook(),
      ...('run' in hookPlace ? { hookHost: hookPlace.run } : {}),
    });

    this.handlers = createInvokeHandlers({
      settings: this.settings,
      history: this.history,
      clipboard: this.clipboard,
      session: this.session,
      devices: this.devices,
      models: this.models,
      firstRun: this.firstRun,
      app: { version: this.version, logFile: this.log.file, builtinEngine: () => this.builtinEngine() },
      builtinEngineUrl: () => this.builtinEngineUrl(),
      chooseExportPath: (name) => options.shell.chooseExportPath(name),
    });
    this.cleanups.push(
      this.settings.onChange((settings) => this.applySettings(settings)),
      this.history.onChange(() => options.shell.broadcast('history:changed')),
      this.models.onProgress((progress) => options.shell.broadcast('models:progress', progress)),
    );
  }

  /** Bring the app up: tell the user what startup found, listen for the hotkey, warm the server. */
  start(): void {
    for (const notice of [...this.settings.startupNotices, ...this.history.startupNotices]) this.notify(notice);
    const settings = this.settings.get();
    this.hotkey.apply(settings.hotkey);
    this.applyStartAtLogin(settings.startAtLogin);
    // Warm the capture page's audio processing (and hold the mic, if asked) before the first key press.
    this.session.prepareCapture();
    // A Space may be asleep: start waking it now rather than at the first key press.
    if (settings.server.url) void this.recognition.warmUp().catch(() => {});
  }

  /** First run is offered until the user finishes it or sets a server some other way. */
  needsFirstRun(): boolean {
    return this.firstRun.needed();
  }

  /** The recognizer the built-in engine runs now (the one the user chose in settings), or why there is none. */
  builtinEngine(): EngineChoice {
    const { kind, modelDir } = this.settings.get().engine;
    return chooseBuiltinEngine({ kind, modelDir, library: this.models.library });
  }

  /** The built-in engine's URL, starting it if needed (also used by "test connection"). */
  async builtinEngineUrl(): Promise<string> {
    const choice = this.builtinEngine();
    if (choice.engine === 'none') throw new Error(choice.message);
    return this.engineHost.url(choice);
  }

  get state(): OverlayState {
    return this.session.state;
  }

  /** The tray's Start/Stop dictation (a second call stops what the first started). */
  toggleDictation(): void {
    this.session.toggle();
  }

  /** Resolves once the current utterance, if any, is typed and the session is idle. */
  whenIdle(): Promise<void> {
    return this.session.whenIdle();
  }

  status(): CoreStatus {
    const settings = this.settings.get();
    return {
      state: this.session.state,
      hotkeyPaused: this.hotkey.paused,
      hotkey: settings.hotkey,
      overlayPosition: settings.overlay.position,
      version: this.version,
      logFile: this.log.file,
    };
  }

  /** Something status() reports changed: the dictation state or a setting. */
  onStatusChange(listener: () => void): () => void {
    this.statusListeners.add(listener);
    const offSettings = this.settings.onChange(() => listener());
    return () => {
      this.statusListeners.delete(listener);
      offSettings();
    };
  }

  setHotkeyPaused(paused: boolean): void {
    this.hotkey.setPaused(paused);
  }

  /** Resolves true once hold-to-talk is listening, false when it fell back or failed. */
  hotkeyReady(): Promise<boolean> {
    return this.hotkey.ready();
  }

  // Capture page → core (the shell's IPC router, or the test harness, calls these).
  onCaptureFrame(pcm: ArrayBuffer | Uint8Array): void {
    const bytes = pcm instanceof Uint8Array ? pcm : new Uint8Array(pcm);
    this.microphone.frame(bytes);
  }

  onCaptureLevel(level: AudioLevel): void {
    this.session.onCaptureLevel(level);
  }

  onCaptureStarted(started: CaptureStarted): void {
    this.session.onCaptureStarted(started);
  }

  onCaptureEnded(end: CaptureEnd): void {
    this.microphone.ended(end);
  }

  onCaptureDevices(devices: AudioDevice[]): void {
    this.devices.answer(devices);
  }

  /** The capture page (re)loaded: a message sent before that was lost, so prepare it again. */
  onCapturePageLoaded(): void {
    this.session.prepareCapture();
  }

  notify(message: string): void {
    this.log.warn(message);
    this.shell.notify(message);
  }

  async shutdown(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.hotkey.stop();
    if (this.session.isCapturing) this.session.stop();
    await Promise.race([this.session.whenIdle(), delay(5000)]);
    await this.recognition.close();
    this.engineHost.stop();
    await this.typist.close();
    await this.history.close();
  }

  private textOutput(): TextOutput {
    return {
      apply: async (edit) => {
        // Live text goes in while the hotkey is held, its modifiers released around it;
        // anything else waits for the keys to come up.
        const releaseHeldKeys = edit.live ? this.hotkey.heldKeys() : [];
        if (releaseHeldKeys.length === 0) await this.hotkey.whenKeysReleased();
        const report = await this.typist.apply({
          backspaces: edit.backspaces,
          text: edit.text,
          ...(edit.caretBack ? { caretBack: edit.caretBack } : {}),
          ...(edit.append ? { append: edit.append } : {}),
          ...(edit.keys ? { keys: edit.keys } : {}),
          ...(releaseHeldKeys.length ? { releaseHeldKeys } : {}),
        });
        if (report.refused) throw new Error(report.refused);
      },
    };
  }

  /**
   * Before each utterance: which window will receive it. Focus moved since the last one →
   * the formatter starts afresh (no leading space, a capital, nothing to scratch: that text
   * is in another window). Its class picks live or final-only typing.
   */
  private async prepareUtterance(): Promise<{ live: boolean }> {
    const window = await this.focusProbe.current().catch(() => undefined);
    if (window && this.lastFocusedWindow !== undefined && window.id !== this.lastFocusedWindow) {
      this.log.info('focus moved to another window: starting a fresh sentence');
      this.formatter.resetContext();
    }
    if (window) this.lastFocusedWindow = window.id;
    return { live: isLiveFor(this.settings.get().live, window?.wmClass) };
  }

  private createRecognition(settings: Settings): VoskRecognition {
    return new VoskRecognition({
      resolveServer: () => this.resolveServer(),
      config: () => this.voskConfig(),
      fallback: { label: 'the built-in engine', server: () => this.fallbackServer() },
      bufferSeconds: settings.connection.bufferSeconds,
      idleCloseSeconds: settings.connection.idleCloseSeconds,
      log: this.log,
    });
  }

  private async resolveServer(): Promise<ServerTarget> {
    const settings = this.settings.get();
    if (!settings.server.url) return { url: await this.builtinEngineUrl() };
    const token = this.settings.getToken();
    return token ? { url: settings.server.url, token } : { url: settings.server.url };
  }

  /** The built-in engine, when a server is set, falling back is on, and an engine is installed. */
  private async fallbackServer(): Promise<ServerTarget | undefined> {
    const settings = this.settings.get();
    if (!settings.server.url || !settings.server.fallbackToBuiltin) return undefined;
    if (this.builtinEngine().engine === 'none') return undefined;
    return { url: await this.builtinEngineUrl() };
  }

  private voskConfig(): VoskConfig {
    const phrases = this.settings.get().formatting.phraseList;
    return { sample_rate: 16000, ...(phrases.length > 0 ? { phrase_list: phrases } : {}) };
  }

  private applySettings(settings: PublicSettings): void {
    this.shell.broadcast('settings:changed', settings);
    this.protectToken();
    this.formatter.setOptions(this.formattingFor(settings));
    this.history.setMaxEntries(settings.history.maxEntries);
    this.hotkey.apply(settings.hotkey);
    this.applyStartAtLogin(settings.startAtLogin);
    const audioKey = JSON.stringify(settings.audio);
    if (audioKey !== this.audioKey) {
      // Another device, or "keep the microphone ready" switched: the idle capture page follows now.
      this.audioKey = audioKey;
      this.session.prepareCapture();
    }
    const key = recognitionKey(settings);
    if (key !== this.recognitionKey) {
      // Buffer and idle limits are fixed per recognition: build a new one for the next utterance.
      const old = this.recognition;
      this.recognitionKey = key;
      this.recognition = this.createRecognition(settings);
      void old.close();
    }
  }

  /** Formatting settings with 'auto' resolved to the language being recognised. */
  private formattingFor(settings: Settings): Settings['formatting'] {
    const auto = settings.formatting.language === 'auto' && !settings.server.url;
    const language = formattingLanguage(settings, auto ? engineLanguage(this.builtinEngine()) : null);
    this.formattingLanguage = language;
    return { ...settings.formatting, language };
  }

  private refreshFormatting(): void {
    const settings = this.settings.get();
    const before = this.formattingLanguage;
    const options = this.formattingFor(settings);
    if (options.language !== before) this.formatter.setOptions(options);
  }

  /** Only when it changes: the OS login item is written to disk each time. */
  private applyStartAtLogin(enabled: boolean): void {
    if (enabled === this.startAtLogin) return;
    this.startAtLogin = enabled;
    this.shell.applyStartAtLogin(enabled);
  }

  /** The token must never reach the log, whatever a library puts in an error message. */
  private protectToken(): void {
    const token = this.settings.getToken();
    if (token) this.log.redactor.addSecret(token);
  }
}

function recognitionKey(settings: Settings): string {
  return JSON.stringify(settings.connection);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
