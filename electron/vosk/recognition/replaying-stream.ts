// One utterance that never loses a word. Audio from key-down is kept in an AudioBuffer
// until a final result covers it. The socket may not be open yet (cold start, a sleeping
// Space) or may drop mid-sentence: either way we reconnect with backoff and replay what
// no final has covered (config first, VoskConnection.open sends it), so the final text is
// complete, and since covered audio is dropped for good, nothing is typed twice.
//
// How coverage works: VoskConnection numbers every message it sends and tags each reply
// with the number it answers. We note the number of each audio frame we send; a final
// result answering message k covers every frame sent as message ≤ k.
import type { StreamStatus, UtteranceListener, UtteranceStream } from '../../dictation/ports.js';
import { VoskConnection, type CloseInfo } from '../connection.js';
import { VoskError } from '../errors.js';
import { MAX_FRAME_BYTES, type FinalReply, type PartialReply } from '../protocol.js';
import { isHuggingFaceSpace } from '../url.js';
import { AudioBuffer } from './audio-buffer.js';
import { backoffDelayMs } from './backoff.js';
import { ConnectStatus } from './connect-status.js';
import { RecoveryLog, type RecoveryTiming } from './recovery-timing.js';
import { failureKind } from './failure-kind.js';
import { connectionKey, type ResolvedOptions, type ServerTarget } from './options.js';
import type { WarmSocket } from './warm-socket.js';
import { errorMessage } from '../../common/error-message.js';

/** An UtteranceListener that may also want the whole reply (word times, confidences, alternatives). */
export interface RecognitionListener extends UtteranceListener {
  onPartial(text: string, reply?: PartialReply): void;
  onFinal(text: string, reply?: FinalReply): void;
}

/** What the utterances of one VoskRecognition share. */
export interface ReplayingStreamContext {
  options: ResolvedOptions;
  warm: WarmSocket;
  /** Learned once per recognition: the server closes 1011 on reset, so end with eof. */
  resetUnsupported: boolean;
  /** Until then (ms since epoch) connections go to the fallback engine: the server failed us. */
  fallbackUntil?: number;
  /** Why we fell back, for the overlay. */
  fallbackReason?: string;
}

/** After falling back, the configured server is tried again for a new connection after this long. */
const FALLBACK_HOLD_MS = 60_000;

/** What happened to an utterance's audio, for logs, tests and benchmarks. */
export interface ReplayingStreamStats {
  /** Seconds pushed by the caller. */
  pushedSeconds: number;
  /** Seconds sent more than once (replayed after a drop). */
  replayedSeconds: number;
  /** Seconds dropped for lack of buffer space while no connection could take them. */
  lostSeconds: number;
  /** Seconds pushed that no final result has covered yet (what a reconnect would replay). */
  pendingSeconds: number;
  /** Connections opened after the first (drops, reset fallback). */
  reconnects: number;
  finalsDelivered: number;
  /** One entry per dropped connection: where the time to recover went. */
  recoveries: RecoveryTiming[];
}

interface Live {
  connection: VoskConnection;
  key: string;
  /** (last message number of a frame, frame number), in send order. */
  marks: { message: number; seq: number }[];
  /** Message number of our eof/reset on this connection, once sent. */
  endIndex?: number;
  endMode?: 'eof' | 'reset';
}

type Phase = 'active' | 'finishing' | 'done';

export class ReplayingUtteranceStream implements UtteranceStream {
  private readonly buffer: AudioBuffer;
  private readonly bytesPerSecond: number;
  private readonly replayMessageBytes: number;
  private readonly status: ConnectStatus;
  private phase: Phase = 'active';
  private live: Live | undefined;
  private connecting = false;
  private target: ServerTarget | undefined;
  private lastError: Error | undefined;
  private failure: Error | undefined;
  private finishing: { promise: Promise<void>; resolve(): void; reject(error: Error): void } | undefined;
  private deadline = Infinity;
  private deadlineTimer: NodeJS.Timeout | undefined;
  private wakeRetry: (() => void) | undefined;
  private connections = 0;
  /** The open connection goes to the fallback engine, not the configured server. */
  private usingFallback = false;
  private highestEverSent = -1;
  private pushedBytes = 0;
  private replayedBytes = 0;
  private finals = 0;
  private readonly recovery = new RecoveryLog();

