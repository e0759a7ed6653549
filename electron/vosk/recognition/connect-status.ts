// What the overlay says while an utterance has no open socket: "Connecting…" at first;
// if that takes longer than a moment, "Waking the server… N s" for a Hugging Face Space
// (they sleep, and waking takes a while), "Connecting… N s" while nothing has failed
// (e.g. the built-in engine starting), "Reconnecting… (why)" once an attempt has failed;
// right away "Reconnecting…" after a drop. Elapsed seconds tick once a second so the user
// sees progress rather than a frozen message.
import type { StreamStatus } from '../../dictation/ports.js';

const TICK_MS = 1000;

export class ConnectStatus {
  private startedAt = 0;
  private cause: 'cold' | 'drop' = 'cold';
  private reason = '';
  private notice = '';
  private slowTimer: NodeJS.Timeout | undefined;
  private tickTimer: NodeJS.Timeout | undefined;
  private active = false;

  constructor(
    private readonly emit: (status: StreamStatus) => void,
    private readonly host: () => { name: string; space: boolean } | undefined,
    /** How long a cold connect may take before we admit the server is slow to answer. */
    private readonly slowConnectMs: number,
  ) {}

  /** No socket: start telling the user. `cold` = first connect, `drop` = the socket was lost. */
  start(cause: 'cold' | 'drop', reason = ''): void {
    this.stop();
    this.active = true;
    this.cause = cause;
    this.reason = reason;
    this.startedAt = Date.now();
    if (cause === 'cold') {
      this.emit({ status: 'connecting', message: this.connectingMessage(), elapsedSeconds: 0 });
      this.slowTimer = setTimeout(() => this.startTicking(), this.slowConnectMs);
      this.slowTimer.unref();
    } else {
      this.startTicking();
    }
  }

  /** Why the last attempt failed (shown beside "reconnecting"). */
  setReason(reason: string): void {
    this.reason = reason;
  }

  /** Something the user must know whatever the state (audio dropped for lack of space). */
  setNotice(notice: string): void {
    this.notice = notice;
    if (this.active && this.tickTimer) this.tick();
  }

  get isActive(): boolean {
    return this.active;
  }

  /** The socket is open: stop ticking (the caller reports 'listening'). */
  stop(): void {
    this.active = false;
    clearTimeout(this.slowTimer);
    clearInterval(this.tickTimer);
    this.slowTimer = this.tickTimer = undefined;
  }

  private startTicking(): void {
    this.tick();
    this.tickTimer = setInterval(() => this.tick(), TICK_MS);
    this.tickTimer.unref();
  }

  private tick(): void {
    const elapsedSeconds = Math.floor((Date.now() - this.startedAt) / 1000);
    const host = this.host();
    const notice = this.notice ? ` ${this.notice}` : '';
    if (this.cause === 'cold' && host?.space) {
      this.emit({ status: 'waking', message: `Waking the server… ${elapsedSeconds} s${notice}`, elapsedSeconds });
      return;
    }
    if (this.cause === 'cold' && !this.reason) {
      // Slow, but nothing has failed: still connecting. With no host yet the server is
      // still being resolved, which takes time only when the built-in engine is starting.
      const what = host ? `Connecting to ${host.name}` : 'Starting the speech engine';
      this.emit({ status: 'connecting', message: `${what}… ${elapsedSeconds} s${notice}`, elapsedSeconds });
      return;
    }
    const lead = this.cause === 'drop' ? 'Connection lost; reconnecting' : `${host?.name ?? 'The server'} is not answering yet; retrying`;
    const why = this.reason ? ` (${this.reason})` : '';
    this.emit({ status: 'reconnecting', message: `${lead}… ${elapsedSeconds} s${why}. Your speech is kept.${notice}`, elapsedSeconds });
  }

  private connectingMessage(): string {
    const host = this.host();
    return host ? `Connecting to ${host.name}…` : 'Connecting…';
  }
}
