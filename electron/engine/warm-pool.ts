// Keeps one recognizer worker loaded ahead of time, so a new connection does not wait for
// the model to load (≈0.3–0.5 s for PocketSphinx): it takes the warm one and a
// replacement starts loading in the background.
import type { RecognizerThread } from './recognizer-thread.js';

export class WarmPool {
  private warm: Promise<RecognizerThread> | undefined;
  private closed = false;

  constructor(private readonly startThread: () => Promise<RecognizerThread>) {}

  /** Load the first worker; rejects if the engine cannot load (bad model, missing library). */
  async ready(): Promise<void> {
    await this.refill();
  }

  async take(): Promise<RecognizerThread> {
    if (this.closed) throw new Error('the server is closing');
    for (;;) {
      // Claim the warm promise synchronously, so two connections never share one worker.
      const mine = this.refill();
      this.warm = undefined;
      void this.refill().catch(() => undefined); // a failed load is reported by the next take()
      const thread = await mine;
      if (thread.alive) return thread;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const warm = this.warm;
    this.warm = undefined;
    const thread = await warm?.catch(() => undefined);
    await thread?.release();
  }

  private refill(): Promise<RecognizerThread> {
    if (!this.warm) {
      const starting = this.startThread();
      this.warm = starting;
      // A failed load is not kept: the next take() tries again.
      starting.catch(() => {
        if (this.warm === starting) this.warm = undefined;
      });
    }
    return this.warm;
  }
}
