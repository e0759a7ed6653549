// libvosk inside a packaged app: the path node resolution gives points into app.asar, which
// the system loader cannot open; unpackedPath must turn it into the app.asar.unpacked copy
// that electron-builder's asarUnpack leaves on disk. The real test packs a real app.asar
// (@electron/asar, the packer electron-builder uses) with the same unpack pattern as
// electron-builder.yml and loads the real libvosk through koffi from the rewritten path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import koffi from 'koffi';
import { libvoskPath, unpackedPath } from '../../electron/engine/libvosk.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));

test('unpackedPath rewrites an app.asar folder, with either separator, and nothing else', () => {
  assert.equal(
    unpackedPath('/opt/Voskey/resources/app.asar/node_modules/vosk/lib/linux-x86_64/libvosk.so'),
    '/opt/Voskey/resources/app.asar.unpacked/node_modules/vosk/lib/linux-x86_64/libvosk.so',
  );
  assert.equal(
    unpackedPath('C:\\Program Files\\Voskey\\resources\\app.asar\\node_modules\\vosk\\lib\\win-x86_64\\libvosk.dll'),
    'C:\\Program Files\\Voskey\\resources\\app.asar.unpacked\\node_modules\\vosk\\lib\\win-x86_64\\libvosk.dll',
  );
  for (const unchanged of [
    '/home/ada/voskey/node_modules/vosk/lib/linux-x86_64/libvosk.so', // a checkout
    '/opt/Voskey/resources/app.asar.unpacked/node_modules/vosk/lib/libvosk.so', // already unpacked
    '/home/ada/myapp.asar/node_modules/vosk/lib/libvosk.so', // a folder that only ends like it
  ]) {
    assert.equal(unpackedPath(unchanged), unchanged);
  }
  // From a checkout the real path is returned as it is.
  if (process.platform === 'linux' && process.arch === 'x64') assert.ok(existsSync(libvoskPath()));
});

test('electron-builder.yml unpacks the vosk libraries this rewrite expects', () => {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  assert.match(yml, /asarUnpack:[\s\S]*"\*\*\/node_modules\/vosk\/lib\/\*\*"/);
});

test('a real app.asar: the library is unreadable inside it and loads from the rewritten path', async (t) => {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    const reason = `the test packs the linux-x86_64 libvosk; this is ${process.platform}-${process.arch}`;
    console.log(`asar-unpacked skipped: ${reason}`);
    t.skip(reason);
    return;
  }
  const asar = require('@electron/asar') as { createPackageWithOptions(src: string, dest: string, options: { unpack?: string }): Promise<unknown> };
  const work = mkdtempSync(join(tmpdir(), 'voskey-asar-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const app = join(work, 'app');
  const library = join(app, 'node_modules/vosk/lib/linux-x86_64/libvosk.so');
  mkdirSync(dirname(library), { recursive: true });
  copyFileSync(libvoskPath(), library);
  writeFileSync(join(app, 'package.json'), '{"name":"voskey-asar-probe"}');
  const resources = join(work, 'resources');
  mkdirSync(resources);
  // The pattern in electron-builder.yml ("**/node_modules/vosk/lib/**"), as @electron/asar's minimatch option.
  await asar.createPackageWithOptions(app, join(resources, 'app.asar'), { unpack: '**/node_modules/vosk/lib/**' });

  const inArchive = join(resources, 'app.asar/node_modules/vosk/lib/linux-x86_64/libvosk.so');
  assert.throws(() => koffi.load(inArchive), 'dlopen cannot read inside app.asar');
  const real = unpackedPath(inArchive);
  assert.equal(real, join(resources, 'app.asar.unpacked/node_modules/vosk/lib/linux-x86_64/libvosk.so'));
  const vosk = koffi.load(real);
  const setLogLevel = vosk.func('void vosk_set_log_level(int level)') as (level: number) => void;
  setLogLevel(-1); // a real call into the unpacked library
});
