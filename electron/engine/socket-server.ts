// The websocket side of the built-in server: accepts clients up to its capacity and while
// the accepted streams' replies keep up (refusing the rest at once with 1013, so the streams
// it took stay real time), gives each its own recognizer thread from a bounded pool, runs
// at most one decode per core at a time, in turns of at most 200 ms of audio given
// round-robin across clients, real-time streams before batch clients (decode-slots.ts), closes sockets that never say anything,
// refuses browser pages, and shuts down within a deadline. Threads are started by an injected function, so tests can
// hand in threads that misbehave on purpose.
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { MAX_FRAME_BYTES } from '../vosk/protocol.js';
import { DecodeSlots } from './decode-slots.js';
import { DecodeLoad } from './decode-load.js';
import { RecognizerPool } from './recognizer-pool.js';
import { ReplyLag } from './reply-lag.js';
import type { RecognizerThread } from './recognizer-thread.js';
import { DEFAULT_LIMITS, type ServerLimits } from './server-limits.js';
import { CLOSE_TRY_AGAIN_LATER, BuiltinServerConnection } from './builtin-server-connection.js';
import { errorMessage } from '../common/error-message.js';

export interface RecognitionServerOptions {
  host: string;
  port: number;
  startThread: () => Promise<RecognizerThread>;
  limits?: Partial<ServerLimits>;
  /** Told why each client was refused (voskey serve prints it). */
  onRefuse?: (reason: string) => void;
}

export interface RecognitionServerStats {
  /** Clients connected right now. */
  connections: number;
  /** Connections whose recognizer has been released since the server started. */
  released: number;
  /** Closed connections whose recognizer is still being released (its place is already free). */
  releasing: number;
  /** Clients refused (1013) because the server was at capacity or behind. */
  refused: number;
  /** The accepted real-time streams' p95 reply lag over the last few seconds, ms. */
  replyLagMs: number;
  /** The share of the decode slots (0–1) the real-time streams' decodes took over the last few seconds. */
  decodeShare: number;
  /** Recognizer workers loading right now. */
  loadsInFlight: number;
  /** Recognizer worker threads alive (busy, idle or loading). */
  threads: number;
  /** Decodes holding a slot now, waiting for one, and the most that ever held one at once. */
  decodes: DecodeSlots['stats'];
}

export interface RecognitionServer {
  readonly url: string;
  readonly port: number;
  readonly limits: ServerLimits;
  stats(): RecognitionServerStats;
  /** Ends every connection and worker; done within limits.shutdownMs plus any native call in progress. */
  close(): Promise<void>;
}

