// The last few seconds of per-stream measurements, for admission (reply-lag.ts,
// decode-load.ts): older ones no longer describe the machine now, and a closed stream's
// no longer count.

/** Measurements older than this no longer describe the machine now. */
export const RECENT_WINDOW_MS = 3000;

export class RecentSamples<T extends { stream: object }> {
  private readonly samples: (T & { at: number })[] = [];

  constructor(private readonly now: () => number) {}

  add(sample: T): void {
    const at = this.now();
    this.samples.push({ ...sample, at });
    this.prune(at);
  }

  /** A closed stream's samples no longer count. */
  forget(stream: object): void {
    for (let i = this.samples.length - 1; i >= 0; i--) if (this.samples[i]!.stream === stream) this.samples.splice(i, 1);
  }

  /** The samples of the last RECENT_WINDOW_MS, oldest first, each with when it was added. */
  recent(): readonly (T & { at: number })[] {
    this.prune(this.now());
    return this.samples;
  }

  private prune(now: number): void {
    let drop = 0;
    while (drop < this.samples.length && now - this.samples[drop]!.at > RECENT_WINDOW_MS) drop++;
    if (drop > 0) this.samples.splice(0, drop);
  }
}
