// Clipboard for plain Node on X11, through xclip. An X selection is served by a live
// process: `xclip -i` forks into the background and serves until another client takes the
// selection, so writes return once xclip has forked, not when the text is readable —
// callers read back (see typist-paste.ts). xclip serves a single target, so restore puts
// back the text if there was any, else the image; rich HTML alongside text is lost.
//
// The text we paste is offered by `xclip -verbose`, which stays in the foreground and prints
// "Waiting for selection request number N" after each finished transfer (a TARGETS query
// does not count), so the offer's served() can tell when the target application has fetched
// it. That process ends by itself when restore takes the selection back.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Clipboard, ClipboardSnapshot, TextOffer } from './clipboard.js';
import { CommandMissingError, runCommand } from './run-command.js';

const SELECTION = ['-selection', 'clipboard'];

export function createXclipClipboard(env: NodeJS.ProcessEnv = process.env): Clipboard {
  async function readTarget(target: string): Promise<Buffer | undefined> {
    const r = await runCommand('xclip', [...SELECTION, '-o', '-t', target], { env });
    return r.code === 0 ? r.stdout : undefined;
  }

  async function targets(): Promise<string[]> {
    const list = await readTarget('TARGETS');
    return list ? list.toString().split('\n').map((t) => t.trim()).filter(Boolean) : [];
  }

  async function write(target: string, data: Buffer | string): Promise<void> {
    const r = await runCommand('xclip', [...SELECTION, '-i', '-t', target], { env, input: data, daemonizes: true });
    if (r.code !== 0) throw new Error(`xclip could not set the clipboard (exit ${r.code}): is DISPLAY an X server?`);
  }

  // The verbose xclip serving our last offer, and how many transfers it has finished.
  let offer: { child: ChildProcess; served: number } | undefined;

  function offerText(text: string): Promise<TextOffer> {
    offer?.child.kill();
    return new Promise((resolve, reject) => {
      const child = spawn('xclip', ['-verbose', ...SELECTION, '-i', '-t', 'UTF8_STRING'], { env, stdio: ['pipe', 'ignore', 'pipe'] });
      const current = { child, served: 0 };
      offer = current;
      // It serves until someone else owns the clipboard; it must not keep Node running.
      child.unref();
      (child.stderr as Socket).unref();
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error('xclip did not take the clipboard within 3 s: is DISPLAY an X server?'));
      }, 3000);
      let pending = '';
      // What xclip said besides its progress lines, for the error message.
      const said: string[] = [];
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop()!;
        for (const line of lines) {
          const n = /selection request number (\d+)/.exec(line);
          if (n) current.served = Number(n[1]) - 1;
          else if (line.startsWith('Waiting for selection requests')) {
            clearTimeout(timer);
            resolve({ served: () => current.served });
          } else if (!/^(Connected to|Using|Reading)/.test(line.trim())) said.push(line.trim());
        }
      });
      child.on('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(e.code === 'ENOENT' ? new CommandMissingError('xclip') : e);
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        current.served = Infinity; // nothing more will be fetched from it
        const reason = [...said, pending.trim()].filter(Boolean).join(' ');
        reject(new Error(`xclip could not set the clipboard (exit ${code}${reason ? `: ${reason}` : ''}): is DISPLAY an X server?`));
      });
      child.stdin.on('error', () => {});
      child.stdin.end(text);
    });
  }

  return {
    async read(): Promise<ClipboardSnapshot> {
      const available = await targets();
      const snapshot: ClipboardSnapshot = {};
      const textTarget = ['UTF8_STRING', 'text/plain;charset=utf-8', 'STRING', 'TEXT'].find((t) => available.includes(t));
      if (textTarget) snapshot.text = (await readTarget(textTarget))?.toString('utf8');
      if (available.includes('text/html')) snapshot.html = (await readTarget('text/html'))?.toString('utf8');
      if (available.includes('image/png')) snapshot.image = await readTarget('image/png');
      return snapshot;
    },
    async readText(): Promise<string> {
      return (await readTarget('UTF8_STRING'))?.toString('utf8') ?? '';
    },
    async writeText(text: string): Promise<void> {
      await offerText(text);
    },
    offerText,
    async restore(snapshot: ClipboardSnapshot): Promise<void> {
      if (snapshot.text !== undefined) return write('UTF8_STRING', snapshot.text);
      if (snapshot.image) return write('image/png', snapshot.image);
      if (snapshot.html !== undefined) return write('text/html', snapshot.html);
      // It was empty: leave it empty rather than leave the dictated text on it.
      return write('UTF8_STRING', '');
    },
  };
}
