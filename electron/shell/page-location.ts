// Where each Voskey page lives on disk and which page a URL is. Plain Node (no 'electron'),
// so the sender check in ipc-main.ts is unit-tested. Pages are compiled under
// dist/renderer/ (PAGE_FILES) and the preload to dist/electron/preload.cjs; this file
// itself compiles to dist/electron/shell/page-location.js, which fixes the default root.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PageName } from '../ipc.js';

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

export function preloadPath(distRoot: string = DEFAULT_DIST_ROOT): string {
  return join(distRoot, 'electron', 'preload.cjs');
}

/**
 * The page a frame URL shows, or null when it is not exactly one of our page files.
 * Query and hash are ignored (pages may use them); anything else — another file, another
 * scheme, a path that escapes with `..` — is not ours.
 */
export function pageFromUrl(url: string, distRoot: string = DEFAULT_DIST_ROOT): PageName | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:') return null;
  parsed.search = '';
  parsed.hash = '';
  for (const page of PAGE_NAMES) {
    if (parsed.href === pathToFileURL(pageHtmlPath(page, distRoot)).href) return page;
  }
  return null;
}
