// The pre-roll: the last N samples the microphone delivered while nobody was dictating.
// Runs on the audio thread (capture.worklet.ts), so it allocates only when resized and
// hands its samples out oldest first through a callback instead of building an array.

export class SampleRing {
  private samples: Int16Array;
  /** Where the next sample goes. */
  private next = 0;
  private count = 0;

  constructor(capacity = 0) {
    this.samples = new Int16Array(Math.max(0, capacity));
  }

  get capacity(): number {
    return this.samples.length;
  }

  get size(): number {
    return this.count;
  }

  /** Changes the capacity and forgets every sample (they belong to another source). */
  resize(capacity: number): void {
    if (capacity !== this.samples.length) this.samples = new Int16Array(Math.max(0, capacity));
    this.clear();
  }

  clear(): void {
    this.next = 0;
    this.count = 0;
  }

  push(sample: number): void {
    const capacity = this.samples.length;
    if (capacity === 0) return;
    this.samples[this.next] = sample;
    this.next = this.next + 1 === capacity ? 0 : this.next + 1;
    if (this.count < capacity) this.count++;
  }

  /** Hands every kept sample to `take`, oldest first, and empties the ring. */
  drain(take: (sample: number) => void): number {
    const capacity = this.samples.length;
    const drained = this.count;
    let index = (this.next - this.count + capacity) % Math.max(1, capacity);
    for (let i = 0; i < drained; i++) {
      take(this.samples[index]!);
      index = index + 1 === capacity ? 0 : index + 1;
    }
    this.clear();
    return drained;
  }
}
