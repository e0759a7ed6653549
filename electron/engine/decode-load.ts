// How much of the decode slots the real-time streams take, measured, so admission can see
// a stream coming before its lag does. The reply lag (reply-lag.ts) answers only after the
// fact: streams arriving half a second apart were all admitted before the first of them
// had pushed the lag up, and then stayed 717 ms behind (bench/server-capacity.ts, 12
// streams offered). Each stream's share is the wall time its live decodes held a slot:
// on a machine busy with other work a decode takes longer, and the share grows with it.

import { REALTIME_MESSAGE_MS } from './reply-lag.js';
import { RECENT_WINDOW_MS, RecentSamples } from './recent-samples.js';

/** A stream seen for less than this is measured over this much: one decode is not a rate. */
const MIN_SPAN_MS = 500;

export class DecodeLoad {
  private readonly samples: RecentSamples<{ ms: number; stream: object; realtime: boolean }>;
  /** When each open stream's first measured decode began. */
  private readonly firstSeen = new Map<object, number>();

  constructor(
    private readonly slots: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.samples = new RecentSamples(now);
  }

  /** The decodes of a message of `audioMs` on `stream` held a slot for `ms` in all, ending now. */
  record(stream: object, ms: number, audioMs: number): void {
    if (!this.firstSeen.has(stream)) this.firstSeen.set(stream, this.now() - ms);
    // A batch client's units take what the streams leave (decode-slots.ts): not a share
    // that admission protects, only a sign that the client is not a real-time stream.
    this.samples.add({ ms, stream, realtime: audioMs <= REALTIME_MESSAGE_MS });
  }

  /** A closed stream's decodes no longer count. */
  forget(stream: object): void {
    this.firstSeen.delete(stream);
    this.samples.forget(stream);
  }

  /** Streams that sent only batch-sized messages over the last few seconds. */
  batchStreams(): number {
    const recent = this.samples.recent();
    const realtime = new Set(recent.filter((s) => s.realtime).map((s) => s.stream));
    return new Set(recent.filter((s) => !realtime.has(s.stream)).map((s) => s.stream)).size;
  }

  /**
   * The share of all slots' time (0–1) the real-time streams' decodes take, from each
   * one's decodes over the last few seconds (or since it began, if later), and how many
   * streams that is.
   */
  busy(): { share: number; streams: number } {
    const now = this.now();
    const perStream = new Map<object, number>();
    for (const s of this.samples.recent()) if (s.realtime) perStream.set(s.stream, (perStream.get(s.stream) ?? 0) + s.ms);
    let rate = 0;
    for (const [stream, ms] of perStream) {
      const since = Math.max(this.firstSeen.get(stream) ?? now, now - RECENT_WINDOW_MS);
      rate += ms / Math.max(MIN_SPAN_MS, now - since);
    }
    return { share: rate / this.slots, streams: perStream.size };
  }

  /**
   * The share with `streams` real-time streams, each taking what the measured ones take on
   * average (0 before any stream decoded: nothing to go by yet).
   */
  predict(streams: number): number {
    const { share, streams: measured } = this.busy();
    return measured === 0 ? 0 : (share / measured) * streams;
  }
}
