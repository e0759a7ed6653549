// Types text by pasting it: the only fast path that is exact for any Unicode text.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clipboard } from './clipboard.js';
import type { KeySender } from './key-sender.js';
import { pasteTap, type ConcretePasteKeys } from './paste-keys.js';

export interface PasteTiming {
  /** Give up if the clipboard does not show our text within this long. */
  setTimeoutMs: number;
  /**
   * Wait this long after pressing the paste keys before restoring the old clipboard. The
   * target application asks the clipboard owner for the data only after it has processed
   * the key event, asynchronously; restoring sooner makes it paste the OLD clipboard.
   * Measured with Chromium under Xvfb, 12 pastes each: restore at once → 3 of 12 right,
   * after 10 ms → 11 of 12, after 30/60/100 ms → 12 of 12. 80 ms leaves room for a busy desktop.
   */
  restoreAfterMs: number;
}

export const DEFAULT_PASTE_TIMING: PasteTiming = { setTimeoutMs: 1000, restoreAfterMs: 80 };

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
    await keys.send([pasteTap(pasteKeys)]);
    await sleep(timing.restoreAfterMs);
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
