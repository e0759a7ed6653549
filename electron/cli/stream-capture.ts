// The dictation session's microphone (CaptureControl) for `voskey dictate`: frames from a
// byte stream (stdin, or a recorder's stdout) that is read all along. While the session
// captures, each frame goes to it; otherwise (push-to-talk, between begin and end) frames
// are dropped except the newest `preRollMs`, which open the next utterance, as the app's
// "keep the microphone ready" does: the first word, begun a moment before the key, is kept.
import type { CaptureEnd, CaptureOptions } from '../dictation/capture-types.js';
import type { CaptureControl } from '../dictation/ports.js';

export interface CaptureSink {
  frame(pcm: Uint8Array): void;
  ended(end: CaptureEnd): void;
}

/** The app's pre-roll (Settings → Microphone → keep ready). */
export const PRE_ROLL_MS = 300;

export class StreamCapture implements CaptureControl {
  private capturing = false;
  private readonly held: Uint8Array[] = [];
  private heldBytes = 0;

  constructor(
    private readonly sink: CaptureSink,
    /** Bytes of audio kept from before start(); 0 keeps none. */
    private readonly preRollBytes: number,
  ) {}

  get isCapturing(): boolean {
    return this.capturing;
  }

  start(_options: CaptureOptions): void {
    this.capturing = true;
    const preRoll = this.held.splice(0);
    this.heldBytes = 0;
    for (const frame of preRoll) this.sink.frame(frame);
  }

  stop(): void {
    if (!this.capturing) return;
    this.capturing = false;
    // Every frame read so far has been handed over: the capture has ended now. Answered
    // after stop() returns, as the capture page would, so the session has finished stopping.
    queueMicrotask(() => this.sink.ended({ reason: 'stopped' }));
  }

  /** One frame of the input, in order. */
  push(frame: Uint8Array): void {
    if (this.capturing) return this.sink.frame(frame);
    if (this.preRollBytes === 0) return;
    this.held.push(frame);
    this.heldBytes += frame.byteLength;
    while (this.held.length > 1 && this.heldBytes - this.held[0]!.byteLength >= this.preRollBytes) this.heldBytes -= this.held.shift()!.byteLength;
  }
}
