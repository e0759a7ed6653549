// The model panel page in Chromium, driving the real ModelManager through the same
// handlers main registers, with archives from a local server: download with a progress
// bar, pause/resume, install, "In use", delete.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { modelsHandlers } from '../../electron/models/handlers.js';
import { ModelManager } from '../../electron/models/manager.js';
import { launchChromium } from '../helpers/chromium.js';
import { startArchiveServer } from './archive-server.js';
import { buildZip, fakeModelFiles } from './fake-model-zip.js';

const NAME = 'vosk-model-small-xx-0.1';
const pageDir = fileURLToPath(new URL('../../renderer/models/', import.meta.url));

async function servePage(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const file = join(dir, (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '') || 'models.html');
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(content);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/models.html`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

test('the panel downloads, pauses, resumes, installs, and deletes a model', async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'voskey-panel-'));
  // Random (incompressible) content so the archive is big enough to pause part-way.
  const zip = buildZip([...fakeModelFiles(NAME), { name: `${NAME}/ivector/final.ie`, data: randomBytes(600_000), stored: true }]);
  const archive = await startArchiveServer({ body: zip, chunkBytes: 4096, chunkDelayMs: 10 });
  await build({ entryPoints: [join(pageDir, 'models.ts')], bundle: true, format: 'esm', outfile: join(work, 'models.js'), logLevel: 'silent' });
  copyFileSync(join(pageDir, 'models.html'), join(work, 'models.html'));
  copyFileSync(join(pageDir, 'models.css'), join(work, 'models.css'));
  const site = await servePage(work);
  const size = zip.length;
  const manager = new ModelManager({
    dataDir: join(work, 'data'),
    catalogue: [{ name: NAME, language: 'xx', languageName: 'Testish', url: archive.url, sizeBytes: size, sha256: null }],
    transfer: { retryDelayMs: 10 },
  });
  const handlers = modelsHandlers(manager) as Record<string, (...args: unknown[]) => unknown>;
  const browser = await launchChromium();
  t.after(async () => {
    await browser.close();
    await archive.close();
    await site.close();
    rmSync(work, { recursive: true, force: true });
  });

  const page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text()); });
  await page.exposeFunction('__voskeyInvoke', async (channel: string, args: unknown[]) => {
    const handler = handlers[channel];
    if (!handler) throw new Error(`no channel ${channel}`);
    return handler(...args);
  });
  // A string, not a function: tsx rewrites test functions with helpers the page lacks.
  // This stands in for the preload: the same invoke/send/on shape as VoskeyApi.
  await page.addInitScript(`
    const listeners = new Map();
    window.__voskeyEmit = (channel, ...args) => listeners.get(channel)?.forEach((l) => l(...args));
    window.voskey = {
      invoke: (channel, ...args) => window.__voskeyInvoke(channel, args),
      send: () => undefined,
      on: (channel, listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
        return () => listeners.get(channel)?.delete(listener);
      },
    };
  `);
  manager.onProgress((p) => void page.evaluate(`window.__voskeyEmit('models:progress', ${JSON.stringify(p)})`).catch(() => undefined));

  await page.goto(site.url);
  const row = page.locator(`tr[data-model="${NAME}"]`);
  await row.getByText('Not installed').waitFor({ timeout: 10_000 }).catch((error: Error) => {
    throw new Error(`${error.message}\npage errors: ${pageErrors.join('\n') || 'none'}`);
  });
  assert.match(await row.locator('td.size').innerText(), /KB/);
  assert.equal(await row.locator('td').nth(1).innerText(), 'Testish');

  await row.getByRole('button', { name: 'Download' }).click();
  await row.locator('progress').waitFor();
  await row.getByRole('button', { name: 'Pause' }).click();
  await row.getByText(/^Paused · /).waitFor();
  const pausedValue = Number(await row.locator('progress').getAttribute('value'));
  assert.ok(pausedValue > 0 && pausedValue < size, `progress bar stopped part-way (${pausedValue} of ${size})`);
  await row.getByRole('button', { name: 'Resume' }).click();
  await row.getByText('In use').waitFor({ timeout: 20_000 });
  assert.deepEqual(manager.library.list().map((m) => m.name), [NAME]);

  await row.getByRole('button', { name: 'Delete' }).click();
  await row.getByText('Not installed').waitFor();
  assert.deepEqual(manager.library.list(), []);
});
