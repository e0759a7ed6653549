// `npm test` on Windows and macOS: files that need Linux tools are not run, and each is
// named with the reason; on Linux everything runs (a missing tool there must fail loudly).
// test-needs: none (it reads other files' needs; the Linux tools it names are strings here)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript script without type declarations
import { requirementsOf, skipReason } from '../../scripts/test-requirements.js';
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
  // The Electron test imports Xvfb only on Linux, dynamically, so it is not skipped elsewhere.
  assert.ok(!needs(at('shell/electron-e2e.test.ts'), testRoot).includes('xvfb'));
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
