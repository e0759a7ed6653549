// When the overlay is on screen: from the first sign of dictation until a moment after it
// is over, so the last words typed can still be read; an error stays a little longer.
// Plain Node (no 'electron'): main passes show/hide functions.
import type { DictationStatus } from '../dictation/overlay-state.js';

export const LINGER_AFTER_IDLE_MS = 1500;
export const LINGER_AFTER_ERROR_MS = 6000;

export class OverlayVisibility {
  private timer: NodeJS.Timeout | undefined;
  private shown = false;
  private notice = '';

  constructor(
    private readonly show: () => void,
    private readonly hide: () => void,
  ) {}

  /**
   * `notice`: the utterance's note that text could not be corrected (OverlayState.notice).
   * It may arrive once dictation is idle (the last edit is typed after the final): a new
   * one shows the overlay and stays as long as an error, so it can be read.
   */
  update(status: DictationStatus, notice = '', choosing = false): void {
    const newNotice = notice !== '' && notice !== this.notice;
    this.notice = notice;
    clearTimeout(this.timer);
    this.timer = undefined;
    // The "correct that" list stays on screen until it is answered or closed.
    if ((status !== 'idle' && status !== 'error') || choosing) {
      if (!this.shown) this.show();
      this.shown = true;
      return;
    }
    if ((status === 'error' || newNotice) && !this.shown) {
      this.show();
      this.shown = true;
    }
    if (!this.shown) return;
    this.timer = setTimeout(
      () => {
        this.shown = false;
        this.hide();
      },
      status === 'error' || notice !== '' ? LINGER_AFTER_ERROR_MS : LINGER_AFTER_IDLE_MS,
    );
  }
}
