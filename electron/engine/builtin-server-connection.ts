// One client socket, served the way alphacep/vosk-server's asr_server.py serves it:
// config messages get no reply and are ignored once audio started; every other message
// gets exactly one reply, in order; `{"eof" : 1}` ends with a final result and close 1000;
// `{"reset" : 1}` gives a final result and keeps the socket open. Anything else closes
// 1011 with a reason a developer can act on.
import { WebSocket, type RawData } from 'ws';
import { DEFAULT_SAMPLE_RATE, EOF_FRAME, RESET_FRAME, formatReply, type VoskReply } from '../vosk/protocol.js';
import { audioUnits } from './audio-units.js';
import type { DecodeKind } from './decode-slots.js';
import { PcmFramer } from './pcm-framer.js';
import type { RecognizerOptions } from './recognizer.js';
import type { RecognizerThread } from './recognizer-thread.js';
import { REALTIME_MESSAGE_MS } from './reply-lag.js';
import { applyConfigMessage } from './vosk-config.js';
import { errorMessage } from '../common/error-message.js';

export const CLOSE_NORMAL = 1000;
export const CLOSE_SERVER_ERROR = 1011;
/** RFC 6455 "Try Again Later": the server is at capacity; clients retry (elsewhere). */
export const CLOSE_TRY_AGAIN_LATER = 1013;
/** RFC 6455 "Policy Violation": here, a socket that said nothing for too long. */
export const CLOSE_IDLE = 1008;
/**
 * A client may send faster than its recognizer decodes. Past this many waiting messages
 * we stop reading its socket (TCP pushes back on the client), as vosk-server's websockets
 * library does with its 32-message queue, instead of buffering without limit.
 */
const MAX_WAITING_MESSAGES = 32;
/**
 * At shutdown a socket paused at MAX_WAITING_MESSAGES may hold its eof unread behind more
 * audio. That much more is read to find it (a 64 KiB frame is 2 s of audio, so this is a
 * minute's worth); a client that sent no eof within it is still talking, and is closed.
 * It bounds memory only: the shutdown deadline (ServerLimits.shutdownMs) bounds the time.
 */
const SHUTDOWN_READ_AHEAD_BYTES = 2 * 1024 * 1024;
/** A client that does not answer our close frame is cut off after this long. */
const CLOSE_HANDSHAKE_MS = 2000;
/** Close reasons are limited to 123 bytes by the websocket protocol. */
const MAX_REASON_BYTES = 123;

/** vosk-server's defaults, except the sample rate: our models are 16 kHz. */
const DEFAULT_OPTIONS: RecognizerOptions = { sampleRate: DEFAULT_SAMPLE_RATE, words: true, maxAlternatives: 0 };

/** Where a connection gets its recognizer thread and gives it back when done. */
export interface ThreadSource {
  /** Rejects if `signal` aborts first: the client left while waiting. */
  take(signal: AbortSignal): Promise<RecognizerThread>;
  give(thread: RecognizerThread): Promise<void>;
  /** Runs one native call on the thread at this client's next turn at a decode slot (decode-slots.ts); 'bulk' waits for 'live'. */
  decode<T>(work: () => Promise<T>, kind?: DecodeKind): Promise<T>;
  /** Close a socket that sends neither config nor audio for this long (nothing of its own in flight). */
  idleMs: number;
  /**
   * Told of every reply to audio: how long after its message arrived, how much audio it
   * held, and how long its decodes held a slot.
   */
  replied?(lagMs: number, audioMs: number, decodeMs: number): void;
}

/** The built-in server's side of one client's socket (the app's side is VoskConnection, vosk/connection.ts). */
export class BuiltinServerConnection {
  private options: RecognizerOptions = { ...DEFAULT_OPTIONS };
  private audioStarted = false;
  private thread: RecognizerThread | undefined;
  private finished = false;
  private readonly framer = new PcmFramer();
  /** Messages are handled strictly one after another, so replies keep their order. */
  private queue: Promise<void> = Promise.resolve();
  private waiting = 0;
  /** Aborted when the socket closes, so a wait for a recognizer ends with it. */
  private readonly gone = new AbortController();
  private idleTimer: NodeJS.Timeout | undefined;
  /** The client sent eof (maybe still queued): it has said everything and waits for its final. */
  private eofReceived = false;
  /** Bytes still to be read at shutdown looking for an eof (see SHUTDOWN_READ_AHEAD_BYTES); undefined before shutdown. */
  private readAheadLeft: number | undefined;
  /** When this client's recognizer was created (performance.now()). */
  private readyAt = 0;
  /** Resolves when the socket is closed and its recognizer released. */
  readonly done: Promise<void>;
  /** Resolves as soon as the socket is closed: its place is free from then on. */
  readonly closed: Promise<void>;

