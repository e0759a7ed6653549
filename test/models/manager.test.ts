import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModelManager } from '../../electron/models/manager.js';
import type { CatalogueModel, DownloadProgress } from '../../electron/models/types.js';
import { startArchiveServer, type ArchiveServerOptions } from './archive-server.js';
import { buildZip, corruptZip, fakeModelFiles, fakeModelZip, largeModelZip } from './fake-model-zip.js';

const NAME = 'vosk-model-small-xx-0.1';

interface Setup {
  manager: ModelManager;
  events: DownloadProgress[];
  dataDir: string;
}

/** A manager whose catalogue points at a local server serving `served`. */
async function withManager(
  served: Buffer,
  catalogueFacts: { sizeBytes?: number | null; sha256?: string | null },
  run: (setup: Setup) => Promise<void>,
  serverOptions: Partial<ArchiveServerOptions> = {},
): Promise<void> {
  const server = await startArchiveServer({ body: served, ...serverOptions });
  const dataDir = await mkdtemp(join(tmpdir(), 'voskey-manager-'));
  const catalogue: CatalogueModel[] = [
    {
      name: NAME,
      language: 'xx',
      languageName: 'Test',
      url: server.url,
      sizeBytes: catalogueFacts.sizeBytes === undefined ? served.length : catalogueFacts.sizeBytes,
      sha256: catalogueFacts.sha256 ?? null,
    },
  ];
  const manager = new ModelManager({ dataDir, catalogue, progressIntervalMs: 0, transfer: { retryDelayMs: 10 } });
  const events: DownloadProgress[] = [];
  manager.onProgress((p) => events.push(p));
  try {
    await run({ manager, events, dataDir });
  } finally {
    await server.close();
    // A finished download may still be removing its part file: retry instead of failing.
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
}

async function everything(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true }).catch(() => [])).sort();
}

test('download verifies, installs, selects the first model and reports each phase', async () => {
  const zip = fakeModelZip(NAME);
  const sha256 = createHash('sha256').update(zip).digest('hex');
  await withManager(zip, { sha256 }, async ({ manager, events }) => {
    const result = await manager.download(NAME);
    assert.equal(result.phase, 'done', result.message);
    const phases = [...new Set(events.map((e) => e.phase))];
    assert.deepEqual(phases, ['downloading', 'verifying', 'unpacking', 'done']);
    const state = manager.state();
    assert.deepEqual(state.installed.map((m) => m.name), [NAME]);
    assert.equal(state.selected, NAME);
    assert.deepEqual(await readdir(manager.modelsDir), [NAME, 'selected.json'].sort(), 'no partial or temp files left');
  }, { chunkBytes: 4096 });
});

test('a corrupt archive fails with a clear message and leaves nothing behind', async () => {
  await withManager(corruptZip(fakeModelZip(NAME)), {}, async ({ manager, dataDir }) => {
    const result = await manager.download(NAME);
    assert.equal(result.phase, 'failed');
    assert.match(result.message ?? '', /damaged/);
    assert.deepEqual(manager.state().installed, []);
    assert.deepEqual(await everything(join(dataDir, 'models')), []);
  });
});

test('a wrong-structure archive fails and says what a model needs', async () => {
  const zip = buildZip(fakeModelFiles(NAME).filter((f) => !f.name.includes('am/')));
  await withManager(zip, {}, async ({ manager, dataDir }) => {
    const result = await manager.download(NAME);
    assert.equal(result.phase, 'failed');
    assert.match(result.message ?? '', /not a Vosk model.*am\/final\.mdl/);
    assert.deepEqual(await everything(join(dataDir, 'models')), []);
  });
});

