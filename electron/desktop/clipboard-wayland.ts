// Clipboard for plain Node on Wayland (`voskey dictate`, the tests), through wl-clipboard.
// Like xclip, `wl-copy` forks a process that serves the selection until another client
// takes it, so a write returns once it has forked; the typist reads back before pasting
// (typist-paste.ts). On wlroots compositors wl-copy and wl-paste use the data-control
// protocol and need no window or focus; elsewhere wl-clipboard falls back to a short-lived
// surface. The text goes through stdin, never argv (ps shows argv to every user).
import type { Clipboard, ClipboardSnapshot } from './clipboard.js';
import { runCommand } from './run-command.js';

const TEXT_TYPES = ['text/plain;charset=utf-8', 'UTF8_STRING', 'text/plain', 'STRING', 'TEXT'];

export function createWaylandClipboard(env: NodeJS.ProcessEnv = process.env): Clipboard {
  // wl-paste exits 1 with "Nothing is copied" on an empty clipboard: that is no error here.
  async function paste(args: string[]): Promise<Buffer | undefined> {
    const r = await runCommand('wl-paste', args, { env });
    return r.code === 0 ? r.stdout : undefined;
  }

  async function copy(args: string[], data: Buffer | string): Promise<void> {
    const r = await runCommand('wl-copy', args, { env, input: data, daemonizes: true });
    if (r.code !== 0) throw new Error(`wl-copy could not set the clipboard (exit ${r.code}): is WAYLAND_DISPLAY a running compositor?`);
  }

  return {
    async read(): Promise<ClipboardSnapshot> {
      const types = (await paste(['--list-types']))?.toString().split('\n').map((t) => t.trim()).filter(Boolean) ?? [];
      const snapshot: ClipboardSnapshot = {};
      const textType = TEXT_TYPES.find((t) => types.includes(t));
      if (textType) snapshot.text = (await paste(['--no-newline', '--type', textType]))?.toString('utf8');
      if (types.includes('text/html')) snapshot.html = (await paste(['--no-newline', '--type', 'text/html']))?.toString('utf8');
      if (types.includes('image/png')) snapshot.image = await paste(['--type', 'image/png']);
      return snapshot;
    },
    async readText(): Promise<string> {
      return (await paste(['--no-newline', '--type', 'text']))?.toString('utf8') ?? '';
    },
    writeText: (text) => copy(['--type', 'text/plain;charset=utf-8'], text),
    // wl-copy offers one type per process: the text if there was any, else the image, else
    // the HTML (as clipboard-xclip.ts does with xclip).
    async restore(snapshot): Promise<void> {
      if (snapshot.text !== undefined) return copy(['--type', 'text/plain;charset=utf-8'], snapshot.text);
      if (snapshot.image) return copy(['--type', 'image/png'], snapshot.image);
      if (snapshot.html !== undefined) return copy(['--type', 'text/html'], snapshot.html);
      // It was empty: leave it empty rather than leave the dictated text on it.
      const r = await runCommand('wl-copy', ['--clear'], { env });
      if (r.code !== 0) throw new Error(`wl-copy --clear failed (exit ${r.code})`);
    },
  };
}
