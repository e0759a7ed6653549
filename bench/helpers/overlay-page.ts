// The real overlay page (dist/renderer/overlay/overlay.html) in headless Chromium, fed
// OverlayState the way main sends it (through the page harness's stand-in for IPC), with
// a MutationObserver that notes when the partial-text element's text changes. Page times
// are converted to this process's performance.now() clock with an offset measured by
// round trips, so "audio in main" and "text in the DOM" can be subtracted.
import { IDLE_OVERLAY, type OverlayState } from '../../electron/dictation/overlay-state.js';
import { startPageHarness, type PageHarness } from '../../test/helpers/page-harness.js';
import { median } from './stats.js';

export interface DomChange {
  text: string;
  /** When the DOM held the new text, on this process's performance.now() clock. */
  at: number;
  /** The next animation frame after it: about when it was painted. */
  paintedAt: number;
}

export interface OverlayPage {
  /** The OverlaySink to hand the session. */
  show(state: OverlayState): void;
  /** Every change of the partial text since the last call (oldest first). */
  takeChanges(): Promise<DomChange[]>;
  /** ± how well page and Node clocks were aligned (half the best round trip), ms. */
  readonly clockUncertaintyMs: number;
  close(): Promise<void>;
}

interface PageRecord {
  text: string;
  epoch: number;
  paintedEpoch: number;
}

export async function openOverlayPage(): Promise<OverlayPage> {
  const harness = await startPageHarness();
  let latest: OverlayState | undefined;
  harness.handle('overlay:get-state', () => latest ?? IDLE_OVERLAY);
  await harness.open('renderer/overlay/overlay.html');
  await observePartial(harness);
  const clock = await measureClockOffset(harness);
  return {
    show(state) {
      latest = state;
      harness.emit('overlay:state', state);
    },
    async takeChanges() {
      const records = await harness.page.evaluate<PageRecord[]>('window.__partialChanges.splice(0)');
      return records.map((r) => ({ text: r.text, at: r.epoch - clock.offset, paintedAt: r.paintedEpoch - clock.offset }));
    },
    clockUncertaintyMs: clock.uncertainty,
    close: () => harness.close(),
  };
}

// As source text: a Node function would carry tsx's helpers (__name) into the page.
const OBSERVE_PARTIAL = `(() => {
  const log = [];
  window.__partialChanges = log;
  const partial = document.querySelector('[data-testid="partial"]');
  if (!partial) throw new Error('overlay.html has no [data-testid="partial"]');
  const epochNow = () => performance.timeOrigin + performance.now();
  let shown = partial.textContent || '';
  new MutationObserver(() => {
    const text = partial.textContent || '';
    if (text === shown) return;
    shown = text;
    const record = { text, epoch: epochNow(), paintedEpoch: NaN };
    log.push(record);
    requestAnimationFrame(() => { record.paintedEpoch = epochNow(); });
  }).observe(partial, { childList: true, characterData: true, subtree: true });
})()`;

async function observePartial(harness: PageHarness): Promise<void> {
  await harness.page.evaluate(OBSERVE_PARTIAL);
}

/**
 * Page epoch − Node epoch is not 0: each process fixes its timeOrigin on its own. Ask the
 * page for its clock between two Node readings; the best (shortest) round trips bound it.
 * Returns the offset to subtract from page epoch times to get Node's performance.now().
 */
async function measureClockOffset(harness: PageHarness): Promise<{ offset: number; uncertainty: number }> {
  const samples: { offset: number; roundTrip: number }[] = [];
  for (let i = 0; i < 15; i++) {
    const before = performance.now();
    const pageEpoch = await harness.page.evaluate<number>('performance.timeOrigin + performance.now()');
    const after = performance.now();
    samples.push({ offset: pageEpoch - (before + after) / 2, roundTrip: after - before });
  }
  samples.sort((a, b) => a.roundTrip - b.roundTrip);
  const best = samples.slice(0, 5);
  return { offset: median(best.map((s) => s.offset)), uncertainty: best[0]!.roundTrip / 2 };
}
