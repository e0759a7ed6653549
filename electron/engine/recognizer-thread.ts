// The main-thread handle on one recognizer worker: requests answered one at a time, in
// the order made, and a worker that dies turns into a rejected promise plus an `onCrash`
// call, never a hang.
import type { Worker } from 'node:worker_threads';
import type { FinalReply, VoskReply } from '../vosk/protocol.js';
import type { RecognizerOptions } from './recognizer.js';
import type { WorkerAnswer, WorkerRequest, WorkerStartup } from './worker-messages.js';

/** How long a worker may take to free its recognizer and end before it is terminated. */
const RELEASE_GRACE_MS = 10_000;

export class RecognizerThread {
  private pending: { resolve: (a: WorkerAnswer) => void; reject: (e: Error) => void } | undefined;
  /** Settles when every request made so far is answered: the next one waits for it, terminate() too. */
  private tail: Promise<unknown> = Promise.resolve();
  private exited = false;
  private releasing = false;
  /** The worker was asked to free everything and end (release()): it ends on its own. */
  private freeing = false;
  private readonly exit: Promise<void>;
  private crashListener: ((error: Error) => void) | undefined;

  /** Starts a worker and resolves once its engine is loaded; rejects with the load error. */
  static start(worker: Worker): Promise<RecognizerThread> {
    return new Promise((resolve, reject) => {
      const thread = new RecognizerThread(worker);
      let lastError: Error | undefined;
      const onError = (error: Error) => (lastError = error);
      const onExit = (code: number) =>
        reject(lastError ?? new Error(`the recognizer worker ended while loading (exit code ${code})`));
      worker.on('error', onError);
      worker.once('exit', onExit);
      worker.once('message', (message: WorkerStartup) => {
        worker.off('exit', onExit);
        worker.off('error', onError);
        if (message.type === 'loaded') resolve(thread);
        else reject(new Error(message.message));
      });
    });
  }

  private constructor(private readonly worker: Worker) {
    let crash: Error | undefined;
    worker.on('error', (error) => (crash = error));
    this.exit = new Promise((resolve) =>
      worker.once('exit', (code) => {
        this.exited = true;
        resolve();
        const error = new Error(
          this.releasing ? 'the recognizer worker was stopped' : `the recognizer worker stopped unexpectedly (${crash ? crash.message : `exit code ${code}`})`,
        );
        // Even when stopped on purpose: a request left unanswered would hold terminate() for ever.
        this.pending?.reject(error);
        this.pending = undefined;
        if (!this.releasing) this.crashListener?.(error);
      }),
    );
  }

  get alive(): boolean {
    return !this.exited && !this.releasing;
  }

  /** Called once if the worker dies while still in use. */
  onCrash(listener: (error: Error) => void): void {
    this.crashListener = listener;
  }

  async create(options: RecognizerOptions): Promise<void> {
    await this.request({ type: 'create', options });
  }

  /**
   * Decode `pcm`. Its buffer is transferred to the worker (no copy) when `pcm` spans all
   * of it, so the caller must not use it afterwards; otherwise it is copied first.
   */
  async accept(pcm: Int16Array): Promise<VoskReply> {
    const buffer = transferable(pcm);
    return this.reply(await this.request({ type: 'accept', pcm: buffer }, [buffer]));
  }

  /** Decode a unit of a split message that is not its last (Recognizer.feed); `pcm` is handed over as in accept. */
  async feed(pcm: Int16Array): Promise<void> {
    const buffer = transferable(pcm);
    const answer = await this.request({ type: 'feed', pcm: buffer }, [buffer]);
    if (answer.type !== 'fed') throw new Error(`the recognizer worker answered ${answer.type} to audio`);
  }

  /** Free the recognizer, keep the loaded engine: the thread can then serve another client. */
  async recycle(): Promise<void> {
    const answer = await this.request({ type: 'recycle' });
    if (answer.type !== 'recycled') throw new Error(`the recognizer worker answered ${answer.type} to recycle`);
  }

  /**
   * Make the next client's recognizer ahead of time (one ps_init). A no-op once a client's
   * create() came first, which then made its own; rejects once the worker is released.
   */
  async prepare(): Promise<void> {
    const answer = await this.request({ type: 'prepare' });
    if (answer.type !== 'prepared') throw new Error(`the recognizer worker answered ${answer.type} to prepare`);
  }

  /**
   * Stop the worker now (shutdown): a native call in progress finishes first, as nothing
   * can interrupt it, but no further request runs. Memory is the process's to reclaim.
   */
  async terminate(): Promise<void> {
    if (this.exited) return;
    this.releasing = true;
    // Never between the koffi calls of one request: a worker stopped there (e.g. in
    // ps_init's config, init, free sequence) made koffi throw into a terminating thread,
    // a fatal error for the whole process. The native call in progress has to finish
    // anyway; this waits only for the JavaScript around it to post its answer.
    await this.tail;
    // A worker told to free its model (release()) is inside ps_free now, as native as any
    // other call: it ends on its own in milliseconds, bounded by release()'s grace.
    if (this.freeing) return this.exit;
    await this.worker.terminate();
  }

  async final(): Promise<FinalReply> {
    const reply = this.reply(await this.request({ type: 'final' }));
    if (reply.kind !== 'final') throw new Error('the recognizer gave a partial where a final result was due');
    return reply;
  }

  /** Free the recognizer and model on the worker's own thread, then wait for it to end. */
  async release(): Promise<void> {
    if (this.exited || this.releasing) return this.exit;
    this.releasing = true;
    // Requests already made are answered first, so the grace below counts from 'free' alone:
    // a worker ended by the reaper while making its next decoder (seconds on a loaded machine
    // under the heap checker) was terminated mid-ps_init, which aborts the process (see terminate()).
    await this.tail;
    if (this.exited) return;
    this.freeing = true;
    this.worker.postMessage({ type: 'free' } satisfies WorkerRequest);
    const timer = setTimeout(() => void this.worker.terminate(), RELEASE_GRACE_MS);
    await this.exit;
    clearTimeout(timer);
  }

  private request(request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<WorkerAnswer> {
    const send = () => this.send(request, transfer);
    const answer = this.tail.then(send, send);
    this.tail = answer.catch(() => undefined);
    return answer;
  }

  private send(request: WorkerRequest, transfer: ArrayBuffer[]): Promise<WorkerAnswer> {
    if (!this.alive) return Promise.reject(new Error('the recognizer worker is not running'));
    return new Promise<WorkerAnswer>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.once('message', (answer: WorkerAnswer) => {
        this.pending = undefined;
        if (answer.type === 'failed') reject(new Error(answer.message));
        else resolve(answer);
      });
      this.worker.postMessage(request, transfer);
    });
  }

  private reply(answer: WorkerAnswer): VoskReply {
    if (answer.type !== 'reply') throw new Error(`the recognizer worker answered ${answer.type} instead of a result`);
    return answer.reply;
  }
}

/** The buffer of `pcm` itself when it spans all of it (moved to the worker, no copy), else a copy. */
function transferable(pcm: Int16Array): ArrayBuffer {
  const whole = pcm.byteOffset === 0 && pcm.byteLength === pcm.buffer.byteLength && pcm.buffer instanceof ArrayBuffer;
  return whole ? pcm.buffer : pcm.slice().buffer;
}
