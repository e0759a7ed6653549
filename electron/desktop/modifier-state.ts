// Which modifier keys are down before Voskey sends a key, asked from the source every key
// the user presses passes through (X11: the core keyboard, which XTest input from VNC also
// reaches; Windows: the async key state; macOS: the HID system event state). A held Ctrl
// would turn a typed "w" into Ctrl+W and Backspace into Ctrl+Backspace, so the typing
// worker waits for the release, bounded, and refuses the edit if the key stays down.
// The platform layer (platform/modifier-source.ts) picks the reader for this system.

export interface ModifierState {
  /**
   * The modifier keys down now, by name for messages ("Control_L", "Shift"); empty when
   * none is; undefined when this system cannot tell (the check is then skipped).
   */
  held(): string[] | undefined;
  close(): void;
}

/**
 * Keys were not sent because the user held a modifier past the bound. The typist reports
 * the edit as refused (TypingReport.refused), so it is not counted as typed.
 */
export class ModifierHeldError extends Error {}

/** How long an edit waits for a held modifier to be let go of before it is refused. */
export const MODIFIER_RELEASE_WAIT_MS = 1500;
const POLL_MS = 10;

export interface WaitOptions {
  boundMs?: number;
  /** Blocks for ms: the typing worker is a process of its own, made to block. */
  sleep?: (ms: number) => void;
  now?: () => number;
}

/** Blocks the calling thread (the typing worker's; never the app's main process). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Waits until no modifier is held; returns why the keys must not go out when one still is
 * after the bound, undefined when they may. A reader that fails counts as "cannot tell".
 */
export function waitForModifiersUp(state: ModifierState, options: WaitOptions = {}): string | undefined {
  const bound = options.boundMs ?? MODIFIER_RELEASE_WAIT_MS;
  const sleep = options.sleep ?? sleepSync;
  const now = options.now ?? (() => performance.now());
  const read = (): string[] | undefined => {
    try {
      return state.held();
    } catch {
      return undefined;
    }
  };
  const start = now();
  let held = read();
  while (held?.length && now() - start < bound) {
    sleep(POLL_MS);
    held = read();
  }
  if (!held?.length) return undefined;
  return modifierHeldMessage(held, bound);
}

export function modifierHeldMessage(held: readonly string[], boundMs: number): string {
  const keys = held.join(' + ');
  return `${keys} ${held.length > 1 ? 'were' : 'was'} held for more than ${boundMs / 1000} s, so nothing was typed: with it down the keys would have been shortcuts (Ctrl+W closes a tab)`;
}

/** A reader for systems where modifiers cannot be asked: never holds anything back. */
export const UNKNOWN_MODIFIER_STATE: ModifierState = { held: () => undefined, close: () => {} };
