// The built-in Vosk-compatible server: the same websocket protocol as
// alphacep/vosk-server, backed by PocketSphinx or libvosk, for people without a server.
import { prepareEngineProcess } from './load-engine.js';
import { RecognizerThread } from './recognizer-thread.js';
import type { ServerLimits } from './server-limits.js';
import { startRecognitionServer, type RecognitionServerStats } from './socket-server.js';
import { spawnRecognizerThread } from './worker-launcher.js';
import type { EngineSpec } from './load-engine.js';

export interface BuiltinServerOptions extends EngineSpec {
  /** Default 127.0.0.1: the server is for this machine, not the network. */
  host?: string;
  /** 0 = a free port. */
  port?: number;
  /** Capacity, allowed origins, timeouts; defaults in server-limits.ts. */
  limits?: Partial<ServerLimits>;
  /** Told why each client was refused (1013), e.g. to log it. */
  onRefuse?: (reason: string) => void;
}

export interface BuiltinServer {
  /** ws://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  readonly limits: ServerLimits;
  stats(): RecognitionServerStats;
  close(): Promise<void>;
}

/** Rejects with a clear Error if the engine cannot load (missing library or model). */
export async function startBuiltinServer(options: BuiltinServerOptions): Promise<BuiltinServer> {
  if (options.engine !== 'sphinx' && options.engine !== 'vosk') {
    throw new Error(`unknown engine ${JSON.stringify(options.engine)}: use "sphinx" or "vosk"`);
  }
  const spec: EngineSpec = { engine: options.engine, ...(options.modelDir ? { modelDir: options.modelDir } : {}), ...(options.rescoreFinal ? { rescoreFinal: true } : {}) };
  prepareEngineProcess(spec);
  const server = await startRecognitionServer({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    startThread: () => RecognizerThread.start(spawnRecognizerThread(spec)),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.onRefuse ? { onRefuse: options.onRefuse } : {}),
  });
  return server;
}
