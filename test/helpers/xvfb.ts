// Starts a private Xvfb display for tests that need real windows, keys or a clipboard.
// Each call gets its own display, so files never see each other's windows.
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface XDisplay {
  /** e.g. ":93", for the DISPLAY environment variable. */
  display: string;
  stop(): Promise<void>;
}

// Xvfb picks a free display itself and writes its number to -displayfd. Choosing a number
// here and waiting for its socket raced with other Xvfb servers started at the same moment
// (another test run on the machine): the socket that appeared could be the other server's,
// whose display then vanished mid-test ("unable to open display", a focus that never came).
//
// -noreset: by default an X server resets when its last client leaves, and refuses
// connections meanwhile. A desktop always has clients; a test display may have none for a
// moment (one clipboard owner replaced by the next), and the next client then failed with
// "Can't open display".
export async function startXvfb(): Promise<XDisplay> {
  const proc = spawn('Xvfb', ['-displayfd', '3', '-noreset', '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '+extension', 'RECORD'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise<string | undefined>((resolve) => {
    let text = '';
    const timer = setTimeout(() => resolve(undefined), 10_000);
    (proc.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    proc.once('error', () => resolve(undefined));
    proc.once('exit', () => resolve(undefined));
  });
  if (!number || !/^\d+$/.test(number)) {
    proc.kill('SIGKILL');
    throw new Error('could not start Xvfb (is the xvfb package installed?)');
  }
  return {
    display: `:${number}`,
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
