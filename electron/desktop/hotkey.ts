// Push-to-talk on the global keyboard hook. uiohook-napi runs where key-hook-host.ts puts
// it: a child process on Linux and Windows (it aborts its process without a usable X
// display), Electron's main process on macOS (where a child deadlocks). This side asks the
// platform layer first (X11: display and RECORD; macOS: Accessibility; Wayland: never),
// turns hook events into start/stop (hotkey-state.ts), and reports the hook as unavailable —
// with the reason — if it cannot run, dies, or stops delivering keys (hook-watchdog.ts).
import type { HotkeyMode } from '../settings/types.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { acceleratorKeyNames, parseAccelerator, type ParsedAccelerator } from './accelerator.js';
import type { HookAvailability } from './hook-availability.js';
import { createHookWatchdog, type WatchdogTimers } from './hook-watchdog.js';
import { createHotkeyMachine } from './hotkey-state.js';
import { forkedKeyHook, type KeyHookHost, type KeyHookRun } from './key-hook-host.js';
import { currentPlatformPlan } from './platform/desktop-platform.js';
import { createPlatformGuards } from './platform/permission-guards.js';
import type { TypingActivity } from './typing-activity.js';
import type { StopReason } from './hotkey-press.js';

export { createToggleController, type ToggleController, type StopReason } from './hotkey-press.js';

export interface HoldHotkeyOptions {
  /** Electron accelerator text, or one already parsed. */
  accelerator: string | ParsedAccelerator;
  /** 'hold' (default): down starts, up stops. 'toggle': each press starts or stops. */
  mode?: HotkeyMode;
  /** A lost key-up (or forgotten toggle) ends the utterance after this long. */
  maxHoldMs: number;
  onStart(): void;
  onStop(reason: StopReason): void;
  /** The hook cannot run here (or stopped running); the app should fall back to globalShortcut. */
  onUnavailable(reason: string): void;
  /** The typist's marker: keys seen while we type are ignored. */
  typingActivity?: TypingActivity;
  env?: NodeJS.ProcessEnv;
  /**
   * How long the hook may take to start before the toggle fallback; HOOK_START_TIMEOUT_MS
   * when not given. Tests that fork it from source (tsx) on a loaded machine, or under Wine, need longer.
   */
  startTimeoutMs?: number;
  /** May the hook start here? The platform layer's answer for this system when not given. */
  checkAvailability?: () => Promise<HookAvailability>;
  /** Where the hook runs; a forked worker when not given (key-hook-host.ts). */
  host?: KeyHookHost;
  /** The watchdog's clock (tests). */
  timers?: WatchdogTimers;
}

export interface HoldHotkey {
  /** Resolves true once the hook is watching keys, false if it is unavailable. */
  readonly ready: Promise<boolean>;
  /** Ends an active utterance and stops the hook worker. */
  stop(): void;
  /** Ignore the hotkey, e.g. while the settings window records a new one. */
  pause(): void;
  resume(): void;
}

/** Longer than uiohook needs on a loaded machine (≈0.1–0.5 s), short enough to fall back soon. */
export const HOOK_START_TIMEOUT_MS = 5000;
/** Silence after a hotkey press that means the hook is stuck (hook-watchdog.ts says why 10 s). */
export const HOOK_SILENCE_AFTER_PRESS_MS = 10_000;

export function createHoldHotkey(options: HoldHotkeyOptions): HoldHotkey {
  const env = options.env ?? process.env;
  let hook: KeyHookRun | undefined;
  let stopped = false;
  let settle: (ok: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => (settle = resolve));

  const unavailable = (reason: string): void => {
    settle(false);
    if (!stopped) options.onUnavailable(reason);
  };

  const parsed = typeof options.accelerator === 'string' ? parseAccelerator(options.accelerator) : { ok: true as const, value: options.accelerator };
  if (!parsed.ok) {
    queueMicrotask(() => unavailable(parsed.message));
    return { ready, stop: () => void (stopped = true), pause: () => {}, resume: () => {} };
  }
  const activity = options.typingActivity;
  const keyNames = acceleratorKeyNames(parsed.value);

  // The keyboard devices' state, asked through the hook (X11's worker; null elsewhere).
  const heldOnDevices = (): Promise<Set<string> | null> => hook?.heldOnDevices(keyNames) ?? Promise.resolve(null);

  // A key-up ignored while we typed may have been the user letting go (hold-to-talk would
  // then never end). The keys a device showed held at the start are the ones it can vouch
  // for (keys from VNC arrive through XTest, where no device shows them): once our typing is
  // over, if one of them is up on every device, the user has let go.
  let vouched: Promise<Set<string> | null> = Promise.resolve(null);
  let checking = false;
  const checkRelease = async (): Promise<void> => {
    if (checking || !activity) return;
    checking = true;
    try {
      for (let waited = 0; activity.isTyping() && waited < 5000; waited += 25) await sleep(25);
      const [atStart, now] = await Promise.all([vouched, heldOnDevices()]);
      if (atStart && now && [...atStart].some((key) => !now.has(key))) machine.released();
    } finally {
      checking = false;
    }
  };

  const machine = createHotkeyMachine({
    accelerator: parsed.value,
    mode: options.mode ?? 'hold',
    maxHoldMs: options.maxHoldMs,
    onStart: () => {
      vouched = heldOnDevices();
      watchdog?.pressBegan();
      options.onStart();
    },
    onStop: (reason) => {
      watchdog?.pressEnded();
      options.onStop(reason);
    },
    ...(activity ? { isTyping: () => activity.isTyping(), onIgnoredRelease: () => void checkRelease() } : {}),
  });

  let watchdog: ReturnType<typeof createHookWatchdog> | undefined;
  const failed = (reason: string): void => {
    watchdog?.dispose();
    const run = hook;
    hook = undefined;
    run?.stop();
    if (stopped) return settle(false);
    machine.dispose();
    unavailable(reason);
  };

  void (async () => {
    const check = options.checkAvailability ?? (() => createPlatformGuards(currentPlatformPlan(env), { env }).beforeHook());
    const availability = await check().catch((e: Error) => ({ ok: false as const, reason: e.message }));
    if (stopped) return settle(false);
    if (!availability.ok) return unavailable(availability.reason);
    watchdog = createHookWatchdog({
      startWithinMs: options.startTimeoutMs ?? HOOK_START_TIMEOUT_MS,
      silentAfterPressMs: HOOK_SILENCE_AFTER_PRESS_MS,
      onStuck: failed,
      ...(options.timers ? { timers: options.timers } : {}),
    });
    hook = (options.host ?? forkedKeyHook(env))({
      onReady: () => {
        watchdog?.started();
        settle(true);
      },
      onKey: (event) => {
        watchdog?.sawEvent();
        // A key-up (the hotkey's or a modifier's) is the end of a press the hook delivered whole.
        if (!event.down) watchdog?.pressEnded();
        machine.handle(event);
      },
      onFailure: failed,
    });
    // The hotkey's own key, so the hook can tell the user's presses of it from ours.
    hook.watch?.(parsed.value.keycode, keyNames.at(-1)!);
  })();

  return {
    ready,
    stop() {
      if (stopped) return;
      stopped = true;
      machine.dispose();
      watchdog?.dispose();
      hook?.stop();
      hook = undefined;
    },
    pause: () => machine.pause(),
    resume: () => machine.resume(),
  };
}
