import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installModelArchive, ModelInstallError } from '../../electron/models/install.js';
import { buildZip, corruptZip, fakeModelFiles, fakeModelZip } from './fake-model-zip.js';

const NAME = 'vosk-model-small-xx-0.1';

async function withDirs(run: (dirs: { archive: string; models: string }) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'voskey-install-'));
  try {
    await run({ archive: join(root, 'model.zip'), models: join(root, 'models') });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function refusal(promise: Promise<unknown>): Promise<ModelInstallError> {
  const error = await promise.then(
    () => assert.fail('expected the archive to be refused'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ModelInstallError, `expected ModelInstallError, got ${String(error)}`);
  return error;
}

test('a good archive is unpacked into models/<name> without its top-level folder', async () => {
  await withDirs(async ({ archive, models }) => {
    await writeFile(archive, fakeModelZip(NAME));
    const dir = await installModelArchive(archive, models, NAME);
    assert.equal(dir, join(models, NAME));
    assert.match(await readFile(join(dir, 'conf/model.conf'), 'utf8'), /max-active/);
    assert.equal((await readFile(join(dir, 'am/final.mdl'))).length, 20_000);
    assert.deepEqual(await readdir(models), [NAME]);
  });
});

test('a corrupt archive is refused with a clear message and leaves nothing behind', async () => {
  await withDirs(async ({ archive, models }) => {
    await writeFile(archive, corruptZip(fakeModelZip(NAME)));
    const error = await refusal(installModelArchive(archive, models, NAME));
    assert.equal(error.problem, 'corrupt');
    assert.match(error.message, /damaged.*Nothing was installed/);
    assert.deepEqual(await readdir(models).catch(() => []), []);
  });
});

test('a truncated download is refused as corrupt', async () => {
  await withDirs(async ({ archive, models }) => {
    const zip = fakeModelZip(NAME);
    await writeFile(archive, zip.subarray(0, zip.length - 100));
    const error = await refusal(installModelArchive(archive, models, NAME));
    assert.equal(error.problem, 'corrupt');
  });
});

test('an archive without a model layout is refused and says what is missing', async () => {
  await withDirs(async ({ archive, models }) => {
    const files = fakeModelFiles(NAME).filter((f) => !f.name.includes('graph/'));
    await writeFile(archive, buildZip(files));
    const error = await refusal(installModelArchive(archive, models, NAME));
    assert.equal(error.problem, 'not-a-model');
    assert.match(error.message, /lacks a graph/);
    assert.deepEqual(await readdir(models).catch(() => []), []);
  });
});

test('a size different from the catalogue is refused before unpacking', async () => {
  await withDirs(async ({ archive, models }) => {
    const zip = fakeModelZip(NAME);
    await writeFile(archive, zip);
    const error = await refusal(installModelArchive(archive, models, NAME, { expectedSize: zip.length + 1 }));
    assert.equal(error.problem, 'size');
    assert.match(error.message, /should be/);
    assert.deepEqual(await readdir(models).catch(() => []), []);
  });
});

test('a checksum different from the catalogue is refused', async () => {
  await withDirs(async ({ archive, models }) => {
    await writeFile(archive, fakeModelZip(NAME));
    const error = await refusal(installModelArchive(archive, models, NAME, { sha256: '0'.repeat(64) }));
    assert.equal(error.problem, 'checksum');
  });
});

test('entries that would escape the models folder (zip slip) are refused', async () => {
  await withDirs(async ({ archive, models }) => {
    const files = [...fakeModelFiles(NAME), { name: `${NAME}/../../evil.txt`, data: Buffer.from('owned') }];
    await writeFile(archive, buildZip(files));
    const error = await refusal(installModelArchive(archive, models, NAME));
    assert.match(error.message, /unsafe path/);
    assert.deepEqual(await readdir(models).catch(() => []), []);
  });
});

test('installing again replaces the old copy in place', async () => {
  await withDirs(async ({ archive, models }) => {
    await writeFile(archive, fakeModelZip(NAME, 1000));
    await installModelArchive(archive, models, NAME);
    await writeFile(archive, fakeModelZip(NAME, 3000));
    const dir = await installModelArchive(archive, models, NAME);
    assert.equal((await readFile(join(dir, 'am/final.mdl'))).length, 3000);
    assert.deepEqual(await readdir(models), [NAME]);
  });
});
