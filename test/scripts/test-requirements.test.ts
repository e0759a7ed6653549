// `npm test` on Windows and macOS: files that need Linux tools are not run, and each is
// named with the reason; on Linux everything runs (a missing tool there must fail loudly).
// test-needs: none (it reads other files' needs; the Linux tools it names are strings here)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wineVersion } from '../helpers/win32-window.js';
// @ts-expect-error plain JavaScript script without type declarations
import { requiredBecause, requirementsOf, skipReason } from '../../scripts/test-requirements.js';
// @ts-expect-error plain JavaScript script without type declarations
import { selectTestFiles } from '../../scripts/test-filter.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const testRoot = join(root, 'test');
const needs = requirementsOf as (file: string, testRoot: string) => string[];
const reasonFor = skipReason as (file: string, options: { testRoot: string; fixturesDir: string; platform?: string; env?: NodeJS.ProcessEnv }) => string | null;
const select = selectTestFiles as (files: string[], filters: string[], separator: string) => string[];
const at = (relative: string) => join(testRoot, relative);

test('needs are read from what a test imports, through test helpers', () => {
  const hotkey = needs(at('desktop/hotkey.test.ts'), testRoot);
  assert.ok(hotkey.includes('xvfb') && hotkey.includes('xdotool'), hotkey.join());
  assert.ok(needs(at('renderer/overlay.test.ts'), testRoot).includes('chromium'), 'through helpers/page-harness → chromium');
  assert.ok(needs(at('engine/recognition.test.ts'), testRoot).includes('fixtures'));
  assert.deepEqual(needs(at('shell/tray-menu.test.ts'), testRoot), []);
  assert.deepEqual(needs(at('cli/args.test.ts'), testRoot), [], 'a file can declare its needs');
  // The Electron test checks for Xvfb and PocketSphinx itself, on Linux only: it is never
  // skipped by its needs (its mentions of "PocketSphinx" once made it skip on macOS).
  assert.deepEqual(needs(at('shell/electron-e2e.test.ts'), testRoot), []);
});

test('off Linux a file whose tools are missing gets a reason; on Linux never', () => {
  const options = { testRoot, fixturesDir: join(testRoot, 'fixtures'), env: { PATH: '', CHROMIUM_PATH: '/nonexistent/chrome' } };
  assert.match(reasonFor(at('desktop/hotkey.test.ts'), { ...options, platform: 'win32' }) ?? '', /needs .*Xvfb.*not available on win32/);
  assert.match(reasonFor(at('renderer/overlay.test.ts'), { ...options, platform: 'darwin' }) ?? '', /Chromium at CHROMIUM_PATH/);
  assert.equal(reasonFor(at('shell/tray-menu.test.ts'), { ...options, platform: 'win32' }), null);
  assert.equal(reasonFor(at('desktop/hotkey.test.ts'), { ...options, platform: 'linux' }), null);
});

