// Types text by pasting it: the only fast path that is exact for any Unicode text.
//
// The hard part is giving the user's clipboard back. The target application fetches our
// text only after it has processed the paste keys, asynchronously, and may fetch more than
// once: Chromium makes two requests for every paste (≈5 ms apart on a quiet machine,
// measured under Xvfb with xclip -verbose) and inserts the text from one of them. Restoring
// while a fetch is still to come pastes the old clipboard or nothing. CI lost pastes this
// way three times: after a fixed 80 ms, and then after "fetched, then quiet for 100 ms" when
// Chromium was descheduled between its two requests (reproduced by stopping Chromium for
// 150 ms out of every 200: 4 of 30 pastes lost).
//
// So the restore is taken off the typing path: paste() returns once the keys are pressed,
// and the clipboard goes back in the background once the target has been quiet for a whole
// second (restoreQuietMs). Keystrokes after a paste need no wait: X delivers them after the
// paste keys and the target handles its input in order. A following paste waits only until
// the previous target has fetched (targetQuietMs), then takes over the saved clipboard.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clipboard, ClipboardSnapshot, TextOffer } from './clipboard.js';
import type { KeySender } from './key-sender.js';
import { pasteTap, type ConcretePasteKeys } from './paste-keys.js';

export interface PasteTiming {
  /** Give up if the clipboard does not show our text within this long. */
  setTimeoutMs: number;
  /**
   * Where the clipboard can tell (offerText): the target is taken to be done with a paste
   * once it has fetched and then asked for nothing more for this long, or after
   * `targetTimeoutMs` if it never fetches. A following paste waits for that.
   */
  targetQuietMs: number;
  targetTimeoutMs: number;
  /**
   * Where the clipboard cannot tell (Electron's, the system stores on Windows and macOS):
   * a following paste waits this long after the keys. 300 ms is espanso's default
   * `restore_clipboard_delay`, chosen there for the same reason.
   */
  blindTargetMs: number;
  /** The user's clipboard goes back once the target has been done for this long. */
  restoreQuietMs: number;
}

export const DEFAULT_PASTE_TIMING: PasteTiming = {
  setTimeoutMs: 1000,
  targetQuietMs: 100,
  targetTimeoutMs: 3000,
  blindTargetMs: 300,
  restoreQuietMs: 1000,
};

export interface Paster {
  /** Pastes `text` at the caret; resolves once the paste keys are pressed. */
  paste(text: string, pasteKeys: ConcretePasteKeys): Promise<void>;
  /** Gives the user's clipboard back now if a paste still holds it (before quitting). */
  flush(): Promise<void>;
}

/** A paste whose text is still on the clipboard, with the user's clipboard to give back. */
interface HeldClipboard {
  saved: ClipboardSnapshot;
  /** Resolves when the target has fetched the text (or could have). */
  targetDone: Promise<void>;
  /** Stops the background restore; says whether the clipboard still holds our text. */
  takeBack(): Promise<boolean>;
  /** Restores now, unless the user has put something else on the clipboard meanwhile. */
  restoreNow(): Promise<void>;
}

export function createPaster(
  clipboard: Clipboard,
  keys: KeySender,
  timing: PasteTiming,
  onRestoreError: (error: unknown) => void,
): Paster {
  let held: HeldClipboard | undefined;

  async function paste(text: string, pasteKeys: ConcretePasteKeys): Promise<void> {
    let saved: ClipboardSnapshot | undefined;
    if (held) {
      const previous = held;
      held = undefined;
      await previous.targetDone;
      // The clipboard still holds the previous paste: the user's own is the one it saved.
      if (await previous.takeBack()) saved = previous.saved;
    }
    saved ??= await clipboard.read();
    let pressed = false;
    try {
      const offer = clipboard.offerText ? await clipboard.offerText(text) : undefined;
      if (!offer) await clipboard.writeText(text);
      await waitUntilSet(clipboard, text, timing.setTimeoutMs);
      // The read-back that matched was a transfer too, and xclip reports it a moment after
      // the reader has its text: wait for that report, then count only transfers after the
      // keys. (A clipboard manager fetching late is taken for the target; a fixed delay has
      // the same blind spot.)
      const before = offer ? await servedAtLeast(offer, 1, READBACK_REPORT_MS) : 0;
      await keys.send([pasteTap(pasteKeys)]);
      pressed = true;
      held = holdClipboard(clipboard, text, saved, offer, before, timing, onRestoreError);
    } finally {
      if (!pressed) await clipboard.restore(saved);
    }
  }

  return {
    paste,
    async flush() {
      const last = held;
      held = undefined;
      await last?.restoreNow();
    },
  };
}

