// KeySender backed by robotjs in a child process (typing-worker.ts), so the main process
// never blocks while keys are pressed. If the worker dies it is restarted once; a second
// death makes every later call fail with the reason instead of retrying forever.
import type { ChildProcess } from 'node:child_process';
import type { KeyAction, KeySender } from './key-sender.js';
import { describeExit, forkWorker } from './fork-worker.js';
import type { TypingRequest, TypingResponse } from './typing-worker.js';
import { ModifierHeldError } from './modifier-state.js';

export interface RobotKeySenderOptions {
  /** Must carry DISPLAY for X11. */
  env?: NodeJS.ProcessEnv;
  /** robotjs per-key delay; 0 types ≈1,200 chars/s. robotjs's own default is 10. */
  keyboardDelay?: number;
}

interface Pending {
  resolve(): void;
  reject(e: Error): void;
}

export interface RobotKeySender extends KeySender {
  /** The worker's process id while one runs (for diagnostics and tests). */
  readonly workerPid: number | undefined;
}

export function createRobotKeySender(options: RobotKeySenderOptions = {}): RobotKeySender {
  const env = options.env ?? process.env;
  const keyboardDelay = options.keyboardDelay ?? 0;
  const pending = new Map<number, Pending>();
  let worker: ChildProcess | undefined;
  let starts = 0;
  let failure: string | undefined;
  let closed = false;
  let nextId = 1;

  function start(): ChildProcess {
    starts++;
    const child = forkWorker('typing-worker', env);
    child.on('message', (reply: TypingResponse) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve();
      else p.reject(reply.refused ? new ModifierHeldError(reply.error) : new Error(`typing failed: ${reply.error}`));
    });
    child.on('exit', (code, signal) => {
      if (worker === child) worker = undefined;
      if (closed) return;
      const how = describeExit(code, signal);
      if (starts >= 2) failure = `the typing worker stopped twice (${how}); restart Voskey`;
      for (const p of pending.values()) p.reject(new Error(`the typing worker stopped while typing (${how})`));
      pending.clear();
    });
    child.on('error', () => {}); // 'exit' follows and reports
    return child;
  }

  return {
    get workerPid() {
      return worker?.pid;
    },
    send(actions: KeyAction[]): Promise<void> {
      if (closed) return Promise.reject(new Error('the key sender is closed'));
      if (failure) return Promise.reject(new Error(failure));
      if (actions.length === 0) return Promise.resolve();
      worker ??= start();
      const id = nextId++;
      const request: TypingRequest = { id, actions, keyboardDelay };
      const child = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send(request, (e) => {
          if (e && pending.delete(id)) reject(new Error(`could not reach the typing worker: ${e.message}`));
        });
      });
    },
    close(): void {
      closed = true;
      worker?.kill();
      worker = undefined;
      for (const p of pending.values()) p.reject(new Error('the key sender was closed'));
      pending.clear();
    },
  };
}
