// How many decodes run at once. Each client has its own recognizer worker thread, and
// decoding is CPU-bound native work: with more clients than cores the OS time-slices
// every decoder at once, and all of them fall behind together. Measured with
// bench/server-capacity.ts on 2 cores, both in one run: every decode at once held 4
// streams at p95 reply lag ≤ 300 ms and spent 0.191 CPU-seconds per audio-second at 8;
// one decode per core held 6 and spent 0.120 at 8. So at most `slots` decodes run at once and the rest wait in arrival order, as
// vosk-server's asr_server.py does with its ThreadPoolExecutor of os.cpu_count() threads.
// A decode that holds its slot past `holdMs` (a native call that hangs, a final result on
// a huge lattice) gives the slot up, so one stuck recognizer cannot stall every client;
// it carries on, and its own client still gets its answer when it comes.

/** A decode normally takes milliseconds; this one is stuck, or nearly so. */
const DEFAULT_HOLD_MS = 5000;

export class DecodeSlots {
  private running = 0;
  private peak = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly holdMs = DEFAULT_HOLD_MS,
  ) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error(`decode slots must be a whole number from 1, not ${slots}`);
  }

  /** Runs `work` once a slot is free; the slot is freed when it settles, whether it succeeded or not. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    let held = true;
    const giveUp = () => {
      if (!held) return;
      held = false;
      this.release();
    };
    const timer = setTimeout(giveUp, this.holdMs);
    timer.unref();
    try {
      return await work();
    } finally {
      clearTimeout(timer);
      giveUp();
    }
  }

  /** Decodes holding a slot now, waiting for one, and the most that ever held one at once (for stats and tests). */
  get stats(): { running: number; waiting: number; peak: number } {
    return { running: this.running, waiting: this.waiting.length, peak: this.peak };
  }

  private acquire(): Promise<void> {
    if (this.running < this.slots) {
      this.running++;
      this.peak = Math.max(this.peak, this.running);
      return Promise.resolve();
    }
    // The slot passes straight to the next in line, so `running` never drops and rises again.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
