// The link between the typist and the hotkey hook: the hook sees every key event, including
// the ones our own typing makes (Ctrl+V, BackSpace, typed letters, a modifier released by a
// synthetic tap). The typist marks when it types; the hotkey ignores events seen during that
// window and for a short grace period after it, because hook events reach the main process
// from a child process a little later than the keys were pressed. Only events whose source
// is unknown: a key-down a keyboard device vouches for (X11, hotkey-state.ts `fromDevice`)
// is the user's and counts whenever it comes.

export class TypingActivity {
  private active = 0;
  private lastEnd = -Infinity;

  constructor(
    /** Covers hook → main IPC latency. */
    private readonly graceMs = 150,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Marks typing as in progress; call the returned function when it is over. */
  begin(): () => void {
    this.active++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.active--;
      this.lastEnd = this.now();
    };
  }

  /** True while typing, and for graceMs after. */
  isTyping(): boolean {
    return this.active > 0 || this.now() - this.lastEnd < this.graceMs;
  }
}
