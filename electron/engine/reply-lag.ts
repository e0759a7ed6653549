// How far behind the accepted real-time streams are, measured, so admission can follow what
// the machine actually manages rather than a fixed count: against vosk-server's
// asr_server.py our fixed capacity admitted streams whose p95 reply lag then reached 520 ms
// on a busy machine. The lag of one reply is the time from its audio message arriving to
// the reply leaving. Only messages of at most REALTIME_MESSAGE_MS of audio count: a batch
// client's 30-second frame takes seconds to decode however idle the machine is, and says
// nothing about whether a live stream would keep up.

/** Audio per message up to which a message is a real-time stream's (clients send 0.1–0.5 s). */
export const REALTIME_MESSAGE_MS = 500;
/** Replies older than this no longer describe the machine now. */
const WINDOW_MS = 3000;

export class ReplyLag {
  private readonly samples: { at: number; lagMs: number; stream: object }[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** One reply on `stream` to a message of `audioMs` of audio that arrived `lagMs` before it was sent. */
  record(lagMs: number, audioMs: number, stream: object): void {
    if (audioMs > REALTIME_MESSAGE_MS) return;
    const at = this.now();
    this.samples.push({ at, lagMs, stream });
    this.prune(at);
  }

  /** A closed stream's replies no longer count: the lag is the open streams'. */
  forget(stream: object): void {
    for (let i = this.samples.length - 1; i >= 0; i--) if (this.samples[i]!.stream === stream) this.samples.splice(i, 1);
  }

  /** The 95th percentile reply lag over the last few seconds, in ms (0 without replies). */
  p95(): number {
    this.prune(this.now());
    if (this.samples.length === 0) return 0;
    const sorted = this.samples.map((s) => s.lagMs).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  }

  private prune(now: number): void {
    let drop = 0;
    while (drop < this.samples.length && now - this.samples[drop]!.at > WINDOW_MS) drop++;
    if (drop > 0) this.samples.splice(0, drop);
  }
}
