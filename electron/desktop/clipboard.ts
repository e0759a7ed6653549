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
  /**
   * Puts text on the clipboard like writeText, where the clipboard can also tell when
   * applications fetch it (xclip says so for each transfer). Lets a paste put the user's
   * clipboard back once the target has its data, instead of after a guessed delay.
   * Absent where nobody can tell (Electron's clipboard, the system stores on Windows/macOS).
   */
  offerText?(text: string): Promise<TextOffer>;
}

/** One offer of text on the clipboard, as long as it lasts. */
export interface TextOffer {
  /**
   * How many times an application has fetched the text so far. Infinity once it is no
   * longer offered (another application, or a later write, took the clipboard).
   */
  served(): number;
}
