import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installModelArchive, ModelInstallError } from '../../electron/models/install.js';
import { describeWriteFailure } from '../../electron/models/write-failure.js';
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

/** `zip` with every central-directory entry's uncompressed size rewritten to `declared`. */
function declaring(zip: Buffer, entryName: string, declared: number): Buffer {
  const copy = Buffer.from(zip);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]); // central directory entry
  for (let at = copy.indexOf(signature); at >= 0; at = copy.indexOf(signature, at + 4)) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString('utf8', at + 46, at + 46 + nameLength) === entryName) copy.writeUInt32LE(declared, at + 24);
  }
  return copy;
}

test('an archive that declares far more than its size allows is refused before anything is written', async () => {
  await withDirs(async ({ archive, models }) => {
    // The shape of the report: a small archive whose entry claims 1 GiB.
    const zip = declaring(fakeModelZip(NAME), `${NAME}/am/final.mdl`, 2 ** 30);
    await writeFile(archive, zip);
    const handPicked = await refusal(installModelArchive(archive, models, NAME));
    assert.equal(handPicked.problem, 'too-large');
    assert.match(handPicked.message, /would unpack to 1,024 MiB, more than the 64 MiB allowed for a 1\.\d KiB hand-picked archive.*Nothing was installed/);
    const fromCatalogue = await refusal(installModelArchive(archive, models, NAME, { expectedSize: zip.length }));
    assert.match(fromCatalogue.message, /allowed for a 1\.\d KiB catalogue archive/);
    assert.deepEqual(await readdir(models).catch(() => []), [], 'not even a temporary folder');
  });
});

test('an honest zip bomb (96 MiB of zeros in a ~100 KiB archive) is refused by its ratio, not unpacked', async () => {
  await withDirs(async ({ archive, models }) => {
    const zeros = Buffer.alloc(96 * 1024 * 1024);
    const zip = buildZip([...fakeModelFiles(NAME), { name: `${NAME}/ivector/final.ie`, data: zeros }]);
    assert.ok(zip.length < 200 * 1024, `the bomb is small: ${zip.length} bytes`);
    await writeFile(archive, zip);
    const error = await refusal(installModelArchive(archive, models, NAME));
    assert.equal(error.problem, 'too-large');
    assert.deepEqual(await readdir(models).catch(() => []), []);
  });
});

test('file-system refusals are worded: a name too long for the disk, two entries at one place', async () => {
  await withDirs(async ({ archive, models }) => {
    const long = `${NAME}/conf/${'n'.repeat(300)}.conf`;
    await writeFile(archive, buildZip([...fakeModelFiles(NAME), { name: long, data: Buffer.from('x') }]));
    const tooLong = await refusal(installModelArchive(archive, models, NAME));
    assert.equal(tooLong.problem, 'write');
    assert.match(tooLong.message, /^Could not unpack vosk-model-small-xx-0\.1: the archive holds a file name too long for this file system \(“.*….*”\)\. Nothing was installed\.$/);
    assert.doesNotMatch(tooLong.message, /ENAMETOOLONG/);

    await writeFile(archive, buildZip([...fakeModelFiles(NAME), { name: `${NAME}/README/extra.txt`, data: Buffer.from('x') }]));
    const clash = await refusal(installModelArchive(archive, models, NAME));
    assert.equal(clash.problem, 'write');
    assert.match(clash.message, /the archive holds two entries at the same place \(“vosk-model-small-xx-0\.1\/README\/extra\.txt”\)/);
    assert.doesNotMatch(clash.message, /EEXIST|ENOTDIR/);
    assert.deepEqual(await readdir(models), [], 'the half-unpacked folder is gone');
  });
});

test("an entry whose file cannot be created is named as the problem, not hidden by the archive's own close (EBADF)", async () => {
  // The output for "…/conf" cannot be opened (a folder is there) while a few MiB of its data
  // are still being read: the failed write must not close the archive under the reader.
  await withDirs(async ({ archive, models }) => {
    const big = Buffer.alloc(8 << 20, 'x');
    await writeFile(archive, buildZip([...fakeModelFiles(NAME), { name: `${NAME}/conf`, data: big, stored: true }]));
    const clash = await refusal(installModelArchive(archive, models, NAME));
    assert.equal(clash.problem, 'write');
    assert.match(clash.message, /the archive holds two entries at the same place \(“vosk-model-small-xx-0\.1\/conf”\)/);
    assert.doesNotMatch(clash.message, /EBADF/);
    assert.deepEqual(await readdir(models), [], 'the half-unpacked folder is gone');
  });
});

test("Windows' word for a name too long (ENOENT from ERROR_INVALID_NAME) is worded as one; a plain ENOENT is not", () => {
  const enoent = Object.assign(new Error("ENOENT: no such file or directory, open 'C:\\models\\x'"), { code: 'ENOENT' });
  const long = `${NAME}/conf/${'n'.repeat(300)}.conf`;
  assert.match(describeWriteFailure(enoent, 'C:\\models', long), /^the archive holds a file name too long for this file system \(“.*…/);
  assert.match(describeWriteFailure(enoent, 'C:\\models', `${NAME}/conf/model.conf`), /^the file system refused it \(“.*model\.conf”\) \(ENOENT/);
});
