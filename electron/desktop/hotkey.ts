// Push-to-talk on the global keyboard hook. uiohook-napi runs in a child process
// (hotkey-hook-worker.ts) because it aborts its process without a usable X display; this
// side asks the platform layer first (X11: display and RECORD; macOS: Accessibility;
// Wayland: never), turns worker events into start/stop (hotkey-state.ts), and
// reports the hook as unavailable — with the reason — if it cannot run or dies.
import type { ChildProcess } from 'node:child_process';
import type { HotkeyMode } from '../settings/types.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { acceleratorKeyNames, parseAccelerator, type ParsedAccelerator } from './accelerator.js';
import { describeExit, forkWorker } from './fork-worker.js';
import type { HookAvailability } from './hook-availability.js';
import type { HookWorkerMessage, HookWorkerRequest } from './hotkey-hook-worker.js';
import { createHotkeyMachine } from './hotkey-state.js';
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
   * How long the hook worker may take to start before the toggle fallback; HOOK_START_TIMEOUT_MS
   * when not given. Tests that fork it from source (tsx) on a loaded machine, or under Wine, need longer.
   */
  startTimeoutMs?: number;
  /** May the hook start here? The platform layer's answer for this system when not given. */
  checkAvailability?: () => Promise<HookAvailability>;
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

export function createHoldHotkey(options: HoldHotkeyOptions): HoldHotkey {
  const env = options.env ?? process.env;
  const startTimeoutMs = options.startTimeoutMs ?? HOOK_START_TIMEOUT_MS;
  let worker: ChildProcess | undefined;
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

  // The keyboard devices' state, asked through the hook worker (X11; null elsewhere).
  let nextQuery = 1;
  const queries = new Map<number, (held: string[] | null) => void>();
  const heldOnDevices = (): Promise<Set<string> | null> =>
    new Promise((resolve) => {
      const child = worker;
      if (!child?.connected) return resolve(null);
      const id = nextQuery++;
      const timer = setTimeout(() => queries.delete(id) && resolve(null), 1000);
      queries.set(id, (held) => {
        clearTimeout(timer);
        resolve(held ? new Set(held) : null);
      });
      const request: HookWorkerRequest = { type: 'held', id, keys: keyNames };
      child.send(request);
    });

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
      options.onStart();
    },
    onStop: options.onStop,
    ...(activity ? { isTyping: () => activity.isTyping(), onIgnoredRelease: () => void checkRelease() } : {}),
  });

  void (async () => {
    const check = options.checkAvailability ?? (() => createPlatformGuards(currentPlatformPlan(env), { env }).beforeHook());
    const availability = await check().catch((e: Error) => ({ ok: false as const, reason: e.message }));
    if (stopped) return settle(false);
    if (!availability.ok) return unavailable(availability.reason);
    const child = forkWorker('hotkey-hook-worker', env);
    worker = child;
    let error: string | undefined;
    // uiohook given a display it cannot open usually aborts, but sometimes hangs in its
    // start call instead: a hook that is not up in time is treated as unavailable.
    const startTimer = setTimeout(() => {
      error = `the keyboard hook did not start within ${startTimeoutMs / 1000} s`;
      child.kill('SIGKILL');
    }, startTimeoutMs);
    child.on('message', (m: HookWorkerMessage) => {
      if (m.type === 'key') machine.handle(m.event);
      else if (m.type === 'held') {
        queries.get(m.id)?.(m.held);
        queries.delete(m.id);
      }
      else if (m.type === 'ready') {
        clearTimeout(startTimer);
        settle(true);
      } else error = m.message;
    });
    child.on('error', (e) => (error ??= e.message));
    child.on('exit', (code, signal) => {
      clearTimeout(startTimer);
      worker = undefined;
      if (stopped) return settle(false);
      machine.dispose();
      unavailable(error ?? `the keyboard hook stopped: ${describeExit(code, signal)}`);
    });
  })();

  return {
    ready,
    stop() {
      if (stopped) return;
      stopped = true;
      machine.dispose();
      const child = worker;
      if (!child) return;
      // Let uiohook close its RECORD context itself; kill only if it does not exit soon.
      const request: HookWorkerRequest = { type: 'stop' };
      if (child.connected) child.send(request);
      setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), 1000).unref();
    },
    pause: () => machine.pause(),
    resume: () => machine.resume(),
  };
}
