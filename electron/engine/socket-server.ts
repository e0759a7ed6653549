// The websocket side of the built-in server: accepts clients, gives each its own
// recognizer thread from the warm pool, and shuts down cleanly. Threads are started by an
// injected function, so tests can hand in threads that misbehave on purpose.
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { MAX_FRAME_BYTES } from '../vosk/protocol.js';
import type { RecognizerThread } from './recognizer-thread.js';
import { VoskConnection } from './vosk-connection.js';
import { WarmPool } from './warm-pool.js';
import { errorMessage } from '../common/error-message.js';

export interface RecognitionServerOptions {
  host: string;
  port: number;
  startThread: () => Promise<RecognizerThread>;
}

export interface RecognitionServerStats {
  /** Clients connected right now. */
  connections: number;
  /** Connections whose recognizer has been released since the server started. */
  released: number;
}

export interface RecognitionServer {
  readonly url: string;
  readonly port: number;
  stats(): RecognitionServerStats;
  close(): Promise<void>;
}

export async function startRecognitionServer(options: RecognitionServerOptions): Promise<RecognitionServer> {
  const pool = new WarmPool(options.startThread);
  // Load a recognizer before listening: an engine that cannot load is reported to the
  // caller now, not to the first client.
  await pool.ready();

  const wss = new WebSocketServer({ host: options.host, port: options.port, maxPayload: MAX_FRAME_BYTES });
  try {
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', resolve);
      wss.once('error', reject);
    });
  } catch (error) {
    await pool.close();
    throw new Error(`the built-in server cannot listen on ${options.host}:${options.port}: ${errorMessage(error)}`);
  }

  const connections = new Set<VoskConnection>();
  let released = 0;
  wss.on('connection', (socket) => {
    const connection = new VoskConnection(socket, () => pool.take());
    connections.add(connection);
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
    stats: () => ({ connections: connections.size, released }),
    close: () =>
      (closing ??= (async () => {
        const closed = new Promise<void>((resolve) => wss.close(() => resolve()));
        const done = [...connections].map((c) => c.done);
        for (const connection of connections) connection.shutdown();
        await Promise.all(done);
        await pool.close();
        await closed;
      })()),
  };
}