  /** Accept the handshake only to close at once with `code` and a reason (e.g. 1013 at capacity). */
  static refuse(socket: WebSocket, code: number, reason: string): void {
    socket.on('error', () => undefined);
    socket.close(code, truncateUtf8(reason, MAX_REASON_BYTES));
    setTimeout(() => socket.terminate(), CLOSE_HANDSHAKE_MS).unref();
  }

  constructor(
    private readonly socket: WebSocket,
    private readonly threads: ThreadSource,
  ) {
    this.armIdleTimer();
    socket.on('message', (data, isBinary) => {
      // Restarted by every message: a socket that sent a config (or some audio) and then
      // nothing once held its place for good, so six such sockets locked everyone out.
      clearTimeout(this.idleTimer);
      const arrived = performance.now(); // lag counts the wait behind this client's earlier messages too
      if (this.eofReceived && this.readAheadLeft !== undefined) return; // nothing after an eof matters, and shutdown is under way
      if (!isBinary && rawToBuffer(data).toString('utf8') === EOF_FRAME) this.eofReceived = true;
      if (this.readAheadLeft !== undefined && !this.readAhead(rawToBuffer(data).length)) return;
      this.waiting++;
      if (this.waiting >= MAX_WAITING_MESSAGES && this.readAheadLeft === undefined) socket.pause();
      this.enqueue(async () => {
        try {
          await this.handle(data, isBinary, arrived);
        } finally {
          this.waiting--;
          if (socket.isPaused && this.waiting < MAX_WAITING_MESSAGES / 2) socket.resume();
          // Idle counts from the last reply owed: a client waiting for its final is not idle.
          if (this.waiting === 0) this.armIdleTimer();
          // At shutdown, a backlog decoded to its end without an eof: the client is still talking.
          if (this.waiting === 0 && this.readAheadLeft !== undefined && !this.eofReceived) this.close(1001, 'the server is shutting down');
        }
      });
    });
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    this.done = new Promise((resolve) =>
      socket.once('close', () => {
        this.finished = true;
        clearTimeout(this.idleTimer);
        this.gone.abort();
        // After whatever is in flight: the worker frees the recognizer on its own thread,
        // and the pool keeps the loaded worker for the next client or ends it.
        this.enqueue(async () => {
          try {
            if (this.thread) await this.threads.give(this.thread);
          } finally {
            resolve();
          }
        });
      }),
    );
    socket.on('error', () => undefined); // a vanished client also emits 'close'; nothing to add
  }

  /**
   * Server shutdown: tell the client, and let 'close' release the recognizer. A client that
   * already sent eof is owed its final, so it is left to finish (the eof closes it with
   * 1000); the server's shutdown deadline bounds the wait. A client with a backlog may have
   * that eof still unread in its socket (paused, or read in a later chunk): it is read on
   * (bounded) to find out, and closed once the backlog is decoded without one.
   */
  shutdown(): void {
    if (this.eofReceived || this.finished) return;
    // Nothing queued: all it sent has been answered, so it is talking in real time.
    if (!this.socket.isPaused && this.waiting === 0) {
      this.close(1001, 'the server is shutting down');
      return;
    }
    this.readAheadLeft = SHUTDOWN_READ_AHEAD_BYTES;
    this.socket.resume();
  }

  /** The shutdown deadline passed with this client's final still owed: say so, rather than cut it off. */
  abandon(): void {
    this.close(1001, 'the server shut down before your audio was decoded');
  }

  /** Counts a message read at shutdown; false (and the socket closed) once no eof came within the bound. */
  private readAhead(bytes: number): boolean {
    if (this.eofReceived) {
      this.socket.pause(); // what follows an eof is never decoded: leave it unread
      return true;
    }
    this.readAheadLeft = (this.readAheadLeft ?? 0) - bytes;
    if (this.readAheadLeft >= 0) return true;
    this.close(1001, 'the server is shutting down');
    return false;
  }

