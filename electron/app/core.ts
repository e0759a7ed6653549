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
import type { ActiveWindowProbe } from '../desktop/active-window.js';
import { createFocusProbe } from '../desktop/platform/focus-probe.js';
import { detectCompositor, waylandShortcutNotice } from '../desktop/wayland-compositor.js';
import { isLiveFor } from '../dictation/live/app-mode.js';
import { isTerminal } from '../desktop/paste-keys.js';
import { createDesktopTypist, platformClipboard } from '../desktop/typist-desktop.js';
import type { Typist } from '../desktop/typist.js';
import { DictationFormatter } from '../dictation/format/index.js';
import { formattingLanguage } from '../dictation/format/language-choice.js';
import type { TranscriptHistory } from '../dictation/history.js';
import type { TextOutput, WindowIdentity } from '../dictation/ports.js';
import { DictationSession, type PreparedUtterance } from '../dictation/session.js';
import type { Logger } from '../logging/log.js';
import { chooseBuiltinEngine } from '../models/engine-choice.js';
import { engineLanguage } from '../models/engine-language.js';
import type { ModelManager } from '../models/manager.js';
import type { EngineChoice } from '../models/types.js';
import type { FirstRun } from '../settings/first-run.js';
import type { SettingsService } from '../settings/service.js';
import type { DictationLanguage, PublicSettings, Settings } from '../settings/types.js';
import type { VoskConfig } from '../vosk/protocol.js';
import { VoskRecognition, type ServerTarget } from '../vosk/recognition/index.js';
import { ChoiceKeys } from './choice-keys.js';
import { DeviceListRequests } from './device-list.js';
import { BuiltinEngineHost } from './engine-host.js';
import { HotkeyControl } from './hotkey-control.js';
import type { ControlAddress } from '../control/control-address.js';
import { listenForControl, type ControlServer } from '../control/control-server.js';
import { controlSession } from '../control/session-control.js';
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
  private readonly choiceKeys: ChoiceKeys;
  private recognition: VoskRecognition;
  private recognitionKey: string;
  private readonly statusListeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private startAtLogin: boolean | undefined;
  private formattingLanguage: string | undefined;
  private audioKey: string;
  private readonly focusProbe: ActiveWindowProbe;
  /** Why the focused window cannot be known, once logged (xdotool missing, …). */
  private focusProblemLogged: string | undefined;
  private lastFocusedWindow: WindowIdentity['id'] | undefined;
  private unknownTargetLogged = false;
  private readonly controlAddress: ControlAddress | undefined;
  private control: Promise<ControlServer | undefined> = Promise.resolve(undefined);

  constructor(options: CoreOptions) {
    this.controlAddress = options.control;
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
    // Each platform's own probe (X11, Windows, macOS, the Wayland compositor's IPC for sway
    // and Hyprland); one that answers undefined where it cannot be known. The typist asks the same probe.
    this.focusProbe = options.shell.activeWindow ?? createFocusProbe(platform.focusProbe, env);
    const activity = new TypingActivity();
    this.typist = createDesktopTypist(() => this.settings.get().typing, {
      plan: platform,
      ownWindowFocused: () => options.shell.ownWindowFocused(),
      beforeTyping: () => guards.beforeTyping(),
      clipboard: this.clipboard,
      activity,
      env,
      log: this.log,
      activeWindow: this.focusProbe,
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
        this.choiceKeys.follow(state.choices.length);
        for (const listener of this.statusListeners) listener();
      },
      captureOptions: () => {
        const audio = this.settings.get().audio;
        return { ...audio };
      },
      log: this.log,
      prepareUtterance: () => this.prepareUtterance(),
      // Asked before every edit: corrections go only into the window the utterance started in.
      focusedWindow: () => this.focusProbe.current().catch(() => undefined),
      // Its last words went on in another window as a fresh sentence: that is the window now.
      focusMoved: (window) => void (this.lastFocusedWindow = window.id),
      keyCommands: () => this.settings.get().keyCommands.enabled,
      // Hands-free is for utterances no held key ends: toggle mode, but also a hold hotkey
      // that fell back to the toggle shortcut, and dictation started from the tray.
      autoStopSeconds: () => (this.hotkey.handsFree() ? this.settings.get().handsFree.autoStopSeconds : 0),
      markBelowConfidence: () => this.settings.get().confidence.markBelowPercent / 100,
    });

    const grabKeys = options.shell.grabKeys;
    this.choiceKeys = new ChoiceKeys(grabKeys && ((keys, pressed) => grabKeys.call(options.shell, keys, pressed)), (number) => this.session.choose(number), this.log);
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
      ...(platform.kind === 'linux-wayland' ? { shortcutAdvice: waylandShortcutNotice(detectCompositor(env)) } : {}),
    });

    this.handlers = createInvokeHandlers({
      settings: this.settings,
      history: this.history,
      clipboard: this.clipboard,
      session: this.session,
      devices: this.devices,
      models: this.models,
      firstRun: this.firstRun,
      app: { version: this.version, logFile: this.log.file, builtinEngine: () => this.builtinEngine(), focusUnknown: () => this.focusUnknown(), hotkeyNotice: () => this.hotkey.notice() },
      builtinEngineUrl: () => this.builtinEngineUrl(),
      chooseExportPath: (name) => options.shell.chooseExportPath(name),
      // A formatter of its own: the dictation formatter's context belongs to the focused window.
      // (formattingFor is not used here: it records the language refreshFormatting compares against.)
      formatReading: (raw) => new DictationFormatter({ ...this.settings.get().formatting, language: (this.formattingLanguage ?? 'en') as DictationLanguage }).partial(raw),
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
    this.listenForControl();
  }

  /**
   * `voskey control begin|end|toggle|cancel` from a compositor's key binding, where the
   * keyboard hook cannot hear key releases (Wayland) or a portal shortcut did not bind.
   */
  private listenForControl(): void {
    const address = this.controlAddress;
    if (!address) return;
    this.control = listenForControl(address, (action) => {
      this.log.info(`voskey control ${action}`);
      return controlSession(this.session, action);
    }).catch((error: Error) => {
      this.notify(`"voskey control" cannot reach this Voskey: ${error.message}.`);
      return undefined;
    });
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
    this.choiceKeys.follow(0);
    await (await this.control)?.close();
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
   * Before each utterance: which window will receive it (its target, checked again before
   * every edit). Focus moved since the last one → the formatter starts afresh (no leading
   * space, a capital, nothing to scratch: that text is in another window). Its class picks
   * live or final-only typing; a window that cannot be named gets final-only typing, since
   * no correction could be checked against it.
   */
  private async prepareUtterance(): Promise<PreparedUtterance> {
    const window = await this.focusProbe.current().catch(() => undefined);
    const problem = window ? undefined : this.focusProbe.problem?.();
    if (problem && problem !== this.focusProblemLogged) this.log.warn((this.focusProblemLogged = problem));
    if (window && this.lastFocusedWindow !== undefined && window.id !== this.lastFocusedWindow) {
      this.log.info('focus moved to another window: starting a fresh sentence');
      this.formatter.resetContext();
    }
    if (window) this.lastFocusedWindow = window.id;
    const live = isLiveFor(this.settings.get().live, window?.wmClass);
    if (live && !window && !this.unknownTargetLogged) {
      this.unknownTargetLogged = true;
      this.log.info('live typing is on, but the focused window cannot be named here: typing each sentence when it is final');
    }
    // A terminal's line editor is not a text box: editing commands that move the caret are refused there.
    return window ? { live, target: window, ...(isTerminal(window.wmClass) ? { caretMoves: false } : {}) } : { live: false };
  }

  /**
   * Why live typing falls back to final-only here: the focused window cannot be named, so
   * no correction could be checked against it. Asked while Settings is open, when Voskey's
   * own window has the focus: any named window will do.
   */
  private async focusUnknown(): Promise<string | undefined> {
    if (await this.focusProbe.current().catch(() => undefined)) return undefined;
    // A probe's own sentence (xdotool missing: what to install) is said as it is; a reason
    // that only names the cause is put into the sentence Settings shows.
    const problem = this.focusProbe.problem?.();
    if (problem && /cannot tell which window/.test(problem)) return problem;
    return `Voskey cannot tell which window has the focus (${problem ?? 'not on this system yet'}), so live typing types each sentence when it is final.`;
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
    const settings = this.settings.get();
    const phrases = settings.formatting.phraseList;
    // Alternatives for "correct that": a server that does not know max_alternatives ignores it.
    const alternatives = settings.recognition.alternatives;
    return {
      sample_rate: 16000,
      ...(phrases.length > 0 ? { phrase_list: phrases } : {}),
      ...(alternatives > 0 ? { max_alternatives: alternatives } : {}),
      ...this.confidenceConfig(),
    };
  }

  /**
   * Marking unsure words needs confidences: `words` gives each word its conf in plain finals
   * (with max_alternatives a Vosk server ignores it for conf, and the readings are used).
   */
  private confidenceConfig(): Pick<VoskConfig, 'words'> {
    return this.settings.get().confidence.markBelowPercent > 0 ? { words: true } : {};
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
  // The config (max_alternatives) goes out once per socket: a change needs a new one.
  return JSON.stringify([settings.connection, settings.recognition]);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