export async function startRecognitionServer(options: RecognitionServerOptions): Promise<RecognitionServer> {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // Workers for as many clients as it accepts, so a burst reuses loaded ones.
  limits.keepIdle ??= limits.capacity;
  const slots = new DecodeSlots(limits.decodeSlots);
  const poolWork = {};
  const pool = new RecognizerPool({
    startThread: options.startThread,
    background: (work) => slots.run(poolWork, work, 'background'),
    maxLoading: limits.maxLoading,
    keepIdle: limits.keepIdle,
    idleWorkerMs: limits.idleWorkerMs,
  });
  const lag = new ReplyLag();
  const load = new DecodeLoad(limits.decodeSlots);
  // Load a recognizer before listening: an engine that cannot load is reported to the
  // caller now, not to the first client.
  await pool.ready();

  const wss = new WebSocketServer({
    host: options.host,
    port: options.port,
    maxPayload: MAX_FRAME_BYTES,
    verifyClient: (info: { req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) => {
      // Browsers send Origin on every websocket; Vosk clients (ours, vosk-server's own
      // examples) send none. Without this check any web page open in the user's browser
      // could stream to, and load recognizers on, a server on 127.0.0.1.
      const origin = info.req.headers.origin;
      if (origin === undefined || limits.allowedOrigins.includes(origin)) done(true);
      else if (origin === 'null') done(false, 403, 'Origin null (a local file or sandboxed page) is never allowed');
      else done(false, 403, `Origin ${origin} is not allowed (start the server with --allow-origin ${origin} to allow it)`);
    },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', resolve);
      wss.once('error', reject);
    });
  } catch (error) {
    await pool.close();
    throw new Error(`the built-in server cannot listen on ${options.host}:${options.port}: ${errorMessage(error)}`);
  }

  /** Every connection until its recognizer is released (shutdown waits for them). */
  const connections = new Set<BuiltinServerConnection>();
  /** Open sockets: what admission counts. A closed one frees its place at once, before its recognizer is recycled. */
  const admitted = new Set<BuiltinServerConnection>();
  let released = 0;
  let refused = 0;
  const whyRefuse = (): string | undefined => {
    if (admitted.size >= limits.capacity) return `server at capacity (${limits.capacity} streams); try again later`;
    // Only with streams open to protect: the app's own single stream after a slow one, on
    // a machine busy with something else, must still be served.
    const behind = admitted.size > 0 ? lag.p95() : 0;
    if (behind > limits.maxReplyLagMs) return `server busy: replies are ${Math.round(behind)} ms behind (limit ${limits.maxReplyLagMs} ms); try again later`;
    // One more stream at what each open one costs; batch clients take only what is left.
    const share = load.predict(admitted.size - load.batchStreams() + 1);
    if (share > limits.maxDecodeShare) {
      const percent = (n: number) => `${Math.round(n * 100)} %`;
      return `server busy: one more stream would take ${percent(share)} of the decoding time (limit ${percent(limits.maxDecodeShare)}); try again later`;
    }
    return undefined;
  };
  wss.on('connection', (socket) => {
    const reason = whyRefuse();
    if (reason !== undefined) {
      refused++;
      options.onRefuse?.(`${reason} (${admitted.size} streams open)`);
      BuiltinServerConnection.refuse(socket, CLOSE_TRY_AGAIN_LATER, reason);
      return;
    }
    const connection: BuiltinServerConnection = new BuiltinServerConnection(socket, {
      take: (signal) => pool.take(signal),
      give: (thread) => pool.give(thread),
      decode: (work, kind) => slots.run(connection, work, kind),
      idleMs: limits.idleMs,
      replied: (lagMs, audioMs, decodeMs) => {
        lag.record(lagMs, audioMs, connection);
        load.record(connection, decodeMs, audioMs);
      },
    });
    connections.add(connection);
    admitted.add(connection);
    void connection.closed.then(() => {
      admitted.delete(connection);
      lag.forget(connection);
      load.forget(connection);
    });
    void connection.done.then(() => {
      connections.delete(connection);
      released++;
    });
  });

  const port = (wss.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    url: `ws://${host}:${port}`,
    port,
    limits,
    stats: () => ({ connections: admitted.size, released, releasing: connections.size - admitted.size, refused, replyLagMs: lag.p95(), decodeShare: load.busy().share, loadsInFlight: pool.loadsInFlight, threads: pool.threads, decodes: slots.stats }),
    close: () =>
      (closing ??= (async () => {
        const closed = new Promise<void>((resolve) => wss.close(() => resolve()));
        const done = [...connections].map((c) => c.done);
        for (const connection of connections) connection.shutdown();
        const graceful = Promise.all(done).then(() => pool.close());
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), limits.shutdownMs)));
        if ((await Promise.race([graceful, late])) === 'late') {
          // Whatever is still loading or decoding: stop it rather than keep the user waiting.
          // Clients still owed a final are told why first (1001 and a reason): the close frame
          // goes out before the workers are stopped, and only a client that has not answered
          // it by then is cut off.
          for (const connection of connections) connection.abandon();
          await pool.terminate();
          for (const client of wss.clients) client.terminate();
        }
        clearTimeout(timer);
        await closed;
      })()),
  };
}