test("on Windows the Linux paths do not count: under Wine drive Z: shows them, but Windows Node cannot run them", () => {
  const options = { testRoot, fixturesDir: join(testRoot, 'fixtures'), env: { PATH: '' } };
  assert.match(reasonFor(at('models/panel.test.ts'), { ...options, platform: 'win32' }) ?? '', /needs Chromium at CHROMIUM_PATH/);
  assert.match(reasonFor(at('engine/engine-loading.test.ts'), { ...options, platform: 'win32' }) ?? '', /needs Debian's PocketSphinx/);
  // A Windows Chromium named by CHROMIUM_PATH does count.
  assert.equal(reasonFor(at('models/panel.test.ts'), { ...options, env: { PATH: '', CHROMIUM_PATH: process.execPath }, platform: 'win32' }), null);
});

test('run-tests.js on (pretend) Windows names each skipped file and runs the rest', () => {
  const pretend = "Object.defineProperty(process, 'platform', { value: 'win32' });";
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`, join(root, 'scripts/run-tests.js'), 'desktop/hotkey.test', 'shell/tray-menu.test'],
    // Without NODE_TEST_CONTEXT, which would make the nested runner report to this test runner instead of stdout.
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined, PATH: '/nonexistent-bin', CHROMIUM_PATH: '/nonexistent' }, timeout: 120_000 },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /skipped test\/desktop\/hotkey\.test\.ts: needs .*Xvfb/, "named with '/' on every system");
  assert.match(run.stdout, /1 of 2 test files skipped on win32/);
  assert.match(run.stdout, /ℹ pass [1-9]/, 'tray-menu ran');
});

test("filters written with '/' select Windows paths ('\\') too, and '\\' filters select '/' paths", () => {
  const windowsFiles = ['test\\desktop\\hotkey.test.ts', 'test\\desktop\\typist.test.ts', 'test\\shell\\tray-menu.test.ts'];
  assert.deepEqual(select(windowsFiles, ['desktop/hotkey.test'], '\\'), ['test\\desktop\\hotkey.test.ts']);
  assert.deepEqual(select(windowsFiles, ['test/desktop/'], '\\'), ['test\\desktop\\hotkey.test.ts', 'test\\desktop\\typist.test.ts']);
  assert.deepEqual(select(['test/desktop/hotkey.test.ts', 'test/shell/tray-menu.test.ts'], ['shell\\tray'], '/'), ['test/shell/tray-menu.test.ts']);
  assert.deepEqual(select(windowsFiles, ['nothing/like/this'], '\\'), []);
  assert.equal(select(windowsFiles, [], '\\').length, 3, 'no filter: every file');
});

const required = requiredBecause as (file: string, env: NodeJS.ProcessEnv) => string | null;

test('the Electron end-to-end test is required where CI says so, and is not skipped off Linux by its needs', () => {
  const e2e = at('shell/electron-e2e.test.ts');
  assert.equal(required(e2e, { VOSKEY_E2E_REQUIRED: '1' }), 'VOSKEY_E2E_REQUIRED=1 requires it');
  assert.equal(required(e2e, {}), null);
  for (const platform of ['darwin', 'win32']) {
    assert.equal(reasonFor(e2e, { testRoot, fixturesDir: join(testRoot, 'fixtures'), platform, env: { PATH: '' } }), null, platform);
  }
});

// The rule itself, on a checkout of the runner's scripts (run-tests.js and what it imports), with
// one test that needs Xvfb and is required when REQUIRE_ME=1, on a pretend Windows without
// Xvfb (the files are copied, since run-tests.js finds its tests beside itself).
// Wine 8 cannot make the junction from its C: temp folder to the checkout on Z: (ENOTSUP);
// Windows can, so the test is kept for it.
const noJunction = wineVersion() ? `Wine ${wineVersion()} cannot make a junction from C: to Z: (ENOTSUP): kept for real Windows` : false;
test('run-tests.js: a required test file that is skipped fails the run; not required, the skip passes', { skip: noJunction }, (t) => {
  const checkout = mkdtempSync(join(tmpdir(), 'voskey-required-'));
  t.after(() => rmSync(checkout, { recursive: true, force: true }));
  mkdirSync(join(checkout, 'scripts'));
  for (const script of ['run-tests.js', 'test-requirements.js', 'test-filter.js']) cpSync(join(root, 'scripts', script), join(checkout, 'scripts', script));
  writeFileSync(join(checkout, 'package.json'), '{"type":"module"}');
  symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
  mkdirSync(join(checkout, 'test'));
  writeFileSync(join(checkout, 'test/needs-x.test.ts'), "// test-needs: xvfb\n// test-required-if: REQUIRE_ME=1\nimport { test } from 'node:test';\ntest('x', () => {});\n");
  writeFileSync(join(checkout, 'test/plain.test.ts'), "import { test } from 'node:test';\ntest('plain', () => {});\n");
  const pretend = "Object.defineProperty(process, 'platform', { value: 'win32' });";
  const runTests = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`, join(checkout, 'scripts/run-tests.js'), ...(env.ONLY ? [env.ONLY] : [])], {
      cwd: checkout,
      encoding: 'utf8',
      env: { ...process.env, NODE_TEST_CONTEXT: undefined, PATH: '/nonexistent-bin', REQUIRE_ME: undefined, ...env },
      timeout: 120_000,
    });

  const optional = runTests({});
  assert.equal(optional.status, 0, optional.stdout + optional.stderr);
  assert.match(optional.stdout, /skipped test\/needs-x\.test\.ts: needs .*Xvfb/);

  const requiredRun = runTests({ REQUIRE_ME: '1' });
  assert.equal(requiredRun.status, 1, 'the other file passed, but the required one was skipped');
  assert.match(requiredRun.stdout, /ℹ pass 1/, 'the rest still ran');
  assert.match(requiredRun.stderr, /FAILED: required test file test\/needs-x\.test\.ts \(REQUIRE_ME=1 requires it\) was skipped: needs .*Xvfb/);

  // Also when it was the only file asked for (nothing left to run).
  const alone = runTests({ REQUIRE_ME: '1', ONLY: 'needs-x' });
  assert.equal(alone.status, 1, alone.stdout + alone.stderr);
});
