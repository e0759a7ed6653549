// Keeps the global hotkey in step with the settings: true hold-to-talk through the
// keyboard hook (uiohook, key-up included) where it can run, and otherwise — Wayland, no X
// RECORD extension, a hook that died — the OS global shortcut as a toggle, with the user
// told why. A changed hotkey or mode takes effect at once, without a restart.

import { acceleratorKeyNames, parseAccelerator } from '../desktop/accelerator.js';
import { createHoldHotkey, createToggleController, type HoldHotkey } from '../desktop/hotkey.js';
import type { HookAvailability } from '../desktop/hook-availability.js';
import type { KeyHookHost } from '../desktop/key-hook-host.js';
import type { TypingActivity } from '../desktop/typing-activity.js';
import type { DictationSession } from '../dictation/session.js';
import type { Settings } from '../settings/types.js';
import type { ShortcutResult } from './shell-port.js';
import type { LogSink } from '../logging/log.js';

export interface HotkeyControlParts {
  session: Pick<DictationSession, 'start' | 'stop'>;
  activity: TypingActivity;
  registerToggleShortcut(accelerator: string, toggle: () => void): ShortcutResult;
  notify(message: string): void;
  log: LogSink;
  env?: NodeJS.ProcessEnv;
  /** The platform layer's check before the keyboard hook starts (see desktop/platform/). */
  hookAvailability?: () => Promise<HookAvailability>;
  /** Where the hook runs; a forked worker when not given (desktop/key-hook-host.ts). */
  hookHost?: KeyHookHost;
  /**
   * Added to the notice when the global shortcut stands in for the hook: on Wayland, which
   * compositor binding to use when the portal shortcut is missing or did not bind
   * (desktop/wayland-compositor.ts), since a successful register() proves nothing there.
   */
  shortcutAdvice?: string;
}

type HotkeySettings = Settings['hotkey'];

export class HotkeyControl {
  private current: HotkeySettings | undefined;
  private hook: HoldHotkey | undefined;
  private fallback: { unregister(): void } | undefined;
  private isPaused = false;
  private held = false;
  private releaseWaiters: (() => void)[] = [];
  /** The notice of the hotkey's fallback, while it stands in for the hook (Settings shows it). */
  private fallbackNotice: string | undefined;

  constructor(private readonly parts: HotkeyControlParts) {}

  /**
   * Why the hotkey does not work as set, and what to do (on Wayland: the compositor binding
   * to use, since the portal may be missing or accept a shortcut without binding it);
   * undefined while the keyboard hook runs as set.
   */
  notice(): string | undefined {
    return this.fallbackNotice;
  }

  ready(): Promise<boolean> {
    return this.hook?.ready ?? Promise.resolve(false);
  }

  get paused(): boolean {
    return this.isPaused;
  }

  apply(settings: HotkeySettings): void {
    if (this.current && JSON.stringify(this.current) === JSON.stringify(settings)) return;
    this.stop();
    this.current = { ...settings };
    const maxMs = settings.maxUtteranceSeconds * 1000;
    const hook = createHoldHotkey({
      accelerator: settings.accelerator,
      mode: settings.mode,
      maxHoldMs: maxMs,
      onStart: () => {
        this.held = settings.mode === 'hold';
        this.parts.session.start();
      },
      onStop: () => {
        this.release();
        this.parts.session.stop();
      },
      onUnavailable: (reason) => {
        if (this.hook !== hook) return;
        this.hook = undefined;
        this.useGlobalShortcut(settings, reason);
      },
      typingActivity: this.parts.activity,
      ...(this.parts.env ? { env: this.parts.env } : {}),
      ...(this.parts.hookAvailability ? { checkAvailability: this.parts.hookAvailability } : {}),
      ...(this.parts.hookHost ? { host: this.parts.hookHost } : {}),
    });
    this.hook = hook;
    if (this.isPaused) hook.pause();
    void hook.ready.then((ok) => ok && this.parts.log.info(`hotkey: ${settings.mode} ${settings.accelerator} through the keyboard hook`));
  }

  /**
   * Resolves once the hold-to-talk keys are up. Text that arrives mid-utterance (a pause
   * between sentences) must wait: typed while Control+Alt are held, "a" would be Ctrl+Alt+A
   * and a paste would be Ctrl+Alt+V.
   */
  /**
   * The keys of the hold-to-talk hotkey while the user holds them (robotjs names, modifiers
   * first), or [] when it is not held. Live typing releases them around its keys.
   */
  heldKeys(): string[] {
    if (!this.held || !this.current) return [];
    const parsed = parseAccelerator(this.current.accelerator);
    if (!parsed.ok) return [];
    return acceleratorKeyNames(parsed.value);
  }

  /**
   * True unless the hold-to-talk keys are held: nothing but silence can end an utterance
   * the toggle hotkey, the toggle fallback of a hold hotkey (Wayland, no RECORD) or the tray
   * started, so hands-free auto-stop applies to it whatever the hotkey mode setting says.
   */
  handsFree(): boolean {
    return !this.held;
  }

  whenKeysReleased(): Promise<void> {
    if (!this.held) return Promise.resolve();
    return new Promise((resolve) => this.releaseWaiters.push(resolve));
  }

  setPaused(paused: boolean): void {
    this.isPaused = paused;
    if (paused) this.hook?.pause();
    else this.hook?.resume();
  }

  stop(): void {
    this.release();
    this.hook?.stop();
    this.hook = undefined;
    this.fallback?.unregister();
    this.fallback = undefined;
    this.fallbackNotice = undefined;
    this.current = undefined;
  }

  private release(): void {
    this.held = false;
    for (const resolve of this.releaseWaiters.splice(0)) resolve();
  }

  private useGlobalShortcut(settings: HotkeySettings, reason: string): void {
    const toggle = createToggleController({
      onStart: () => this.parts.session.start(),
      onStop: () => this.parts.session.stop(),
      maxMs: settings.maxUtteranceSeconds * 1000,
    });
    const registered = this.parts.registerToggleShortcut(settings.accelerator, () => {
      if (!this.isPaused) toggle.press();
    });
    const unregister = registered.ok ? registered.unregister : () => {};
    if (registered.ok) {
      // Stopping the fallback also ends an utterance it started, as stopping the hook does.
      this.fallback = {
        unregister: () => {
          unregister();
          toggle.stop();
        },
      };
      const how = settings.mode === 'hold' ? 'Hold-to-talk is not available' : 'The keyboard hook is not available';
      this.fallbackNotice = withAdvice(`${how} (${reason}). Press ${settings.accelerator} once to start dictating and again to stop.`, this.parts.shortcutAdvice);
    } else {
      this.fallbackNotice = withAdvice(`No hotkey: ${registered.message} Use the tray menu to start and stop dictation.`, this.parts.shortcutAdvice);
    }
    this.parts.notify(this.fallbackNotice);
  }
}

function withAdvice(message: string, advice: string | undefined): string {
  return advice ? `${message} ${advice}` : message;
}
