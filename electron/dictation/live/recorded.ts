// The shape of a recorded reply sequence (scripts/record-partials.ts writes them; the
// stability tests and the live-typing benchmark replay them).

/** One server reply: a partial, or a final result (which ends a segment). */
export type RecordedReply = { partial: string } | { text: string };

export interface RecordedUtterance {
  fixture: string;
  /** What the fixture says. */
  spoken: string;
  /** Audio per reply: reply i answers audio up to (i + 1) × frameMs. */
  frameMs: number;
  replies: RecordedReply[];
}
