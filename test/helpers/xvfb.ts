// Starts a private Xvfb display for tests that need real windows, keys or a clipboard.
// Each test file gets its own display number, so files never see each other's windows.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface XDisplay {
  /** e.g. ":93", for the DISPLAY environment variable. */
  display: string;
  stop(): Promise<void>;
}

export async function startXvfb(): Promise<XDisplay> {
  for (let n = 90 + Math.floor(Math.random() * 100); n < 400; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const proc = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '+extension', 'RECORD'], {
      stdio: 'ignore',
    });
    if (await ready(proc, n)) {
      return {
        display: `:${n}`,
        stop: async () => {
          if (proc.exitCode !== null) return;
          const exited = new Promise((r) => proc.once('exit', r));
          proc.kill('SIGTERM');
          await exited;
        },
      };
    }
  }
  throw new Error('could not start Xvfb (is the xvfb package installed?)');
}

async function ready(proc: ChildProcess, n: number): Promise<boolean> {
  let exited = false;
  proc.once('exit', () => (exited = true));
  proc.once('error', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return true;
    await sleep(50);
  }
  if (!exited) proc.kill('SIGKILL');
  return false;
}
