// The recognizer worker threads of one server, bounded. Loading a worker costs ≈100 MiB
// and ≈1 CPU-second, so: at most `maxLoading` load at once (the rest wait their turn);
// a client that leaves while waiting takes nothing, and a load it started is finished
// and kept for the next client instead of wasted; a worker whose client has finished is
// recycled (recognizer freed, model kept, the next client's recognizer made new, so no
// client inherits another's adaptation) up to `keepIdle` workers, and ended beyond;
// idle workers beyond one are ended after `idleWorkerMs`, so memory goes back to where it
// started once a burst is over. One worker is kept loaded ahead of time, so a new client
// rarely waits for a load. How many clients there are is the server's to bound, not the pool's.
import type { RecognizerThread } from './recognizer-thread.js';

export interface RecognizerPoolOptions {
  startThread: () => Promise<RecognizerThread>;
  /** Loads running at once. */
  maxLoading: number;
  /** Loaded workers kept waiting for a client: one always, up to `keepIdle` for a while. */
  keepIdle: number;
  /** An idle worker beyond the first is ended after this long without a client. */
  idleWorkerMs: number;
  /**
   * Runs a load or a recycled worker's next decoder when the streams' decodes leave room
   * (DecodeSlots' 'background'), so neither takes the cores from clients already talking;
   * by default at once.
   */
  background?: <T>(work: () => Promise<T>) => Promise<T>;
}

interface Waiter {
  resolve: (thread: RecognizerThread) => void;
  reject: (error: Error) => void;
}

