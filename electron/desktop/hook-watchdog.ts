// Notices a keyboard hook that is alive but useless, so the app can fall back to the toggle
// shortcut instead of waiting for key events that will never come:
// - it never starts: uiohook given an X display it cannot use sometimes hangs in its start
//   call instead of aborting; a hook that is not up within `startWithinMs` has failed.
// - it stops delivering: the macOS deadlock (key-hook-host.ts) shows exactly so — the first
//   key press is delivered, then the hook thread waits forever on the main dispatch queue
//   and nothing follows. A held key is followed by auto-repeat key-downs (every ≈30–80 ms
//   once the repeat delay, at most ≈2 s on macOS, has passed) and then by its key-up, so
//   silence for `silentAfterPressMs` after a hotkey press while the hold lasts means the
//   hook is stuck. The one honest false alarm: a user who switched key repeat off and holds
//   the hotkey longer than that without touching another key — the limit is well above a
//   normal press and the fallback still dictates, only as a toggle.
// Plain logic with an injected timer, tested in test/desktop/hook-watchdog.test.ts.

export interface WatchdogTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HookWatchdogOptions {
  startWithinMs: number;
  silentAfterPressMs: number;
  /** Called once, with the reason, when the hook is judged stuck. */
  onStuck(reason: string): void;
  timers?: WatchdogTimers;
}

export interface HookWatchdog {
  /** The hook reported that it watches keys. */
  started(): void;
  /** Any key event from the hook. */
  sawEvent(): void;
  /** The hotkey was pressed and a hold (or toggle press) began: events must keep coming until it ends. */
  pressBegan(): void;
  /** The hotkey's key-up came, or the utterance ended otherwise. */
  pressEnded(): void;
  dispose(): void;
}

const realTimers: WatchdogTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function createHookWatchdog(options: HookWatchdogOptions): HookWatchdog {
  const timers = options.timers ?? realTimers;
  let done = false;
  let pressed = false;
  let silence: unknown;
  const stuck = (reason: string): void => {
    if (done) return;
    done = true;
    timers.clearTimeout(silence);
    options.onStuck(reason);
  };
  const startTimer = timers.setTimeout(() => stuck(`the keyboard hook did not start within ${options.startWithinMs / 1000} s`), options.startWithinMs);
  const armSilence = (): void => {
    timers.clearTimeout(silence);
    silence = timers.setTimeout(
      () => stuck(`the keyboard hook stopped delivering keys: nothing came for ${options.silentAfterPressMs / 1000} s after the hotkey was pressed, not even its release`),
      options.silentAfterPressMs,
    );
  };
  return {
    started: () => timers.clearTimeout(startTimer),
    sawEvent() {
      if (pressed && !done) armSilence();
    },
    pressBegan() {
      if (done) return;
      pressed = true;
      armSilence();
    },
    pressEnded() {
      pressed = false;
      timers.clearTimeout(silence);
    },
    dispose() {
      done = true;
      timers.clearTimeout(startTimer);
      timers.clearTimeout(silence);
    },
  };
}
