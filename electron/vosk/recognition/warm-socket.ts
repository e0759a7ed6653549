// The one socket kept open between utterances (ended with reset, not eof), so the next
// utterance starts listening at once instead of paying a connect (seconds for a Space).
// Closed after an idle period: an idle socket costs the server a recognizer.
import type { VoskConnection } from '../connection.js';

interface Idle {
  connection: VoskConnection;
  key: string;
  timer: NodeJS.Timeout;
}

export class WarmSocket {
  private idle: Idle | undefined;

  constructor(private readonly idleCloseMs: number) {}

  /** Keep `connection` for the next utterance with the same key (or close it). */
  put(connection: VoskConnection, key: string): void {
    if (this.idleCloseMs <= 0 || !connection.isOpen) {
      void connection.close();
      return;
    }
    void this.discard();
    connection.removeAllListeners();
    connection.on('error', () => undefined); // reported by the close that follows
    connection.on('closed', () => {
      // Dropped while idle (server restart, a proxy closing idle sockets): just forget it.
      if (this.idle?.connection === connection) this.forget();
    });
    const timer = setTimeout(() => this.discard(), this.idleCloseMs);
    timer.unref();
    this.idle = { connection, key, timer };
  }

  /** True when an open socket is waiting (for any key). */
  get available(): boolean {
    return this.idle?.connection.isOpen ?? false;
  }

  /** The waiting socket if it is open and matches `key`; a stale one is closed. */
  take(key: string): VoskConnection | undefined {
    const idle = this.idle;
    if (!idle) return undefined;
    if (idle.key !== key || !idle.connection.isOpen) {
      void this.discard();
      return undefined;
    }
    this.forget();
    idle.connection.removeAllListeners();
    return idle.connection;
  }

  has(key: string): boolean {
    return this.idle?.key === key && this.idle.connection.isOpen;
  }

  /** Close the waiting socket, if any. */
  discard(): Promise<void> {
    const idle = this.idle;
    if (!idle) return Promise.resolve();
    this.forget();
    return idle.connection.close();
  }

  private forget(): void {
    if (this.idle) clearTimeout(this.idle.timer);
    this.idle = undefined;
  }
}