function holdClipboard(
  clipboard: Clipboard,
  text: string,
  saved: ClipboardSnapshot,
  offer: TextOffer | undefined,
  before: number,
  timing: PasteTiming,
  onRestoreError: (error: unknown) => void,
): HeldClipboard {
  let cancelled = false;
  let restoring: Promise<void> | undefined;
  const stillOurs = async () => (offer ? Number.isFinite(offer.served()) : (await clipboard.readText()) === text);
  const restoreOnce = () =>
    (restoring ??= (async () => {
      if (await stillOurs()) await clipboard.restore(saved);
    })().catch(onRestoreError));

  const targetDone = offer
    ? waitForQuiet(offer, before, timing.targetQuietMs, timing.targetTimeoutMs, () => false)
    : sleep(timing.blindTargetMs);
  // Never rejects: a failed restore is reported, and the paste that caused it is long done.
  // (A target still fetching after `targetTimeoutMs` more is not waited for any longer.)
  void targetDone
    .then(() => (offer ? waitForQuiet(offer, -1, timing.restoreQuietMs, timing.targetTimeoutMs, () => cancelled) : sleep(timing.restoreQuietMs)))
    .then(() => {
      if (!cancelled) return restoreOnce();
    });

  return {
    saved,
    targetDone,
    async takeBack() {
      cancelled = true;
      if (restoring) {
        await restoring;
        return false;
      }
      return stillOurs();
    },
    async restoreNow() {
      cancelled = true;
      await restoreOnce();
    },
  };
}

/** Checks `done` every `stepMs` until it is true or `timeoutMs` has passed; says which. */
async function pollUntil(done: () => boolean | Promise<boolean>, timeoutMs: number, stepMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (performance.now() >= deadline) return false;
    await sleep(stepMs);
  }
}

// Pressing the paste keys before the clipboard really holds our text pastes nothing or
// the old content, so read it back until it matches.
async function waitUntilSet(clipboard: Clipboard, text: string, timeoutMs: number): Promise<void> {
  if (!(await pollUntil(async () => (await clipboard.readText()) === text, timeoutMs, 10))) {
    throw new Error(`the clipboard did not take the text within ${timeoutMs} ms`);
  }
}

/** How long xclip may take to report the read-back transfer before we go on without it. */
const READBACK_REPORT_MS = 500;

async function servedAtLeast(offer: TextOffer, count: number, timeoutMs: number): Promise<number> {
  await pollUntil(() => offer.served() >= count, timeoutMs, 2);
  return offer.served();
}

/**
 * Until the offer has been fetched after `before` and then not again for `quietMs`, the
 * offer has ended, `stop` says so, or `timeoutMs` has passed.
 */
async function waitForQuiet(offer: TextOffer, before: number, quietMs: number, timeoutMs: number, stop: () => boolean): Promise<void> {
  let seen = offer.served();
  let lastChange = performance.now();
  await pollUntil(
    () => {
      const now = offer.served();
      if (!Number.isFinite(now) || stop()) return true;
      if (now !== seen) {
        seen = now;
        lastChange = performance.now();
        return false;
      }
      return seen > before && performance.now() - lastChange >= quietMs;
    },
    timeoutMs,
    5,
  );
}