  constructor(
    private readonly context: ReplayingStreamContext,
    private readonly listener: RecognitionListener,
    private readonly onDone: (utterance: ReplayingUtteranceStream) => void,
  ) {
    const { options } = context;
    this.bytesPerSecond = options.config().sample_rate * 2;
    // Whole samples, at least one, and never past the server's 1 MiB frame limit.
    const replayBytes = Math.round(options.replayMessageSeconds * options.config().sample_rate) * 2;
    this.replayMessageBytes = Math.min(MAX_FRAME_BYTES, Math.max(2, replayBytes));
    this.buffer = new AudioBuffer(Math.max(1, Math.round(options.bufferSeconds * this.bytesPerSecond)));
    this.status = new ConnectStatus((s) => this.report(s), () => this.hostInfo(), options.slowConnectMs);
    void this.connectLoop('cold');
  }

  /** False once finished, failed or aborted. */
  get isActive(): boolean {
    return this.phase !== 'done';
  }

  get stats(): ReplayingStreamStats {
    return {
      pushedSeconds: this.pushedBytes / this.bytesPerSecond,
      replayedSeconds: this.replayedBytes / this.bytesPerSecond,
      lostSeconds: this.buffer.lostByteCount / this.bytesPerSecond,
      pendingSeconds: this.buffer.keptBytes / this.bytesPerSecond,
      reconnects: Math.max(0, this.connections - 1),
      finalsDelivered: this.finals,
      recoveries: this.recovery.entries.map((entry) => ({ ...entry })),
    };
  }

  pushAudio(pcm: Uint8Array): void {
    if (this.phase !== 'active' || pcm.byteLength === 0) return;
    this.pushedBytes += pcm.byteLength;
    const { droppedBytes } = this.buffer.push(pcm);
    if (droppedBytes > 0) {
      this.status.setNotice(
        `The buffer is full (${this.context.options.bufferSeconds} s): ${seconds(this.buffer.lostByteCount / this.bytesPerSecond)} of your earliest speech was dropped.`,
      );
    }
    this.pump();
  }

