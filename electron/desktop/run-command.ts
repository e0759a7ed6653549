// Runs a short-lived desktop tool (xclip, xdotool, xprop, wtype …) and collects its output.
// One place for the spawn boilerplate, the timeout and the "is it installed?" message.
import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  input?: Buffer | string;
  /** A hung X tool must never hang dictation. */
  timeoutMs?: number;
  /**
   * For tools that fork a daemon which keeps our pipes open (`xclip -i`): don't capture
   * output, and finish when the tool itself exits, not when its pipes close.
   */
  daemonizes?: boolean;
}

export class CommandMissingError extends Error {
  constructor(readonly command: string) {
    super(`${command} is not installed or not on PATH`);
  }
}

export function runCommand(command: string, args: string[], options: RunOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const output = options.daemonizes ? 'ignore' : 'pipe';
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['pipe', output, output] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 3000);
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new CommandMissingError(command) : e);
    });
    child.on(options.daemonizes ? 'exit' : 'close', (code: number | null) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr: err });
    });
    child.stdin?.on('error', () => {}); // the tool may exit before reading its input
    child.stdin?.end(options.input ?? '');
  });
}
