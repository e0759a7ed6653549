// Clipboard for plain Node on Windows (`voskey` outside Electron, and the Wine test tier):
// the CF_UNICODETEXT format through user32 and kernel32 with koffi. Electron's clipboard is
// used wherever Electron runs; this one keeps text only, so restore puts back the user's
// text (an image or rich text they had copied is not kept — said in the snapshot's absence).
// The sequence is the documented one (learn.microsoft.com/windows/win32/dataxchg/using-the-clipboard):
// OpenClipboard → EmptyClipboard → GlobalAlloc(GMEM_MOVEABLE) → GlobalLock → copy →
// GlobalUnlock → SetClipboardData (which then owns the memory) → CloseClipboard. Another
// program may hold the clipboard open for a moment, so opening is retried briefly.
import { createRequire } from 'node:module';
import type { Clipboard, ClipboardSnapshot } from './clipboard.js';
import { errorMessage } from '../common/error-message.js';

export const CLIPBOARD_PROTOTYPES = {
  'user32.dll': {
    openClipboard: 'int __stdcall OpenClipboard(void *owner)',
    closeClipboard: 'int __stdcall CloseClipboard()',
    emptyClipboard: 'int __stdcall EmptyClipboard()',
    getClipboardData: 'void * __stdcall GetClipboardData(uint32_t format)',
    setClipboardData: 'void * __stdcall SetClipboardData(uint32_t format, void *memory)',
  },
  'kernel32.dll': {
    globalAlloc: 'void * __stdcall GlobalAlloc(uint32_t flags, size_t bytes)',
    globalFree: 'void * __stdcall GlobalFree(void *memory)',
    globalLock: 'void * __stdcall GlobalLock(void *memory)',
    globalUnlock: 'int __stdcall GlobalUnlock(void *memory)',
    globalSize: 'size_t __stdcall GlobalSize(void *memory)',
    copyMemory: 'void __stdcall RtlMoveMemory(void *to, const void *from, size_t bytes)',
  },
} as const;

const CF_UNICODETEXT = 13;
const GMEM_MOVEABLE = 0x0002;
const OPEN_ATTEMPTS = 20;
const OPEN_RETRY_MS = 10;

type ApiName = { [D in keyof typeof CLIPBOARD_PROTOTYPES]: keyof (typeof CLIPBOARD_PROTOTYPES)[D] }[keyof typeof CLIPBOARD_PROTOTYPES];
type Fn = (...args: unknown[]) => unknown;

function loadApi(): Record<ApiName, Fn> {
  const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
  const api = {} as Record<ApiName, Fn>;
  for (const [dll, functions] of Object.entries(CLIPBOARD_PROTOTYPES)) {
    const library = koffi.load(dll);
    for (const [name, prototype] of Object.entries(functions)) api[name as ApiName] = library.func(prototype) as Fn;
  }
  return api;
}

export function createWin32Clipboard(): Clipboard {
  let api: Record<ApiName, Fn> | undefined;
  const system = () => {
    try {
      return (api ??= loadApi());
    } catch (e) {
      throw new Error(`the Windows clipboard could not be loaded (${errorMessage(e).split('\n')[0]})`);
    }
  };

  /** Runs `use` with the clipboard open, and always closes it. */
  async function withClipboard<T>(use: (a: Record<ApiName, Fn>) => T): Promise<T> {
    const a = system();
    for (let attempt = 1; !a.openClipboard(null); attempt++) {
      if (attempt >= OPEN_ATTEMPTS) throw new Error('the clipboard is held open by another program; try again');
      await new Promise((resolve) => setTimeout(resolve, OPEN_RETRY_MS));
    }
    try {
      return use(a);
    } finally {
      a.closeClipboard();
    }
  }

  const readText = () =>
    withClipboard((a): string | undefined => {
      const memory = a.getClipboardData(CF_UNICODETEXT);
      if (!memory) return undefined; // no text on the clipboard
      const bytes = Number(a.globalSize(memory));
      const locked = a.globalLock(memory);
      if (!locked || bytes < 2) return locked ? (a.globalUnlock(memory), '') : undefined;
      try {
        const buffer = Buffer.alloc(bytes);
        a.copyMemory(buffer, locked, bytes);
        const text = buffer.toString('utf16le');
        const end = text.indexOf('\0');
        return end === -1 ? text : text.slice(0, end);
      } finally {
        a.globalUnlock(memory);
      }
    });

  const writeText = (text: string | undefined) =>
    withClipboard((a) => {
      if (!a.emptyClipboard()) throw new Error('the clipboard could not be emptied');
      if (text === undefined) return;
      const data = Buffer.from(`${text}\0`, 'utf16le');
      const memory = a.globalAlloc(GMEM_MOVEABLE, data.length);
      if (!memory) throw new Error('no memory for the clipboard text');
      const locked = a.globalLock(memory);
      if (!locked) {
        a.globalFree(memory);
        throw new Error('the clipboard memory could not be locked');
      }
      a.copyMemory(locked, data, data.length);
      a.globalUnlock(memory);
      // On success the system owns the memory; on failure it is still ours to free.
      if (!a.setClipboardData(CF_UNICODETEXT, memory)) {
        a.globalFree(memory);
        throw new Error('the clipboard did not take the text');
      }
    });

  return {
    async read(): Promise<ClipboardSnapshot> {
      const text = await readText();
      return text === undefined ? {} : { text };
    },
    async readText(): Promise<string> {
      return (await readText()) ?? '';
    },
    writeText: (text) => writeText(text),
    restore: (snapshot) => writeText(snapshot.text),
  };
}
