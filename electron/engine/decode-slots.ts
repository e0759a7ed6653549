// How many decodes run at once, and whose turn is next. Each client has its own recognizer
// worker thread, and decoding is CPU-bound native work: with more clients than cores the
// OS time-slices every decoder at once, and all of them fall behind together. Measured
// with bench/server-capacity.ts on 2 cores, both in one run: every decode at once held 4
// streams at p95 reply lag ≤ 300 ms and spent 0.191 CPU-seconds per audio-second at 8;
// one decode per core held 6 and spent 0.120 at 8. So at most `slots` decodes run at once,
// as vosk-server's asr_server.py does with its ThreadPoolExecutor of os.cpu_count() threads.
//
// Turns go round-robin across clients, not in arrival order of work: each client has its
// own line of waiting decodes, and a free slot goes to the client that has waited longest
// since its last turn; once served, a client with more waiting goes to the back. A decode
// is one unit of at most ~200 ms of audio (builtin-server-connection.ts splits larger
// messages), so no client holds a slot for seconds.
// Units of a large message (a batch client's, 'bulk') go only when no real-time stream's
// decode ('live': a message of at most REALTIME_MESSAGE_MS, a final, a recognizer's
// creation) is waiting: a batch client gets what the real-time streams leave. Plain
// round-robin gave every client the same number of turns, so on a busy machine a stream's
// 100 ms turns against two batch clients' 200 ms turns got a fifth of the decoding, less
// than real time, and its replies fell 26 s behind (bench/server-capacity.ts). Real-time
// streams only ever need real time, and admission bounds how many there are, so the batch
// clients still get the rest.
//
// Work that no client is waiting on right now ('background': loading a recognizer worker,
// ≈1 CPU-second; making a recycled worker's next decoder, ≈250 ms) runs in a slot too, after
// every waiting real-time decode and before batch units, and never in the last free slot:
// outside the slots, two loads at once took both cores from the streams, and streams
// admitted one every half second saw p95 reply lags of 500 ms at 4 streams, where the same
// 4 streams already running saw 42 ms (bench/server-capacity.ts).
//
// A decode that holds its slot past `holdMs` (a native call that hangs, a final result on
// a huge lattice) gives the slot up, so one stuck recognizer cannot stall every client;
// it carries on, and its own client still gets its answer when it comes.

/**
 * 'live': a real-time stream's message, a final, a recognizer's creation; 'background': a
 * worker's load or next decoder; 'bulk': a unit of a large message. Served in that order.
 */
export type DecodeKind = 'live' | 'background' | 'bulk';
const SERVED_IN_ORDER: readonly DecodeKind[] = ['live', 'background', 'bulk'];

/** A decode normally takes milliseconds; this one is stuck, or nearly so. */
const DEFAULT_HOLD_MS = 5000;

export class DecodeSlots {
  private running = 0;
  /** Of `running`, background work: at most `backgroundSlots`. */
  private runningBackground = 0;
  private readonly backgroundSlots: number;
  private peak = 0;
  private turns = 0;
  /**
   * Waiting decodes per client, in the order clients are served: a Map iterates in
   * insertion order, so the first key is the client whose turn is next, and deleting and
   * re-inserting a key sends that client to the back of the round.
   */
  private readonly lines: Record<DecodeKind, Map<object, (() => void)[]>> = { live: new Map(), background: new Map(), bulk: new Map() };
  private waitingCount = 0;
  private fillScheduled = false;

  constructor(
    private readonly slots: number,
    private readonly holdMs = DEFAULT_HOLD_MS,
  ) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error(`decode slots must be a whole number from 1, not ${slots}`);
    // With one slot there is no other to leave free: background work waits for no live decode only.
    this.backgroundSlots = Math.max(1, slots - 1);
  }

  /**
   * Runs `work` for `client` once a slot is free and it is that client's turn; the slot is
   * freed when it settles, whether it succeeded or not. A client's own decodes of one kind
   * run in the order it asked for them (a connection asks for one at a time anyway).
   */
  async run<T>(client: object, work: () => Promise<T>, kind: DecodeKind = 'live'): Promise<T> {
    await this.acquire(client, kind);
    let held = true;
    const giveUp = () => {
      if (!held) return;
      held = false;
      this.release(kind);
    };
    const timer = setTimeout(giveUp, this.holdMs);
    timer.unref();
    try {
      return await work();
    } finally {
      clearTimeout(timer);
      giveUp();
    }
  }

  /**
   * Decodes holding a slot now, waiting for one, the most that ever held one at once, and
   * how many have started since the server did (for stats and tests).
   */
  get stats(): { running: number; waiting: number; peak: number; turns: number } {
    return { running: this.running, waiting: this.waitingCount, peak: this.peak, turns: this.turns };
  }

  private acquire(client: object, kind: DecodeKind): Promise<void> {
    // A free slot is taken at once only when nobody waits; otherwise whose turn it is
    // decides (fill).
    if (this.running < this.slots && this.waitingCount === 0 && this.mayStart(kind)) {
      this.start(kind);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const lines = this.lines[kind];
      const line = lines.get(client);
      if (line) line.push(resolve);
      else lines.set(client, [resolve]);
      this.waitingCount++;
      if (this.running < this.slots) this.scheduleFill();
    });
  }

  private release(kind: DecodeKind): void {
    this.running--;
    if (kind === 'background') this.runningBackground--;
    this.scheduleFill();
  }

  private mayStart(kind: DecodeKind): boolean {
    return kind !== 'background' || this.runningBackground < this.backgroundSlots;
  }

  /**
   * A freed slot is given out once the current microtasks have run, not at once: the
   * client whose decode just ended asks for its next one in those microtasks when it has a
   * message waiting (a stream that fell behind), and so competes for the slot. Given out
   * at once, it always went to a batch unit, and a stream that fell behind waited for a
   * whole batch unit before each of its own messages and never caught up.
   */
  private scheduleFill(): void {
    if (this.fillScheduled) return;
    this.fillScheduled = true;
    setImmediate(() => {
      this.fillScheduled = false;
      this.fill();
    });
  }

  private fill(): void {
    while (this.running < this.slots) {
      const kind = SERVED_IN_ORDER.find((k) => this.lines[k].size > 0 && this.mayStart(k));
      if (kind === undefined) return;
      const lines = this.lines[kind];
      const next = lines.entries().next();
      if (next.done) return;
      const [client, line] = next.value;
      const resume = line.shift()!;
      // Served: to the back of the round if it has more waiting, out of it if not.
      lines.delete(client);
      if (line.length > 0) lines.set(client, line);
      this.waitingCount--;
      this.start(kind);
      resume();
    }
  }

  private start(kind: DecodeKind): void {
    this.running++;
    if (kind === 'background') this.runningBackground++;
    this.turns++;
    this.peak = Math.max(this.peak, this.running);
  }
}
