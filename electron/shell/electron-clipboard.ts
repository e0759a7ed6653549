// The typist's Clipboard backed by Electron's clipboard. Electron owns the X selection
// in-process, so a write is readable at once; snapshots keep text, HTML and image, and
// restore writes them back together (unlike xclip, which serves one target).
import { clipboard, nativeImage } from 'electron';
import type { Clipboard, ClipboardSnapshot } from '../desktop/clipboard.js';

export function createElectronClipboard(): Clipboard {
  return {
    async read(): Promise<ClipboardSnapshot> {
      const formats = clipboard.availableFormats();
      const snapshot: ClipboardSnapshot = {};
      if (formats.some((f) => f.startsWith('text/plain'))) snapshot.text = clipboard.readText();
      if (formats.includes('text/html')) snapshot.html = clipboard.readHTML();
      const image = clipboard.readImage();
      if (!image.isEmpty()) snapshot.image = image.toPNG();
      return snapshot;
    },
    async readText(): Promise<string> {
      return clipboard.readText();
    },
    async writeText(text: string): Promise<void> {
      clipboard.writeText(text);
    },
    async restore(snapshot: ClipboardSnapshot): Promise<void> {
      // An empty snapshot clears the clipboard rather than leave the dictated text on it.
      clipboard.clear();
      clipboard.write({
        ...(snapshot.text !== undefined ? { text: snapshot.text } : {}),
        ...(snapshot.html !== undefined ? { html: snapshot.html } : {}),
        ...(snapshot.image ? { image: nativeImage.createFromBuffer(snapshot.image) } : {}),
      });
    },
  };
}
