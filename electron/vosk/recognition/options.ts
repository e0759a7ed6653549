// How VoskRecognition is set up, and the defaults the app uses.
import { DEFAULT_REPLY_TIMEOUT_MS } from '../connection.js';
import type { VoskConfig } from '../protocol.js';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import type { LogSink } from '../../logging/log.js';

export interface ServerTarget {
  url: string;
  token?: string;
}

export interface RecognitionFallback {
  /** Told to the user while it is used, e.g. "the built-in engine". */
  label: string;
  server(): Promise<ServerTarget | undefined>;
}

export interface RecognitionOptions {
  /**
   * Where to connect, asked before every connection attempt: the settings' server, or the
   * built-in engine started on demand. A rejection that is not a VoskError is permanent.
   */
  resolveServer(): Promise<ServerTarget>;
  /** Read at every connection, so settings changes apply to the next one. */
  config(): VoskConfig;
  /**
   * Where to turn when resolveServer's server cannot be reached or refuses (1013 at
   * capacity, a 5xx from its proxy): e.g. the built-in engine. `server` resolves to
   * undefined when there is nothing to fall back to right now. The audio kept meanwhile
   * is replayed to whichever engine answers. Default: none.
   */
  fallback?: RecognitionFallback;
  /** Unfinalised audio kept for replay; past this the oldest is dropped (default 120 s). */
  bufferSeconds?: number;
  /** Keep the socket open between utterances for this long (default 60 s; 0 = never). */
  idleCloseSeconds?: number;
  backoff?: BackoffOptions;
  /** One connection attempt (default 10 s); retries continue after it. */
  connectTimeoutMs?: number;
  /** No reply for this long while replies are owed counts as a dropped connection (default 20 s). */
  replyTimeoutMs?: number;
  /** A cold connect slower than this shows "waking"/"reconnecting" (default 1.5 s). */
  slowConnectMs?: number;
  /**
   * Give up when the utterance has had no connection for this long, before the first one
   * or after a drop (default: never while audio comes in; the finish timeout bounds the
   * wait after). The app keeps trying while the user speaks; the CLI has nobody to wait.
   */
  offlineLimitMs?: number;
  /**
   * A first connection that is refused (nothing listening) or whose host name does not
   * resolve fails at once instead of being retried (default false). For the CLI: a typo
   * or a server not started is the likely cause. A Space waking up answers HTTP 503 and is
   * still retried, and so is every drop after a connection succeeded.
   */
  failFastWhenUnreachable?: boolean;
  /**
   * Audio that piled up unsent (a replay after a drop, speech while connecting) goes out in
   * messages of up to this many seconds instead of one per pushed frame (default 1 s;
   * capped at the server's 1 MiB frame limit).
   */
  replayMessageSeconds?: number;
  log?: LogSink;
}

export type ResolvedOptions = Required<Omit<RecognitionOptions, 'log' | 'fallback'>> & Pick<RecognitionOptions, 'log' | 'fallback'>;

export const DEFAULT_BUFFER_SECONDS = 120;
export const DEFAULT_IDLE_CLOSE_SECONDS = 60;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_SLOW_CONNECT_MS = 1500;
export const DEFAULT_REPLAY_MESSAGE_SECONDS = 1;

export function resolveOptions(options: RecognitionOptions): ResolvedOptions {
  const positive = (value: number | undefined, fallback: number, name: string): number => {
    if (value === undefined) return fallback;
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number ≥ 0, not ${String(value)}`);
    return value;
  };
  return {
    resolveServer: options.resolveServer,
    config: options.config,
    bufferSeconds: positive(options.bufferSeconds, DEFAULT_BUFFER_SECONDS, 'bufferSeconds'),
    idleCloseSeconds: positive(options.idleCloseSeconds, DEFAULT_IDLE_CLOSE_SECONDS, 'idleCloseSeconds'),
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    connectTimeoutMs: positive(options.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS, 'connectTimeoutMs'),
    replyTimeoutMs: positive(options.replyTimeoutMs, DEFAULT_REPLY_TIMEOUT_MS, 'replyTimeoutMs'),
    slowConnectMs: positive(options.slowConnectMs, DEFAULT_SLOW_CONNECT_MS, 'slowConnectMs'),
    offlineLimitMs: positive(options.offlineLimitMs, Infinity, 'offlineLimitMs'),
    failFastWhenUnreachable: options.failFastWhenUnreachable ?? false,
    replayMessageSeconds: positive(options.replayMessageSeconds, DEFAULT_REPLAY_MESSAGE_SECONDS, 'replayMessageSeconds'),
    log: options.log,
    fallback: options.fallback,
  };
}

/** Two connections are interchangeable when server, token and config are the same. */
export function connectionKey(target: ServerTarget, config: VoskConfig): string {
  return JSON.stringify([target.url, target.token ?? '', config]);
}