  finish(timeoutMs: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.finishing) return this.finishing.promise;
    if (this.phase === 'done') return Promise.resolve(); // aborted
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    this.finishing = { promise, resolve, reject };
    this.phase = 'finishing';
    this.deadline = Date.now() + timeoutMs;
    this.deadlineTimer = setTimeout(() => this.fail(this.timeoutError(timeoutMs)), timeoutMs);
    if (this.buffer.allSettled) this.complete(); // nothing said, or every word already final
    else this.pump();
    return promise;
  }

  abort(): void {
    if (this.phase === 'done') return;
    this.end();
    // Giving up is the caller's decision, not a failure to report: a waiting finish()
    // resolves quietly.
    this.finishing?.resolve();
  }

  // ── connecting ──────────────────────────────────────────────────────────────────────

  private async connectLoop(cause: 'cold' | 'drop', reason = ''): Promise<void> {
    if (this.connecting || this.phase === 'done') return;
    this.connecting = true;
    if (!(cause === 'cold' && this.context.warm.available)) this.status.start(cause, reason);
    const { options } = this.context;
    const giveUpAt = Date.now() + options.offlineLimitMs;
    try {
      for (let attempt = 0; this.isActive; attempt++) {
        const wait = backoffDelayMs(attempt, options.backoff);
        if (wait > 0) await this.sleep(Math.min(wait, Math.max(0, Math.min(this.deadline, giveUpAt) - Date.now())));
        if (!this.isActive) return;
        this.recovery.attempt();
        if (attempt > 0 && Date.now() >= giveUpAt) {
          this.fail(this.offlineError(options.offlineLimitMs));
          return;
        }
        try {
          const connection = await this.openConnection();
          if (!this.isActive) {
            void connection.connection.close();
            return;
          }
          this.attach(connection);
          return;
        } catch (error) {
          if (!this.isActive) return;
          this.lastError = error as Error;
          if (this.fallBack(error)) {
            attempt = -1; // the fallback engine gets a fresh start, without waiting
            continue;
          }
          if (failureKind(error) === 'permanent' || this.unreachableAtStart(error)) {
            this.fail(asError(error));
            return;
          }
          this.context.options.log?.info(`recognition: connect attempt ${attempt + 1} failed: ${errorMessage(error)}`);
          if (!this.status.isActive) this.status.start(cause, shortReason(error));
          this.status.setReason(shortReason(error));
        }
      }
    } finally {
      this.connecting = false;
    }
  }

  /** Nothing listening, or no such host, before any connection worked (see failFastWhenUnreachable). */
  private unreachableAtStart(error: unknown): boolean {
    if (!this.context.options.failFastWhenUnreachable || this.connections > 0) return false;
    return error instanceof VoskError && (error.code === 'refused' || error.code === 'dns');
  }

  /**
   * The server is unreachable or refused us and a fallback engine is set up: use it for
   * this and the next connections for a while. True when the caller should retry at once.
   */
  private fallBack(error: unknown): boolean {
    const { options } = this.context;
    if (!options.fallback || this.onFallback() || !(error instanceof VoskError)) return false;
    const unavailable =
      error.code === 'refused' ||
      error.code === 'dns' ||
      error.code === 'connect-timeout' ||
      (error.code === 'closed' && error.status === 1013) ||
      (error.code === 'http' && error.status !== undefined && error.status >= 500);
    if (!unavailable) return false;
    this.context.fallbackUntil = Date.now() + FALLBACK_HOLD_MS;
    this.context.fallbackReason = shortReason(error);
    options.log?.warn(`recognition: the server is unavailable (${error.message}); using ${options.fallback.label}`);
    return true;
  }

  private onFallback(): boolean {
    return (this.context.fallbackUntil ?? 0) > Date.now();
  }

  private async openConnection(): Promise<{ connection: VoskConnection; key: string }> {
    const { options, warm } = this.context;
    const fallback = this.onFallback() ? await options.fallback?.server() : undefined;
    const target = fallback ?? (await options.resolveServer());
    this.usingFallback = fallback !== undefined;
    this.target = target;
    const config = options.config();
    const key = connectionKey(target, config);
    const reused = warm.take(key);
    if (reused) return { connection: reused, key };
    if (!this.status.isActive) this.status.start('cold');
    const remaining = this.deadline - Date.now();
    const connection = await VoskConnection.open({
      url: target.url,
      token: target.token,
      config,
      connectTimeoutMs: Math.max(1, Math.min(options.connectTimeoutMs, remaining)),
      replyTimeoutMs: options.replyTimeoutMs,
    });
    return { connection, key };
  }

  private attach({ connection, key }: { connection: VoskConnection; key: string }): void {
    const live: Live = { connection, key, marks: [] };
    this.live = live;
    this.connections++;
    connection.on('partial', (text, index, reply) => {
      if (this.live !== live || this.phase === 'done') return;
      this.recovery.reply(index);
      this.listener.onPartial(text, reply);
    });
    connection.on('final', (reply, index) => this.onFinal(live, reply, index));
    connection.on('closed', (info) => this.onClosed(live, info));
    connection.on('error', () => undefined); // the 'closed' that follows carries the error
    this.status.stop();
    const label = this.context.options.fallback?.label;
    const message = this.usingFallback && label ? `The server is unavailable (${this.context.fallbackReason ?? 'no answer'}); using ${label}.` : '';
    this.report({ status: 'listening', message, elapsedSeconds: 0 });
    const [firstMessage, replayedBefore] = [connection.sentCount, this.replayedBytes];
    this.pump();
    this.recovery.replayed(firstMessage, connection.sentCount, (this.replayedBytes - replayedBefore) / this.bytesPerSecond);
  }

  // ── sending ─────────────────────────────────────────────────────────────────────────

  /** Send every kept frame this connection has not sent, then the end if we are finishing. */
  private pump(): void {
    const live = this.live;
    if (!live || live.endIndex !== undefined || this.phase === 'done') return;
    const { connection } = live;
    try {
      // Live speech goes out frame by frame as it is pushed; a backlog (replay after a drop,
      // audio said while connecting) goes out in big messages: fewer replies to wait for,
      // so the server catches up with the speaker sooner. A final covers a whole message.
      const maxBytes = this.replayMessageBytes;
      for (let run = this.buffer.unsentRun(maxBytes); run.length > 0 && connection.isOpen; run = this.buffer.unsentRun(maxBytes)) {
        const last = run.at(-1)!;
        const span = connection.sendAudio(run.length === 1 ? last.pcm : Buffer.concat(run.map((f) => f.pcm)));
        if (span.last >= span.first) live.marks.push({ message: span.last, seq: last.seq });
        this.buffer.markSent(last.seq);
        for (const frame of run) if (frame.seq <= this.highestEverSent) this.replayedBytes += frame.pcm.byteLength;
        this.highestEverSent = Math.max(this.highestEverSent, last.seq);
      }
      if (this.phase === 'finishing' && connection.isOpen) this.sendEnd(live);
    } catch (error) {
      // The socket failed between isOpen and send: its 'closed' event starts the reconnect.
      this.context.options.log?.warn(`recognition: send failed: ${errorMessage(error)}`);
    }
  }

  private sendEnd(live: Live): void {
    if (this.buffer.allSettled) {
      this.complete();
      return;
    }
    // reset keeps the socket warm for the next utterance; eof when the server is too old.
    const mode = this.context.resetUnsupported || this.context.options.idleCloseSeconds <= 0 ? 'eof' : 'reset';
    live.endMode = mode;
    live.endIndex = live.connection.sentCount;
    const remaining = Math.max(1, this.deadline - Date.now());
    // The result arrives through the 'final' event; failures through 'closed' or the deadline.
    live.connection.endUtterance(mode, remaining).catch(() => undefined);
  }

  // ── receiving ───────────────────────────────────────────────────────────────────────

  private onFinal(live: Live, reply: FinalReply, index: number): void {
    if (this.live !== live || this.phase === 'done') return;
    this.recovery.reply(index);
    let covered = -1;
    while (live.marks.length > 0 && live.marks[0]!.message <= index) covered = live.marks.shift()!.seq;
    if (covered >= 0) this.buffer.coverThrough(covered);
    if (index === live.endIndex) this.buffer.coverThrough(this.buffer.pushedFrames - 1);
    if (reply.text.trim() !== '') {
      this.finals++;
      this.listener.onFinal(reply.text, reply);
    }
    if (index === live.endIndex) this.complete();
  }

  private onClosed(live: Live, info: CloseInfo): void {
    live.connection.removeAllListeners();
    if (this.live !== live) return;
    this.live = undefined;
    if (this.phase === 'done') return;
    this.buffer.connectionLost();
    this.recovery.lost();
    const error =
      info.error ?? new VoskError('closed', `The server closed the connection (code ${info.code}) before the utterance ended.`, info.code);
    this.lastError = error;
    if (live.endMode === 'reset' && live.connection.resetUnsupported) {
      this.context.resetUnsupported = true;
      this.context.options.log?.info('recognition: the server does not support reset; ending utterances with eof');
      void this.connectLoop('drop', 'the server is too old for reset; reconnecting');
      return;
    }
    if (this.fallBack(error)) {
      void this.connectLoop('drop', `using ${this.context.options.fallback!.label}`);
      return;
    }
    if (failureKind(error) === 'permanent') {
      this.fail(error);
      return;
    }
    this.context.options.log?.warn(`recognition: connection lost: ${error.message}`);
    void this.connectLoop('drop', shortReason(error));
  }

  // ── ending ──────────────────────────────────────────────────────────────────────────

  private complete(): void {
    if (this.phase === 'done') return;
    const live = this.live;
    this.end(live);
    if (live) {
      live.connection.removeAllListeners();
      const idle = live.connection.isOpen && live.connection.replyCount === live.connection.sentCount;
      if (idle && live.endMode !== 'eof') this.context.warm.put(live.connection, live.key);
      else void live.connection.close();
    }
    const lost = this.buffer.lostByteCount;
    if (lost > 0) {
      const error = new Error(
        `${seconds(lost / this.bytesPerSecond)} of your speech was lost: the server was unreachable for longer than the ${this.context.options.bufferSeconds} s the app can keep. The rest was typed.`,
      );
      this.failure = error;
      this.listener.onError(error);
      this.finishing?.reject(error);
      return;
    }
    this.finishing?.resolve();
  }

  private fail(error: Error): void {
    if (this.phase === 'done') return;
    const unsent = this.buffer.keptBytes + this.buffer.lostByteCount;
    const lostNote = unsent > 0 && this.buffer.pushedFrames > 0 ? ` ${seconds(unsent / this.bytesPerSecond)} of speech was not transcribed.` : '';
    const reported = lostNote ? Object.assign(new Error(`${error.message}${lostNote}`), { cause: error }) : error;
    this.end();
    this.failure = reported;
    this.listener.onError(reported);
    this.finishing?.reject(reported);
  }

  /** Stop everything: timers, status, the connection (unless `keep` is handed on). */
  private end(keep?: Live): void {
    this.phase = 'done';
    clearTimeout(this.deadlineTimer);
    this.status.stop();
    this.wakeRetry?.();
    const live = this.live;
    this.live = undefined;
    if (live && live !== keep) {
      live.connection.removeAllListeners();
      void live.connection.close();
    }
    this.onDone(this);
  }

  private offlineError(limitMs: number): Error {
    const why = this.lastError ? ` Last error: ${this.lastError.message}` : '';
    return new VoskError('connect-timeout', `Could not reach the server for ${seconds(limitMs / 1000)}; giving up.${why}`);
  }

  private timeoutError(timeoutMs: number): Error {
    const waited = seconds(timeoutMs / 1000);
    if (this.live) {
      return new VoskError('reply-timeout', `The server did not send the final result within ${waited} after you stopped speaking: it may be overloaded.`);
    }
    const why = this.lastError ? ` Last error: ${this.lastError.message}` : '';
    return new VoskError('connect-timeout', `Could not reach the server within ${waited} after you stopped speaking.${why}`);
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────

  /** A backoff wait that ends early when the utterance ends. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakeRetry = done;
    });
  }

  private report(status: StreamStatus): void {
    if (this.phase !== 'done') this.listener.onStatus(status);
  }

  private hostInfo(): { name: string; space: boolean } | undefined {
    if (!this.target) return undefined;
    try {
      const url = new URL(this.target.url);
      return { name: url.host, space: isHuggingFaceSpace(url.hostname) };
    } catch {
      return { name: this.target.url, space: false };
    }
  }
}

/** The gist of an error for a one-line status. */
function shortReason(error: unknown): string {
  const message = errorMessage(error);
  const first = message.split(/[:.](\s|$)/)[0] ?? message;
  return first.length > 80 ? `${first.slice(0, 79)}…` : first;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function seconds(value: number): string {
  return `${Number(value.toFixed(1))} s`;
}
