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
   * Where the clipboard can tell (transfersServed): restore as soon as the target has
   * fetched the text, but after this long at most, if it never does.
   */
  transferTimeoutMs: number;
}

export const DEFAULT_PASTE_TIMING: PasteTiming = { setTimeoutMs: 1000, restoreAfterMs: 300, transferTimeoutMs: 3000 };

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
    else await waitForTransfer(clipboard, before, timing.transferTimeoutMs);
  } finally {
    await clipboard.restore(saved);
  }
}

// Pressing the paste keys before the clipboard really holds our text pastes nothing or
// the old content, so read it back until it matches.
async function waitUntilSet(clipboard: Clipboard, text: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if ((await clipboard.readText()) === text) return;
    if (performance.now() > deadline) throw new Error(`the clipboard did not take the text within ${timeoutMs} ms`);
    await sleep(10);
  }
}

/** How long xclip may take to report the read-back transfer before we go on without it. */
const READBACK_REPORT_MS = 500;

async function transfersAtLeast(clipboard: Clipboard, count: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const served = clipboard.transfersServed?.() ?? Infinity;
    if (served >= count || performance.now() >= deadline) return served;
    await sleep(2);
  }
}

async function waitForTransfer(clipboard: Clipboard, before: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const served = clipboard.transfersServed?.() ?? Infinity;
    if (served > before || !Number.isFinite(served) || performance.now() >= deadline) return;
    await sleep(5);
  }
}
