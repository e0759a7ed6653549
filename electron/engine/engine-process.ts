// Entry point of the built-in engine's own process. The app runs the recognizer server
// outside the main process (Electron's utilityProcess in the app, a Node child process in
// tests and the CLI), so native recognizer code can neither block nor crash the UI.
// It starts the server on 127.0.0.1 with a free port and reports the URL to its parent.
import { errorMessage } from '../common/error-message.js';
import { loadLibvosk } from './libvosk.js';
import { startBuiltinServer } from './server.js';
import type { EngineProcessMessage, EngineProcessRequest } from './engine-process-messages.js';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

// Electron's utilityProcess gives process.parentPort; a Node fork gives process.send.
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function post(message: EngineProcessMessage): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function onRequest(listener: (request: EngineProcessRequest) => void): void {
  if (parentPort) parentPort.on('message', (event) => listener(event.data as EngineProcessRequest));
  else process.on('message', (message) => listener(message as EngineProcessRequest));
}

let stopServer: (() => Promise<void>) | undefined;

onRequest((request) => {
  if (request.type === 'start') {
    startBuiltinServer({ engine: request.engine, ...(request.modelDir ? { modelDir: request.modelDir } : {}), host: '127.0.0.1', port: 0 })
      .then((server) => {
        stopServer = () => server.close();
        post({ type: 'ready', url: server.url });
      })
      .catch((error: Error) => post({ type: 'failed', message: error.message }));
  } else if (request.type === 'probe') {
    // koffi loads libvosk from app.asar.unpacked in the packaged app (libvosk.ts unpackedPath).
    let libvosk: string | null = null;
    try {
      loadLibvosk();
    } catch (error) {
      libvosk = errorMessage(error);
    }
    post({ type: 'probe', libvosk });
  } else if (request.type === 'stop') {
    void (stopServer?.() ?? Promise.resolve()).finally(() => process.exit(0));
  }
});

// A parent that dies without saying goodbye must not leave the engine running.
process.on('disconnect', () => process.exit(0));