  private armIdleTimer(): void {
    clearTimeout(this.idleTimer);
    if (this.finished) return;
    const idleSeconds = Math.round(this.threads.idleMs / 100) / 10;
    this.idleTimer = setTimeout(() => this.close(CLOSE_IDLE, `no config or audio within ${idleSeconds} s`), this.threads.idleMs);
    this.idleTimer.unref();
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(step).catch((error: unknown) => this.fail(error));
  }

  private async handle(data: RawData, isBinary: boolean, arrived: number): Promise<void> {
    if (this.finished) return;
    if (!isBinary) return this.handleText(rawToBuffer(data).toString('utf8'));
    const pcm = this.framer.push(rawToBuffer(data));
    const thread = await this.recognizer();
    if (!thread) return;
    // One decode turn per unit (audio-units.ts), so a large message waits its turn between
    // other clients' units instead of holding a slot for seconds. Its one reply is the
    // last unit's; a client that leaves mid-message has the rest of it dropped. A message
    // longer than a real-time stream's is a batch client's: its units wait for the streams'.
    const audioMs = (pcm.length / this.options.sampleRate) * 1000;
    const kind = audioMs > REALTIME_MESSAGE_MS ? 'bulk' : 'live';
    const units = audioUnits(pcm, this.options.sampleRate);
    let decodeMs = 0;
    // Time in the slot only, not waiting for it: what this message costs the machine.
    const timed = <T>(work: () => Promise<T>) => async () => {
      const start = performance.now();
      try {
        return await work();
      } finally {
        decodeMs += performance.now() - start;
      }
    };
    for (const unit of units.slice(0, -1)) {
      await this.threads.decode(timed(() => thread.feed(unit)), kind);
      if (this.finished) return;
    }
    const last = units.at(-1)!;
    this.send(await this.threads.decode(timed(() => thread.accept(last)), kind));
    // From arrival, or from when the recognizer was ready: waiting for a model to load is
    // a one-off per client, not a sign that the machine is behind on decoding.
    if (!this.finished) this.threads.replied?.(performance.now() - Math.max(arrived, this.readyAt), audioMs, decodeMs);
  }

  private async handleText(text: string): Promise<void> {
    if (text === EOF_FRAME || text === RESET_FRAME) {
      const thread = await this.recognizer();
      if (!thread) return;
      this.send(await this.threads.decode(() => thread.final()));
      if (text === EOF_FRAME) this.close(CLOSE_NORMAL, '');
      return;
    }
    if (text.includes('"config"')) {
      if (!this.audioStarted) this.options = applyConfigMessage(this.options, text);
      return;
    }
    const hint = /"(eof|reset)"/.test(text) ? ` (the server needs exactly ${EOF_FRAME} or ${RESET_FRAME})` : '';
    throw new Error(`unexpected text message ${preview(text)}${hint}`);
  }

  /** The recognizer, created on the first message that is not config (as vosk-server does). */
  private async recognizer(): Promise<RecognizerThread | undefined> {
    this.audioStarted = true;
    if (this.thread) return this.thread;
    const thread = await this.threads.take(this.gone.signal);
    if (this.finished) {
      await this.threads.give(thread);
      return undefined;
    }
    this.thread = thread;
    thread.onCrash((error) => this.fail(error));
    await this.threads.decode(() => thread.create(this.options));
    this.readyAt = performance.now();
    return thread;
  }

  private send(reply: VoskReply): void {
    if (!this.finished && this.socket.readyState === WebSocket.OPEN) this.socket.send(formatReply(reply));
  }

  private fail(error: unknown): void {
    this.close(CLOSE_SERVER_ERROR, errorMessage(error));
  }

  private close(code: number, reason: string): void {
    if (this.finished) return;
    this.finished = true;
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.close(code, truncateUtf8(reason, MAX_REASON_BYTES));
    setTimeout(() => this.socket.terminate(), CLOSE_HANDSHAKE_MS).unref();
  }
}

function rawToBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = text;
  while (Buffer.byteLength(`${out}…`) > maxBytes) out = out.slice(0, -1);
  return `${out}…`;
}

function preview(text: string): string {
  return JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text);
}