export class RecognizerPool {
  private readonly idle: RecognizerThread[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly loading = new Set<Promise<RecognizerThread>>();
  /** Every live worker, busy or idle, so shutdown can stop them all. */
  private readonly all = new Set<RecognizerThread>();
  /**
   * Workers being ended (end()): still running until their release settles, perhaps making
   * a next decoder. close() waits for them and terminate() stops them too: a process that
   * exits with one inside ps_init aborts (koffi throws into a terminating thread).
   */
  private readonly ending = new Map<RecognizerThread, Promise<void>>();
  private closed = false;
  private reaper: NodeJS.Timeout | undefined;

  constructor(private readonly options: RecognizerPoolOptions) {}

  /** Load the first worker; rejects if the engine cannot load (bad model, missing library). */
  async ready(): Promise<void> {
    this.place(await this.load());
  }

  /** Workers loading right now (for tests and stats). */
  get loadsInFlight(): number {
    return this.loading.size;
  }

  /** Worker threads alive: busy, idle and loading. */
  get threads(): number {
    return this.all.size + this.loading.size;
  }

  /**
   * A worker for one client. If `signal` aborts first (the client left), the promise
   * rejects and the worker, if one was loading for it, goes to the next client instead.
   */
  take(signal?: AbortSignal): Promise<RecognizerThread> {
    if (this.closed) return Promise.reject(new Error('the server is closing'));
    if (signal?.aborted) return Promise.reject(new Error('the client left'));
    // No refusal here: the server admits by connections (socket-server.ts), and a client it
    // admitted waits its turn for a load. Refusing by pool state turned 6 clients arriving
    // at once at an idle server of capacity 6 into 3 refusals.
    return new Promise<RecognizerThread>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      this.waiters.push(waiter);
      signal?.addEventListener(
        'abort',
        () => {
          const at = this.waiters.indexOf(waiter);
          if (at < 0) return; // already served
          this.waiters.splice(at, 1);
          reject(new Error('the client left'));
        },
        { once: true },
      );
      this.dispatch();
    });
  }

  /** A client is done with `thread`: recycle it for the next one, or end it. */
  async give(thread: RecognizerThread): Promise<void> {
    if (this.closed || !thread.alive) return this.end(thread);
    try {
      await thread.recycle();
    } catch {
      return this.end(thread); // a worker that cannot recycle is not trusted with another client
    }
    if (this.closed) return this.end(thread);
    // The next client's decoder is made ahead of time, once the streams leave room; the
    // thread is handed out meanwhile rather than a whole new worker loaded because none was
    // idle. A client that takes it first makes its own decoder in create(), and this finds
    // one there; one released first refuses the request.
    this.background(() => thread.prepare()).catch(() => undefined);
    this.place(thread);
  }

  /** Release every worker not in use; workers in use are released as their clients give them back. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reaper);
    for (const waiter of this.waiters.splice(0)) waiter.reject(new Error('the server is closing'));
    const loading = [...this.loading].map((p) => p.then((t) => this.end(t), () => undefined));
    await Promise.all([...this.idle.splice(0).map((t) => this.end(t)), ...loading]);
    // Workers ended before close (the reaper's, a full idle list's) may still be releasing.
    await Promise.all(this.ending.values());
  }

  /**
   * Shutdown past its deadline: stop every worker now. A native call in progress (a
   * decode, a model load) still finishes, since nothing can interrupt it; nothing follows.
   */
  async terminate(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reaper);
    const loading = [...this.loading].map((p) => p.then((t) => t.terminate(), () => undefined));
    const threads = [...this.all, ...this.ending.keys()];
    await Promise.all([...threads.map((t) => t.terminate()), ...loading]);
  }

  /** Hand `thread` to the first waiting client, or keep it idle, or end it. */
  private place(thread: RecognizerThread): void {
    if (this.closed || !thread.alive) {
      void this.end(thread);
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(thread);
    else if (this.idle.length < Math.max(1, this.options.keepIdle)) this.idle.push(thread);
    else void this.end(thread);
    this.dispatch();
    this.scheduleReaper();
  }

  /** End idle workers beyond the first once they have waited idleWorkerMs for a client. */
  private scheduleReaper(): void {
    clearTimeout(this.reaper);
    if (this.idle.length <= 1 || this.closed) return;
    this.reaper = setTimeout(() => {
      for (const thread of this.idle.splice(1)) void this.end(thread);
    }, this.options.idleWorkerMs);
    this.reaper.unref();
  }

  /** Serve waiting clients from idle workers, start loads for the rest (bounded), keep one warm. */
  private dispatch(): void {
    while (this.waiters.length > 0 && this.idle.length > 0) {
      const thread = this.idle.shift()!;
      if (thread.alive) this.waiters.shift()!.resolve(thread);
      else void this.end(thread);
    }
    const wanted = this.waiters.length + (this.idle.length === 0 ? 1 : 0);
    while (!this.closed && this.loading.size < Math.min(wanted, this.options.maxLoading)) {
      const loading = this.load();
      loading.then(
        (thread) => this.place(thread),
        (error: Error) => {
          // A load that failed fails the client waiting longest, so no one waits for ever;
          // a failed warm-up load is not retried until a client asks.
          this.waiters.shift()?.reject(error);
          if (this.waiters.length > 0) this.dispatch();
        },
      );
    }
  }

  private background<T>(work: () => Promise<T>): Promise<T> {
    return this.options.background ? this.options.background(work) : work();
  }

  private load(): Promise<RecognizerThread> {
    // A load still waiting for its turn when the server closes is not started: shutdown
    // would otherwise wait for each queued load in turn.
    const loading = this.background(() => (this.closed ? Promise.reject(new Error('the server is closing')) : this.options.startThread()));
    this.loading.add(loading);
    const settle = () => this.loading.delete(loading);
    loading.then(
      (thread) => {
        settle();
        this.all.add(thread);
      },
      settle,
    );
    return loading;
  }

  private end(thread: RecognizerThread): Promise<void> {
    this.all.delete(thread);
    const known = this.ending.get(thread);
    if (known) return known;
    const ending = thread.release().finally(() => this.ending.delete(thread));
    this.ending.set(thread, ending);
    return ending;
  }
}
