// How far behind the accepted real-time streams are, measured, so admission can follow what
// the machine actually manages rather than a fixed count: against vosk-server's
// asr_server.py our fixed capacity admitted streams whose p95 reply lag then reached 520 ms
// on a busy machine. The lag of one reply is the time from its audio message arriving to
// the reply leaving. Only messages of at most REALTIME_MESSAGE_MS of audio count: a batch
// client's 30-second frame takes seconds to decode however idle the machine is, and says
// nothing about whether a live stream would keep up.

import { RecentSamples } from './recent-samples.js';

/** Audio per message up to which a message is a real-time stream's (clients send 0.1–0.5 s). */
export const REALTIME_MESSAGE_MS = 500;

export class ReplyLag {
  private readonly samples: RecentSamples<{ lagMs: number; stream: object }>;

  constructor(now: () => number = () => performance.now()) {
    this.samples = new RecentSamples(now);
  }

  /** One reply on `stream` to a message of `audioMs` of audio that arrived `lagMs` before it was sent. */
  record(lagMs: number, audioMs: number, stream: object): void {
    if (audioMs > REALTIME_MESSAGE_MS) return;
    this.samples.add({ lagMs, stream });
  }

  /** A closed stream's replies no longer count: the lag is the open streams'. */
  forget(stream: object): void {
    this.samples.forget(stream);
  }

  /** The 95th percentile reply lag over the last few seconds, in ms (0 without replies). */
  p95(): number {
    const recent = this.samples.recent();
    if (recent.length === 0) return 0;
    const sorted = recent.map((s) => s.lagMs).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  }
}
