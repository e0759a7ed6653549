// The audio of one utterance that no final result has covered yet. Frames are numbered
// from 0 in the order they were pushed; a final result covers every frame up to a number,
// and those are dropped for good (never replayed, so never typed twice). What is left is
// what a new connection must replay. The buffer is bounded: past its capacity the oldest
// frames are dropped and counted as lost, so a server that never comes back cannot make
// memory grow without end.

export interface BufferedFrame {
  seq: number;
  pcm: Uint8Array;
}

export class AudioBuffer {
  private frames: BufferedFrame[] = [];
  private head = 0; // index of the oldest kept frame in `frames` (amortised shift)
  private bytes = 0;
  private nextSeq = 0;
  /** Every frame with seq ≤ this has been covered by a final result (or lost). */
  private settledThrough = -1;
  private lostBytes = 0;
  /** Frames dropped for space while a live connection had them: lost only if it drops. */
  private droppedInFlight: { seq: number; bytes: number }[] = [];
  /** The newest frame the live connection has sent (−1: none, or no connection). */
  private sentThrough = -1;

  constructor(private readonly capacityBytes: number) {}

  /** Keeps a copy (the caller may reuse its buffer); returns the frame's number. */
  push(pcm: Uint8Array): { seq: number; droppedBytes: number } {
    const seq = this.nextSeq++;
    this.frames.push({ seq, pcm: Uint8Array.from(pcm) });
    this.bytes += pcm.byteLength;
    return { seq, droppedBytes: this.trim(seq) };
  }

  /** A final result covered every frame up to `seq`. */
  coverThrough(seq: number): void {
    if (seq <= this.settledThrough) return;
    this.settledThrough = seq;
    while (this.head < this.frames.length && this.frames[this.head]!.seq <= seq) this.removeOldest();
    this.droppedInFlight = this.droppedInFlight.filter((d) => d.seq > seq);
    this.compact();
  }

  /** The live connection has sent every frame up to `seq`. */
  markSent(seq: number): void {
    this.sentThrough = Math.max(this.sentThrough, seq);
  }

  /**
   * The live connection is gone: frames it had sent but we dropped for space cannot be
   * replayed, so they are lost; everything still kept will be sent again.
   */
  connectionLost(): void {
    for (const d of this.droppedInFlight) this.lostBytes += d.bytes;
    this.droppedInFlight = [];
    this.sentThrough = -1;
  }

  /** The next frame the live connection has not sent yet. */
  nextUnsent(): BufferedFrame | undefined {
    return this.frames[this.nextUnsentIndex()];
  }

  /**
   * The unsent frames from nextUnsent() on, as many as fit in `maxBytes` (always at least
   * one): a backlog goes out in a few big messages instead of many small ones.
   */
  unsentRun(maxBytes: number): BufferedFrame[] {
    const start = this.nextUnsentIndex();
    const first = this.frames[start];
    if (!first) return [];
    const run = [first];
    let bytes = first.pcm.byteLength;
    for (let i = start + 1; i < this.frames.length; i++) {
      const frame = this.frames[i]!;
      if (bytes + frame.pcm.byteLength > maxBytes) break;
      run.push(frame);
      bytes += frame.pcm.byteLength;
    }
    return run;
  }

  get pushedFrames(): number {
    return this.nextSeq;
  }

  /** True when every pushed frame was covered by a final result (or lost). */
  get allSettled(): boolean {
    return this.head === this.frames.length && this.droppedInFlight.length === 0;
  }

  get keptBytes(): number {
    return this.bytes;
  }

  get lostByteCount(): number {
    return this.lostBytes;
  }

  private nextUnsentIndex(): number {
    const oldest = this.frames[this.head];
    if (!oldest) return this.frames.length;
    // Kept frames have consecutive numbers, so the next one is found by arithmetic.
    return this.head + Math.max(0, this.sentThrough + 1 - oldest.seq);
  }

  /**
   * Keep the buffer within capacity, dropping the oldest frames. A frame the live
   * connection already sent is not lost yet: its final result may still come.
   */
  private trim(newest: number): number {
    let dropped = 0;
    while (this.bytes > this.capacityBytes && this.frames.length - this.head > 1) {
      const oldest = this.frames[this.head]!;
      if (oldest.seq === newest) break;
      this.removeOldest();
      if (oldest.seq <= this.sentThrough) this.droppedInFlight.push({ seq: oldest.seq, bytes: oldest.pcm.byteLength });
      else {
        this.lostBytes += oldest.pcm.byteLength;
        dropped += oldest.pcm.byteLength;
      }
    }
    this.compact();
    return dropped;
  }

  private removeOldest(): void {
    const oldest = this.frames[this.head]!;
    this.bytes -= oldest.pcm.byteLength;
    this.head++;
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.frames.length) {
      this.frames = this.frames.slice(this.head);
      this.head = 0;
    }
  }
}
