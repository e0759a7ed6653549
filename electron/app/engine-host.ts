// Runs the built-in Vosk-compatible server on demand, in its own process, and hands out
// its URL. The same engine is reused while the choice (engine + model) stays the same; a
// changed choice or a crashed engine gets a fresh process at the next request.
import { fork } from 'node:child_process';
import { childExecArgv, moduleFile, type ModuleFile } from '../common/module-file.js';
import type { EngineProcessMessage, EngineProcessRequest } from '../engine/engine-process-messages.js';
import type { EngineSpec } from '../engine/load-engine.js';
import type { LogSink } from '../logging/log.js';

/** A started engine process, whichever kind (Node child process or Electron utilityProcess). */
export interface EngineProcess {
  send(request: EngineProcessRequest): void;
  onMessage(listener: (message: EngineProcessMessage) => void): void;
  onExit(listener: (description: string) => void): void;
  kill(): void;
}

export type EngineProcessLauncher = (entry: ModuleFile) => EngineProcess;

export const ENGINE_ENTRY = moduleFile(new URL('../engine/engine-process', import.meta.url));

/** Node's child_process.fork (in Electron, fork runs the file with ELECTRON_RUN_AS_NODE). */
export const forkEngineProcess: EngineProcessLauncher = (entry) => {
  const child = fork(entry.path, [], { execArgv: childExecArgv(entry), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return {
    send: (request) => void child.send(request),
    onMessage: (listener) => void child.on('message', (m) => listener(m as EngineProcessMessage)),
    onExit: (listener) =>
      void child.on('exit', (code, signal) => listener(signal ? `it was killed by ${signal}` : `it exited with code ${code}`)),
    kill: () => void child.kill(),
  };
};

const START_TIMEOUT_MS = 30_000;

export class BuiltinEngineHost {
  private running: { key: string; url: Promise<string>; process: EngineProcess } | undefined;

  constructor(
    private readonly launch: EngineProcessLauncher = forkEngineProcess,
    private readonly log?: LogSink,
  ) {}

  /** The engine's ws:// URL, starting it if needed. Rejects with the engine's own reason. */
  url(spec: EngineSpec): Promise<string> {
    const key = JSON.stringify([spec.engine, spec.modelDir ?? '']);
    if (this.running?.key === key) return this.running.url;
    this.stop();
    const child = this.launch(ENGINE_ENTRY);
    const url = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the built-in engine did not start within 30 s')), START_TIMEOUT_MS);
      child.onMessage((message) => {
        clearTimeout(timer);
        if (message.type === 'ready') resolve(message.url);
        else if (message.type === 'failed') reject(new Error(message.message));
      });
      child.onExit((description) => {
        clearTimeout(timer);
        reject(new Error(`the built-in engine stopped: ${description}`));
        if (this.running?.process === child) this.running = undefined;
        this.log?.warn(`built-in engine exited: ${description}`);
      });
    });
    // A failed start is not cached: the next dictation tries again (e.g. after a model download).
    url.catch(() => {
      if (this.running?.process === child) this.running = undefined;
      child.kill();
    });
    this.running = { key, url, process: child };
    // Only the spec's own fields cross to the engine process (a choice also carries names for people).
    child.send({ type: 'start', engine: spec.engine, ...(spec.modelDir ? { modelDir: spec.modelDir } : {}) });
    return url;
  }

  stop(): void {
    const running = this.running;
    this.running = undefined;
    if (!running) return;
    running.process.send({ type: 'stop' });
    // Give it a moment to close its sockets, then make sure it is gone.
    setTimeout(() => running.process.kill(), 2000).unref();
  }
}
