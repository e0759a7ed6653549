// Forks one of this folder's worker scripts. Works from source under tsx (the sibling is
// a .ts file and the child needs tsx's loader) and compiled (the sibling is a .js file).
// Native modules that block (robotjs) or abort the process (uiohook) live in workers.
import { fork, type ChildProcess } from 'node:child_process';
import { childExecArgv, moduleFile } from '../common/module-file.js';

export function forkWorker(baseName: string, env: NodeJS.ProcessEnv): ChildProcess {
  const file = moduleFile(new URL(`./${baseName}`, import.meta.url));
  return fork(file.path, [], {
    env,
    execArgv: childExecArgv(file),
    // stdout stays quiet; stderr shows a native crash message to whoever watches the app's log.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    serialization: 'json',
  });
}

/** Describes how a worker ended, for error messages. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal === 'SIGABRT') return 'it aborted (SIGABRT)';
  if (signal) return `it was killed by ${signal}`;
  return `it exited with code ${code}`;
}
