// A checkout whose path has a space, brackets and non-ASCII letters: the build, the test
// runner, `npm start` (up to where it reports the missing Electron binary), the compiled IPC
// sender check and the CLI with its built-in engine process must all work from there.
// The checkout's node_modules lends every installed package except the Electron binary
// (electron's package without dist/ and path.txt), so `npm start` takes the same path
// whether or not this machine has the binary: our build machines do not, CI's jobs
// download it (and would otherwise launch Electron with no display). Starting the real
// binary is the end-to-end test's job (test/shell/electron-e2e.test.ts). Before the scripts used fileURLToPath, `new URL(...).pathname` gave
// "%20"/"%5B"-escaped paths and the build failed at copy-static.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { speechFixture } from '../helpers/fixtures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const AWKWARD = 'Voskey dev [ü] é';
const SKIP = new Set(['node_modules', 'dist', 'release', '.git']);

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    // Without NODE_TEST_CONTEXT, a nested test runner reports to its own stdout.
    env: { ...process.env, NODE_TEST_CONTEXT: undefined, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: undefined, ...env },
  });
}

/** The same installed packages, without copying 500 MB; electron without its binary. */
function lendPackagesWithoutElectronBinary(from: string, to: string): void {
  mkdirSync(to);
  const link = process.platform === 'win32' ? 'junction' : 'dir';
  for (const name of readdirSync(from)) {
    if (name === 'electron') continue;
    symlinkSync(join(from, name), join(to, name), link);
  }
  // Its types (tsc checks the shell) and its index.js, which throws without path.txt.
  cpSync(join(from, 'electron'), join(to, 'electron'), {
    recursive: true,
    filter: (src) => !['dist', 'path.txt'].includes(relative(join(from, 'electron'), src).split(/[\\/]/)[0] ?? ''),
  });
}

test('from a checkout in "Voskey dev [ü] é": build, tests, npm start, the sender check and the CLI work', async (t) => {
  const base = mkdtempSync(join(tmpdir(), 'voskey-path-'));
  t.after(() => rmSync(base, { recursive: true, force: true }));
  const checkout = join(base, AWKWARD);
  cpSync(root, checkout, { recursive: true, filter: (src) => !SKIP.has(relative(root, src).split(/[\\/]/)[0] ?? '') });
  lendPackagesWithoutElectronBinary(join(root, 'node_modules'), join(checkout, 'node_modules'));

  // The build (tsc, then copy-static.js, which resolves its paths from import.meta.url).
  // npm's own script when running under npm (also on Windows, where `npm` is a .cmd file).
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const build = run(npm[0]!, [...npm.slice(1), 'run', 'build'], checkout);
  assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`);
  for (const page of ['overlay/overlay.html', 'overlay/overlay.css', 'settings/settings.html', 'audio/capture.html']) {
    assert.ok(existsSync(join(checkout, 'dist/renderer', page)), `${page} copied beside the compiled scripts`);
  }

  // The test runner finds and runs tests from there.
  const tests = run(process.execPath, ['scripts/run-tests.js', 'test/shell/tray-menu.test'], checkout);
  assert.equal(tests.status, 0, tests.stdout + tests.stderr);
  assert.match(tests.stdout, /ℹ pass [1-9]/);

  // npm start gets as far as it can here: the Node check passes and it reports the missing binary.
  const start = run(process.execPath, ['scripts/start.js'], checkout);
  assert.equal(start.status, 1);
  assert.match(start.stderr, /needs the Electron binary/);

  // The compiled sender check, with its default root worked out inside the awkward path.
  const probe = `import(${JSON.stringify(pathToFileURL(join(checkout, 'dist/electron/shell/page-location.js')).href)}).then((m) => {
    console.log(JSON.stringify([m.DEFAULT_DIST_ROOT, m.pageFromUrl(m.pageFileUrl('settings')), m.pageFromUrl(m.pageFileUrl('overlay').replace('/overlay/', '/settings/'))]));
  })`;
  const sender = run(process.execPath, ['-e', probe], checkout);
  assert.equal(sender.status, 0, sender.stderr);
  const [distRoot, settingsPage, foreign] = JSON.parse(sender.stdout) as [string, string | null, string | null];
  assert.equal(distRoot, join(checkout, 'dist') + (distRoot.endsWith('/') || distRoot.endsWith('\\') ? distRoot.slice(-1) : ''));
  assert.equal(settingsPage, 'settings');
  assert.equal(foreign, null);

  // The CLI from there, recognising a recording with the built-in engine in its own process.
  const hello = speechFixture('hello');
  const cli = run(process.execPath, ['bin/voskey.js', 'transcribe', hello.path], checkout);
  assert.equal(cli.status, 0, cli.stderr);
  assert.match(cli.stdout, /hello/i);
});
