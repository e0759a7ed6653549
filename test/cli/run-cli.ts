// Runs the real `bin/voskey.js` in a child process, the way a user would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/voskey.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, cwd: '/' });
}

/** Run to completion; killed (and the test fails on its output) after `timeoutMs`. */
export function runCli(args: string[], options: { stdin?: Uint8Array; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliResult> {
  const child = startCli(args, options.env);
  return collect(child, options.stdin, options.timeoutMs ?? 60_000);
}

export function collect(child: ChildProcessWithoutNullStreams, stdin: Uint8Array | undefined, timeoutMs: number): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdin.on('error', () => {}); // the CLI may exit (bad args) before reading stdin
  if (stdin) child.stdin.end(stdin);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
