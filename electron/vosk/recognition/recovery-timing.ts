// Where the time goes when an utterance recovers from a dropped connection: when it was
// lost, how many connect attempts it took, when the new socket opened, when the server
// answered the replayed audio first, and when it had answered all of it (caught up, so
// the next partial is live speech again). For logs, tests and bench/reconnect.ts.
// Times are performance.now() milliseconds.

export interface RecoveryTiming {
  lostAt: number;
  /** Connect attempts until one opened (or so far). */
  attempts: number;
  openedAt?: number;
  firstReplyAt?: number;
  caughtUpAt?: number;
  /** Messages and seconds of audio the backlog was sent in. */
  replayMessages: number;
  replaySeconds: number;
}

export class RecoveryLog {
  readonly entries: RecoveryTiming[] = [];
  private current: RecoveryTiming | undefined;
  /** Message number of the last replayed message on the new connection. */
  private backlogEnd = -1;

  lost(): void {
    this.current = { lostAt: performance.now(), attempts: 0, replayMessages: 0, replaySeconds: 0 };
    this.entries.push(this.current);
  }

  attempt(): void {
    if (this.current && this.current.openedAt === undefined) this.current.attempts++;
  }

  /** The new socket is open and the backlog went out as messages first … end − 1. */
  replayed(first: number, end: number, seconds: number): void {
    const current = this.current;
    if (!current || current.openedAt !== undefined) return;
    current.openedAt = performance.now();
    current.replayMessages = end - first;
    current.replaySeconds = seconds;
    this.backlogEnd = end - 1;
  }

  /** A reply to message `index` on the new connection. */
  reply(index: number): void {
    const current = this.current;
    if (!current || current.openedAt === undefined) return;
    const now = performance.now();
    current.firstReplyAt ??= now;
    if (index >= this.backlogEnd) {
      current.caughtUpAt = now;
      this.current = undefined;
    }
  }
}
