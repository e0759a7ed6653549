// The Node minimum is stated in three places (package.json engines, the README, the check
// `npm start` runs first) and must be true: these tests hold the three together and show
// that the reason for the minimum is real in the installed electron package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript script without type declarations
import { NODE_ENGINES, nodeVersionProblem } from '../../scripts/node-support.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const START = join(root, 'scripts/start.js');
const problem = nodeVersionProblem as (version?: string) => string | null;

test('supported Node versions: 20.19+, 22.12+ and every later major; not 18, 20.18, 21 or 22.11', () => {
  for (const ok of ['20.19.0', '20.20.2', '22.12.0', '22.20.1', '23.0.0', '24.11.1', '26.1.0']) assert.equal(problem(ok), null, ok);
  for (const old of ['18.20.4', '20.0.0', '20.18.3', '21.7.3', '22.0.0', '22.11.0']) {
    assert.match(problem(old) ?? '', new RegExp(`this is Node ${old.replaceAll('.', '\\.')}.*ERR_REQUIRE_ESM`), old);
  }
});

test('package.json engines and the README state the minimum that npm start checks', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
  assert.equal(pkg.engines.node, NODE_ENGINES);
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node: string } }> };
  assert.equal(lock.packages['']?.engines?.node, NODE_ENGINES, 'package-lock.json agrees');
  assert.match(readFileSync(join(root, 'README.md'), 'utf8'), /Node 20\.19 or newer on the 20 line, or 22\.12 or newer/);
});

/** The package.json above a resolved entry file (the packages do not export ./package.json). */
function manifestOf(entry: string, name: string): { type?: string } {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; type?: string };
      if (manifest.name === name) return manifest;
    } catch {
      // no package.json at this level
    }
  }
  throw new Error(`no package.json for ${name} above ${entry}`);
}

test('the reason is real: electron install.js require()s ESM-only packages, which this Node loads', () => {
  const require = createRequire(import.meta.url);
  const electronDir = dirname(require.resolve('electron/package.json'));
  const installer = readFileSync(join(electronDir, 'install.js'), 'utf8');
  for (const dependency of ['@electron/get', '@electron-internal/extract-zip']) {
    assert.match(installer, new RegExp(`require\\('${dependency}'\\)`), `install.js require()s ${dependency}`);
    assert.equal(manifestOf(createRequire(join(electronDir, 'package.json')).resolve(dependency), dependency).type, 'module', `${dependency} is ESM-only`);
  }
  // This Node passes the check, so require() of them must work here, exactly as install.js does it.
  assert.equal(problem(process.versions.node), null);
  const run = spawnSync(process.execPath, ['-e', "require('@electron/get'); require('@electron-internal/extract-zip')"], {
    cwd: electronDir,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
});

test('npm start on a too-old Node says which version it needs, before trying anything else', () => {
  // Node cannot be downgraded in a test; pretend, by replacing process.versions before start.js runs.
  const pretend = "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.18.1' } });";
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`, START], {
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /Voskey needs Node 20\.19 or newer.*this is Node 20\.18\.1/);
  assert.doesNotMatch(run.stderr, /Electron binary/, 'stopped before looking for Electron');
});
