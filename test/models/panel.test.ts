// The model panel page in Chromium (the shared page harness, under the page's own CSP),
// driving the real ModelManager through the same handlers main registers, with archives
// from a local server: download with a progress bar, pause/resume, install, "In use", delete.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { InvokeChannels } from '../../electron/ipc.js';
import { modelsHandlers } from '../../electron/models/handlers.js';
import { ModelManager } from '../../electron/models/manager.js';
import { startPageHarness } from '../helpers/page-harness.js';
import { startArchiveServer } from './archive-server.js';
import { buildZip, fakeModelFiles } from './fake-model-zip.js';

const NAME = 'vosk-model-small-xx-0.1';

test('the panel downloads, pauses, resumes, installs, and deletes a model', async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'voskey-panel-'));
  // Random (incompressible) content so the archive is big enough to pause part-way; ≈6 s
  // at 4 KiB per 40 ms, so a Pause click slowed by a busy machine still lands mid-download.
  const zip = buildZip([...fakeModelFiles(NAME), { name: `${NAME}/ivector/final.ie`, data: randomBytes(600_000), stored: true }]);
  const archive = await startArchiveServer({ body: zip, chunkBytes: 4096, chunkDelayMs: 40 });
  const size = zip.length;
  const manager = new ModelManager({
    dataDir: join(work, 'data'),
    catalogue: [{ name: NAME, language: 'xx', languageName: 'Testish', url: archive.url, sizeBytes: size, sha256: null }],
    transfer: { retryDelayMs: 10 },
  });
  const harness = await startPageHarness();
  t.after(async () => {
    await harness.close();
    await archive.close();
    rmSync(work, { recursive: true, force: true });
  });
  const handlers = modelsHandlers(manager);
  for (const channel of Object.keys(handlers) as (keyof typeof handlers & keyof InvokeChannels)[]) {
    harness.handle(channel, handlers[channel] as never);
  }
  manager.onProgress((progress) => harness.emit('models:progress', progress));
  const page = harness.page;
  page.on('dialog', (dialog) => void dialog.accept());
  const pageErrors = harness.pageErrors;

  await harness.open('renderer/models/models.html');
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
