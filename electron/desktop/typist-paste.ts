// Types text by pasting it: the only fast path that is exact for any Unicode text.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clipboard } from './clipboard.js';
import type { KeySender } from './key-sender.js';
import { pasteTap, type ConcretePasteKeys } from './paste-keys.js';

export interface PasteTiming {
  /** Give up if the clipboard does not show our text within this long. */
  setTimeoutMs: number;
  /**
   * Where the clipboard cannot tell when the target has fetched the text: wait this long
   * after pressing the paste keys before restoring the old clipboard. The target asks for
   * the data only after it has processed the key event, asynchronously; restoring sooner
   * makes it paste the OLD clipboard, or nothing. Measured with Chromium under Xvfb, 12
   * pastes each: restore at once → 3 of 12 right, after 10 ms → 11 of 12, after 30–100 ms
   * → 12 of 12 on a quiet machine — but CI under load lost a paste at 80 ms. 300 ms is
   * espanso's default `restore_clipboard_delay`, chosen there for the same reason.
   */
  restoreAfterMs: number;
  /**
   * Where the clipboard can tell (transfersServed): restore once the target has fetched
   * the text and asked for nothing more for `transferQuietMs`, or after this long at most.
   */
  transferTimeoutMs: number;
  /**
   * An application may fetch several formats, one after another: Chromium makes two
   * requests ≈10 ms apart on every paste (measured under Xvfb with xclip -verbose), and
   * restoring after the first made the second fail, so nothing was pasted.
   */
  transferQuietMs: number;
}

export const DEFAULT_PASTE_TIMING: PasteTiming = { setTimeoutMs: 1000, restoreAfterMs: 300, transferTimeoutMs: 3000, transferQuietMs: 100 };

export async function pasteText(
  clipboard: Clipboard,
  keys: KeySender,
  text: string,
  pasteKeys: ConcretePasteKeys,
  timing: PasteTiming,
): Promise<void> {
  const saved = await clipboard.read();
  try {
    await clipboard.writeText(text);
    await waitUntilSet(clipboard, text, timing.setTimeoutMs);
    // The read-back that matched was a transfer too, and xclip reports it a moment after
    // the reader has its text: wait for that report, then count only transfers after the
    // keys. (A clipboard manager fetching late would end the wait early; a fixed delay has
    // the same blind spot.)
    const before = clipboard.transfersServed ? await transfersAtLeast(clipboard, 1, READBACK_REPORT_MS) : undefined;
    await keys.send([pasteTap(pasteKeys)]);
    if (before === undefined) await sleep(timing.restoreAfterMs);
    else await waitForTransfers(clipboard, before, timing);
  } finally {
    await clipboard.restore(saved);
  }
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

const served = (clipboard: Clipboard) => clipboard.transfersServed?.() ?? Infinity;

async function transfersAtLeast(clipboard: Clipboard, count: number, timeoutMs: number): Promise<number> {
  await pollUntil(() => served(clipboard) >= count, timeoutMs, 2);
  return served(clipboard);
}

/** Until the target has fetched and gone quiet, the offer has ended, or the timeout. */
async function waitForTransfers(clipboard: Clipboard, before: number, timing: PasteTiming): Promise<void> {
  let seen = before;
  let lastChange = performance.now();
  await pollUntil(
    () => {
      const now = served(clipboard);
      if (!Number.isFinite(now)) return true;
      if (now !== seen) {
        seen = now;
        lastChange = performance.now();
        return false;
      }
      return seen > before && performance.now() - lastChange >= timing.transferQuietMs;
    },
    timing.transferTimeoutMs,
    5,
  );
}
