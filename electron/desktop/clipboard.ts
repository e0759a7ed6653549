// The clipboard as the typist needs it: save what the user had, put our text on it, and
// put theirs back. Implemented with xclip for plain Node on X11 (clipboard-xclip.ts) and
// with Electron's clipboard in the shell (electron/shell/electron-clipboard.ts).

export interface ClipboardSnapshot {
  text?: string;
  html?: string;
  /** PNG bytes. */
  image?: Buffer;
}

export interface Clipboard {
  read(): Promise<ClipboardSnapshot>;
  /** Just the text, for checking that a write has really landed. */
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
  restore(snapshot: ClipboardSnapshot): Promise<void>;
}
