// Where each Voskey page lives on disk and which page a URL is. Plain Node (no 'electron'),
// so the sender check in ipc-main.ts is unit-tested. Pages are compiled under
// dist/renderer/ (PAGE_FILES) and the preload to dist/electron/preload.cjs; this file
// itself compiles to dist/electron/shell/page-location.js, which fixes the default root.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PageName } from '../ipc-channel.js';

/** Each page's HTML file under dist/renderer/. The capture page lives with the audio code. */
export const PAGE_FILES: Readonly<Record<PageName, string>> = {
  capture: 'audio/capture.html',
  overlay: 'overlay/overlay.html',
  settings: 'settings/settings.html',
  transcript: 'transcript/transcript.html',
  'first-run': 'first-run/first-run.html',
  models: 'models/models.html',
};

export const PAGE_NAMES = Object.keys(PAGE_FILES) as PageName[];

/** dist/ when running from the compiled app. */
export const DEFAULT_DIST_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function pageHtmlPath(page: PageName, distRoot: string = DEFAULT_DIST_ROOT): string {
  return join(distRoot, 'renderer', PAGE_FILES[page]);
}

/**
 * The URL a window loads for a page. Not webContents.loadFile: Electron builds that URL
 * with the legacy url.format (lib/browser/api/web-contents.ts), which leaves `%`, `[`, `]`,
 * `~` and spaces unescaped, and Chromium then escapes only some of them, so a folder called
 * `100%` gives a URL that no longer decodes to the file. pathToFileURL escapes every one,
 * and Chromium keeps such a URL as it is (checked with Debian's Chromium in
 * test/shell/page-location-chromium.test.ts).
 */
export function pageFileUrl(page: PageName, distRoot: string = DEFAULT_DIST_ROOT): string {
  return pathToFileURL(pageHtmlPath(page, distRoot)).href;
}

export function preloadPath(distRoot: string = DEFAULT_DIST_ROOT): string {
  return join(distRoot, 'electron', 'preload.cjs');
}

/**
 * The page a frame URL shows, or null when it is not exactly one of our page files.
 * Compared as file paths, not URL strings: Chromium and Node escape characters such as
 * `[`, `]`, `~` and non-ASCII letters differently, so equal files can have unequal URLs.
 * Query and hash are ignored (pages may use them); anything else — another file, another
 * scheme, a URL that does not decode to a path, a path that escapes with `..` — is not ours.
 */
export function pageFromUrl(url: string, distRoot: string = DEFAULT_DIST_ROOT, platform: NodeJS.Platform = process.platform): PageName | null {
  const path = filePathOf(url);
  if (path === null) return null;
  for (const page of PAGE_NAMES) {
    if (samePath(path, pageHtmlPath(page, distRoot), platform)) return page;
  }
  return null;
}

function filePathOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return null;
    parsed.search = '';
    parsed.hash = '';
    // Throws for a host other than localhost (POSIX), an escaped `/`, or a malformed escape.
    return fileURLToPath(parsed);
  } catch {
    return null;
  }
}

/** Windows paths are case-insensitive (and Chromium may change the drive letter's case). */
function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const [x, y] = [resolve(a), resolve(b)];
  return platform === 'win32' ? x.toLowerCase() === y.toLowerCase() : x === y;
}
