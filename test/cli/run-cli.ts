// Runs the real `voskey` command in a child process, the way a user would, from the
// TypeScript source through tsx: bin/voskey.js prefers dist/ when it exists, and a dist
// left from an earlier build would test yesterday's code.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI_SOURCE = fileURLToPath(new URL('../../electron/cli.ts', import.meta.url));
const TSX_LOADER = import.meta.resolve('tsx');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The command line that runs `voskey ARGS` (for a compositor's key binding, or another user). */
export function cliArgv(args: string[]): string[] {
  return [process.execPath, '--import', TSX_LOADER, CLI_SOURCE, ...args];
}

export function startCli(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  const [command, ...rest] = cliArgv(args);
  return spawn(command!, rest, { env: { ...process.env, ...env }, cwd: '/' });
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