test('a size different from the catalogue fails and leaves nothing behind', async () => {
  const zip = fakeModelZip(NAME);
  await withManager(zip, { sizeBytes: zip.length - 10 }, async ({ manager, dataDir }) => {
    const result = await manager.download(NAME);
    assert.equal(result.phase, 'failed');
    // The server sends 10 bytes more than the catalogue says: the download stops at the catalogue's size.
    assert.match(result.message ?? '', /sent more than the expected 1,\d{3} bytes.*stopped and removed/);
    assert.doesNotMatch(result.message ?? '', /resume/);
    assert.deepEqual(await everything(join(dataDir, 'models')), []);
  });
});

test('pause and resume through the manager report paused, then finish', async () => {
  await withManager(largeModelZip(NAME), {}, async ({ manager, events }) => {
    const done = manager.download(NAME);
    await new Promise<void>((resolve) => {
      const poll = (): void => (events.some((e) => e.bytes > 0) ? resolve() : void setTimeout(poll, 5));
      poll();
    });
    manager.pause(NAME);
    assert.equal(manager.state().downloads[0]?.phase, 'paused');
    manager.resume(NAME);
    assert.equal((await done).phase, 'done');
  }, { chunkBytes: 2048, chunkDelayMs: 3 });
});

test('cancel through the manager leaves nothing behind', async () => {
  await withManager(largeModelZip(NAME), {}, async ({ manager, events, dataDir }) => {
    const done = manager.download(NAME);
    await new Promise<void>((resolve) => {
      const poll = (): void => (events.some((e) => e.bytes > 0) ? resolve() : void setTimeout(poll, 5));
      poll();
    });
    manager.cancel(NAME);
    assert.equal((await done).phase, 'cancelled');
    assert.deepEqual(await everything(join(dataDir, 'models')), []);
  }, { chunkBytes: 2048, chunkDelayMs: 3 });
});

test('a model that is not in the catalogue is refused with a message', async () => {
  await withManager(fakeModelZip(NAME), {}, async ({ manager }) => {
    const result = await manager.download('vosk-model-unknown');
    assert.equal(result.phase, 'failed');
    assert.match(result.message ?? '', /not in the model list/);
  });
});

test('what a killed install left is tidied at start-up: half-unpacked folders go, a model caught mid-replace comes back', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'voskey-manager-'));
  t.after(() => rm(dataDir, { recursive: true, force: true }));
  const models = join(dataDir, 'models');
  // Killed while unpacking: a partial folder. Killed between the two renames: only the old copy.
  await mkdir(join(models, `.unpack-${NAME}-0a1b2c3d`, 'am'), { recursive: true });
  await writeFile(join(models, `.unpack-${NAME}-0a1b2c3d`, 'am', 'final.mdl'), Buffer.alloc(4096));
  const survivor = 'vosk-model-small-yy-0.2';
  for (const file of fakeModelFiles(`.old-${survivor}-deadbeef`)) {
    if (file.name.endsWith('/')) continue;
    await mkdir(join(models, file.name, '..'), { recursive: true });
    await writeFile(join(models, file.name), file.data);
  }
  await mkdir(join(models, `.delete-${NAME}-1700000000000`));
  const log: string[] = [];
  const record = (message: string) => void log.push(message);
  const manager = new ModelManager({ dataDir, catalogue: [], log: { info: record, warn: record, error: record } });
  await manager.leftoversCleaned;
  assert.deepEqual(await readdir(models), [survivor]);
  assert.deepEqual(manager.state().installed.map((m) => m.name), [survivor], 'the restored model is installed and usable');
  assert.ok(log.some((line) => line.includes(`restored ${survivor}`)), log.join('\n'));
});

test('a models folder Voskey cannot write to is said in words, not as an errno', async () => {
  await withManager(fakeModelZip(NAME), {}, async ({ manager, dataDir }) => {
    await writeFile(join(dataDir, 'models'), 'a file where the models folder should be');
    const result = await manager.download(NAME);
    assert.equal(result.phase, 'failed');
    assert.match(result.message ?? '', /^Could not install vosk-model-small-xx-0\.1: something that is not a model is in the way in .*models; move it away and try again\.$/);
  });
});
