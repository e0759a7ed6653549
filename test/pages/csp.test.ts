// The settings and transcript pages under their own Content-Security-Policy, as Electron
// loads them: no inline script or style slips in, nothing is fetched, and the page still
// works. window.voskey is an in-page stub here (a WebSocket bridge would itself break the
// policy, which forbids pages any network).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { PAGE_CSP } from '../../electron/shell/content-security-policy.js';
import { launchChromium } from '../helpers/chromium.js';
import { DIST_DIR } from '../helpers/page-harness.js';
import { sampleHistory, sampleSettings } from './page-fakes.js';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let server: Server;
let base: string;
let browser: Browser;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end(); // asked on every page
    const path = normalize(join(DIST_DIR, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    try {
      if (!path.startsWith(DIST_DIR.replace(/\/?$/, sep))) throw new Error('outside');
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** A VoskeyApi living in the page: canned replies, no network. */
function stubScript(replies: Record<string, unknown>): string {
  return `
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
    const replies = ${JSON.stringify(replies)};
    window.voskey = {
      invoke: async (channel) => {
        if (!(channel in replies)) throw new Error('no stub reply for ' + channel);
        return replies[channel];
      },
      send: () => {},
      on: () => () => {},
    };`;
}

for (const [name, path, replies, expectVisible] of [
  ['settings', 'renderer/settings/settings.html', { 'settings:get': sampleSettings(), 'audio:list-devices': [] }, 'server.url'],
  ['transcript', 'renderer/transcript/transcript.html', { 'history:list': sampleHistory() }, 'entry-text'],
] as const) {
  test(`${name} page carries the shared policy and runs under it without a violation`, async (t) => {
    const html = readFileSync(join(DIST_DIR, path), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    assert.ok(meta, 'the page has a CSP meta tag');
    assert.equal(meta[1], PAGE_CSP);
    const page = await browser.newPage();
    t.after(() => page.close());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    await page.addInitScript({ content: stubScript(replies) });
    await page.goto(base + path);
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.getByTestId(expectVisible).first().isVisible(), true);
    assert.deepEqual(await page.evaluate('window.__violations'), []);
    assert.deepEqual(errors, []);
  });
}
