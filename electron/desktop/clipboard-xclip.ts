// Clipboard for plain Node on X11, through xclip. An X selection is served by a live
// process: `xclip -i` forks into the background and serves until another client takes the
// selection, so writes return once xclip has forked, not when the text is readable —
// callers read back (see typist-paste.ts). xclip serves a single target, so restore puts
// back the text if there was any, else the image; rich HTML alongside text is lost.
import type { Clipboard, ClipboardSnapshot } from './clipboard.js';
import { runCommand } from './run-command.js';

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
    writeText(text: string): Promise<void> {
      return write('UTF8_STRING', text);
    },
    async restore(snapshot: ClipboardSnapshot): Promise<void> {
      if (snapshot.text !== undefined) return write('UTF8_STRING', snapshot.text);
      if (snapshot.image) return write('image/png', snapshot.image);
      if (snapshot.html !== undefined) return write('text/html', snapshot.html);
      // It was empty: leave it empty rather than leave the dictated text on it.
      return write('UTF8_STRING', '');
    },
  };
}
