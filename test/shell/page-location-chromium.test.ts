// The IPC sender check against the URLs Chromium really reports. A dist folder whose path
// has a space, brackets, `%`, `~`, `#` and a non-ASCII letter is loaded in Debian's Chromium,
// and the URL the page reports (what Electron's frame.url holds) must map back to the page.
// Before the check compared file paths, Chromium's escaping (`[c]` and `~` raw, `é` escaped)
// and Node's (`%5Bc%5D`, `%7E`) differed, and every IPC call from such a checkout was refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format, pathToFileURL } from 'node:url';
import { pageFileUrl, pageFromUrl, pageHtmlPath, PAGE_NAMES } from '../../electron/shell/page-location.js';
import { launchChromium } from '../helpers/chromium.js';

const AWKWARD = 'Voskey [dev] 100% ~é#1';

test('Chromium-reported URLs of pages in an awkward path map back to their pages', async (t) => {
  const base = mkdtempSync(join(tmpdir(), 'voskey-pages-'));
  const dist = join(base, AWKWARD, 'dist');
  for (const page of PAGE_NAMES) {
    mkdirSync(dirname(pageHtmlPath(page, dist)), { recursive: true });
    writeFileSync(pageHtmlPath(page, dist), `<!doctype html><title>${page}</title><p id="page">${page}</p>`);
  }
  const browser = await launchChromium();
  t.after(async () => {
    await browser.close();
    rmSync(base, { recursive: true, force: true });
  });
  const tab = await browser.newPage();
  for (const page of PAGE_NAMES) {
    await tab.goto(pageFileUrl(page, dist));
    assert.equal(await tab.textContent('#page'), page, `${page} loaded from the awkward path`);
    const reported = tab.url();
    assert.equal(pageFromUrl(reported, dist), page, `${reported} is the ${page} page`);
    assert.equal(pageFromUrl(`${reported}?x=1#top`, dist), page);
  }

  // What Electron's own loadFile would produce (url.format, lib/browser/api/web-contents.ts):
  // in a path without `%` Chromium's URL differs from Node's as a string, yet is the same file.
  const plainDist = join(base, 'Voskey [dev] ~é', 'dist');
  mkdirSync(dirname(pageHtmlPath('settings', plainDist)), { recursive: true });
  writeFileSync(pageHtmlPath('settings', plainDist), '<!doctype html><p id="page">settings</p>');
  await tab.goto(format({ protocol: 'file', slashes: true, pathname: pageHtmlPath('settings', plainDist) }));
  const reported = tab.url();
  assert.notEqual(reported, pathToFileURL(pageHtmlPath('settings', plainDist)).href, 'the strings differ (the old check refused this)');
  assert.equal(pageFromUrl(reported, plainDist), 'settings');

  // A page that is not ours, beside ours, in the same awkward folder: refused.
  const foreign = join(dist, 'renderer', 'settings', 'foreign.html');
  writeFileSync(foreign, '<!doctype html><p>not ours</p>');
  await tab.goto(pathToFileURL(foreign).href);
  assert.equal(pageFromUrl(tab.url(), dist), null);
});

test('URLs that do not decode to one of our files are refused', () => {
  const dist = '/opt/Voskey [x]/resources/app/dist';
  assert.equal(pageFromUrl('file:///opt/Voskey%20[x]/resources/app/dist/renderer/settings/settings.html', dist), 'settings');
  for (const url of [
    'file:///opt/Voskey%20[x]/resources/app/dist/renderer/settings/settings.html%', // malformed escape
    'file:///opt/Voskey%20[x]/resources/app/dist/renderer/settings%2Fsettings.html', // escaped slash
    'file://evil.example/opt/Voskey%20[x]/resources/app/dist/renderer/settings/settings.html', // a host
  ]) {
    assert.equal(pageFromUrl(url, dist), null, url);
  }
});

test('on Windows the comparison ignores case, as the file system does', () => {
  // Node here runs on Linux, so build the Windows case from paths directly: a POSIX dist
  // root compared case-insensitively stands in for C:\ vs c:\ (fileURLToPath is per-OS).
  const dist = '/Program Files/Voskey/resources/app/dist';
  const upper = pathToFileURL(pageHtmlPath('overlay', dist)).href.replace('/Program%20Files/', '/PROGRAM%20FILES/');
  assert.equal(pageFromUrl(upper, dist, 'win32'), 'overlay');
  assert.equal(pageFromUrl(upper, dist, 'linux'), null, 'case matters on Linux');
});
