// When the overlay is on screen: from the first sign of dictation until a moment after it
// is over, so the last words typed can still be read; an error stays a little longer.
// Plain Node (no 'electron'): main passes show/hide functions.
import type { DictationStatus } from '../dictation/overlay-state.js';

export const LINGER_AFTER_IDLE_MS = 1500;
export const LINGER_AFTER_ERROR_MS = 6000;

export class OverlayVisibility {
  private timer: NodeJS.Timeout | undefined;
  private shown = false;

  constructor(
    private readonly show: () => void,
    private readonly hide: () => void,
  ) {}

  update(status: DictationStatus): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (status !== 'idle' && status !== 'error') {
      if (!this.shown) this.show();
      this.shown = true;
      return;
    }
    if (status === 'error' && !this.shown) {
      this.show();
      this.shown = true;
    }
    if (!this.shown) return;
    this.timer = setTimeout(
      () => {
        this.shown = false;
        this.hide();
      },
      status === 'error' ? LINGER_AFTER_ERROR_MS : LINGER_AFTER_IDLE_MS,
    );
  }
}
