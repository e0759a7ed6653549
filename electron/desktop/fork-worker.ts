// Forks one of this folder's worker scripts. Works from source under tsx (the sibling is
// a .ts file and the child needs tsx's loader) and compiled (the sibling is a .js file).
// Native modules that block (robotjs) or abort the process (uiohook) live in workers.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function forkWorker(baseName: string, env: NodeJS.ProcessEnv): ChildProcess {
  const js = fileURLToPath(new URL(`./${baseName}.js`, import.meta.url));
  const ts = fileURLToPath(new URL(`./${baseName}.ts`, import.meta.url));
  const fromSource = !existsSync(js);
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--test'));
  if (fromSource && !execArgv.some((a) => a.includes('tsx'))) execArgv.push('--import', 'tsx');
  return fork(fromSource ? ts : js, [], {
    env,
    execArgv,
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
