// `voskey serve` as a user runs it (the built CLI: from the sources every worker thread
// would compile TypeScript through tsx), under glibc's heap checker: MALLOC_CHECK_=3 aborts
// on the first inconsistency it sees, MALLOC_PERTURB_ fills freed memory with junk so a
// use-after-free reads garbage instead of passing quietly. Since glibc 2.34 MALLOC_CHECK_
// only works with libc_malloc_debug.so preloaded (glibc NEWS for 2.34), so it is preloaded.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';

const MALLOC_DEBUG = '/lib/x86_64-linux-gnu/libc_malloc_debug.so.0';

export interface CheckedServer {
  url: string;
  pid: number;
  /** How the process ended, or undefined while it runs. */
  exit(): string | undefined;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM, as a service manager stops it; resolves with how it ended. */
  stop(): Promise<string>;
}

export async function serveUnderHeapChecker(t: TestContext, capacity: number): Promise<CheckedServer> {
  const checker = { MALLOC_CHECK_: '3', MALLOC_PERTURB_: '165', ...(existsSync(MALLOC_DEBUG) ? { LD_PRELOAD: MALLOC_DEBUG } : {}) };
  if (!checker.LD_PRELOAD) console.log(`  ${MALLOC_DEBUG} is missing: MALLOC_CHECK_ has no effect on this glibc; MALLOC_PERTURB_ still applies`);
  const cli = fileURLToPath(new URL('../../dist/electron/cli.js', import.meta.url));
  assert.ok(existsSync(cli), `${cli} is missing: run npm run build`);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--capacity', String(capacity)], { env: { ...process.env, ...checker } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let exit: string | undefined;
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve((exit = `exit code ${code}, signal ${signal}`))));
  t.after(() => child.kill('SIGKILL'));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('exit', () => reject(new Error(`serve ended before listening: ${stderr}`)));
  });
  const stop = () => {
    child.kill('SIGTERM');
    return exited;
  };
  return { url, pid: child.pid!, exit: () => exit, stderr: () => stderr, stop };
}
