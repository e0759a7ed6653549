// The packaged-app smoke checker (scripts/smoke-packaged.js) against fake packaged trees
// and fake reports. The real run — electron-builder --dir, then the packaged executable
// started and checked — happens only in .github/workflows/ci.yml: the "Packaged app smoke
// test" step of the ubuntu-latest job (under xvfb-run, then the AppImage), the windows-latest
// job and the macos-latest job. Electron cannot run here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// @ts-expect-error plain JavaScript script without type declarations
import * as smoke from '../../scripts/smoke-packaged.js';
import { SMOKE_CHECKS } from '../../electron/shell/smoke-checks.js';

interface Layout {
  executable: string;
  resources: string;
  infoPlist?: string;
}
const { packagedLayout, checkPackagedTree, judgeSmokeReport, findAppImage, EXPECTED_CHECKS } = smoke as {
  packagedLayout(release: string, platform: string, arch?: string): Layout;
  checkPackagedTree(layout: Layout, platform: string): string[];
  judgeSmokeReport(text: string, exit: { code: number | null; signal: string | null }): { ok: boolean; failures: string[]; passed: string[] };
  findAppImage(release: string): string | null;
  EXPECTED_CHECKS: string[];
};

function touch(path: string, text = ''): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A tree shaped like electron-builder --dir's output for `platform`. */
function fakeTree(t: { after(fn: () => void): void }, platform: 'linux' | 'win32' | 'darwin', leaveOut: string[] = []) {
  const release = mkdtempSync(join(tmpdir(), 'voskey-release-'));
  t.after(() => rmSync(release, { recursive: true, force: true }));
  const layout = packagedLayout(release, platform, 'arm64');
  const unpacked = join(layout.resources, 'app.asar.unpacked', 'node_modules');
  const vosk = { linux: 'linux-x86_64/libvosk.so', win32: 'win-x86_64/libvosk.dll', darwin: 'osx-universal/libvosk.dylib' }[platform];
  const files: Record<string, string> = {
    executable: layout.executable,
    asar: join(layout.resources, 'app.asar'),
    koffi: join(unpacked, 'koffi', 'index.js'),
    uiohook: join(unpacked, 'uiohook-napi', 'prebuilds', 'x', 'node.napi.node'),
    robotjs: join(unpacked, 'robotjs', 'prebuilds', 'x', 'node.napi.node'),
    vosk: join(unpacked, 'vosk', 'lib', vosk),
    icons: join(layout.resources, 'icons', 'tray-idle-22.png'),
  };
  for (const [name, path] of Object.entries(files)) if (!leaveOut.includes(name)) touch(path);
  if (layout.infoPlist && !leaveOut.includes('plist')) touch(layout.infoPlist, '<dict><key>NSMicrophoneUsageDescription</key><string>x</string><key>LSUIElement</key><true/></dict>');
  return { release, layout };
}

test('the checks the app reports are the ones the checker expects', () => {
  assert.deepEqual(EXPECTED_CHECKS, [...SMOKE_CHECKS]);
});

test('where electron-builder --dir puts the app on each system', () => {
  assert.match(packagedLayout('/r', 'linux').executable, /linux-unpacked[\\/]voskey$/);
  assert.match(packagedLayout('/r', 'win32').executable, /win-unpacked[\\/]Voskey\.exe$/);
  assert.match(packagedLayout('/nonexistent', 'darwin', 'x64').executable, /[\\/]mac[\\/]Voskey\.app[\\/]Contents[\\/]MacOS[\\/]Voskey$/);
  assert.match(packagedLayout('/nonexistent', 'darwin', 'arm64').executable, /[\\/]mac-arm64[\\/]Voskey\.app[\\/]/, 'the build this Mac runs natively');
});

for (const platform of ['linux', 'win32', 'darwin'] as const) {
  test(`${platform}: a complete packaged tree passes`, (t) => {
    const { layout } = fakeTree(t, platform);
    assert.deepEqual(checkPackagedTree(layout, platform), []);
  });
}

test('each missing part is named: native code left inside the archive, libvosk, icons, Info.plist keys', (t) => {
  const { layout } = fakeTree(t, 'darwin', ['koffi', 'vosk', 'icons', 'plist']);
  assert.match(layout.executable, /mac-arm64/);
  const problems = checkPackagedTree(layout, 'darwin').join('\n');
  assert.match(problems, /koffi, unpacked/);
  assert.match(problems, /libvosk, unpacked.*osx-universal/);
  assert.match(problems, /tray icons are missing/);
  assert.match(problems, /Info\.plist has no NSMicrophoneUsageDescription/);
  assert.match(problems, /Info\.plist has no LSUIElement/);
});

const allPassed = SMOKE_CHECKS.map((check) => JSON.stringify({ check, ok: true, detail: `${check} fine` })).join('\n');

test('a report with every check passed and a clean exit passes', () => {
  const verdict = judgeSmokeReport(`${allPassed}\n`, { code: 0, signal: null });
  assert.deepEqual(verdict.failures, []);
  assert.equal(verdict.passed.length, SMOKE_CHECKS.length);
});

test('a failed check, a missing check, a crash or a dirty exit fails, each with its reason', () => {
  const failed = allPassed.replace('{"check":"libvosk","ok":true,"detail":"libvosk fine"}', '{"check":"libvosk","ok":false,"detail":"dlopen failed"}');
  assert.deepEqual(judgeSmokeReport(failed, { code: 0, signal: null }).failures, ['libvosk: failed — dlopen failed']);
  const missing = allPassed.split('\n').filter((l) => !l.includes('"worker"')).join('\n');
  assert.deepEqual(judgeSmokeReport(missing, { code: 0, signal: null }).failures, ['worker: not reported']);
  assert.deepEqual(judgeSmokeReport(allPassed, { code: null, signal: 'SIGKILL' }).failures, ['the app was killed by SIGKILL']);
  assert.deepEqual(judgeSmokeReport(allPassed, { code: 1, signal: null }).failures, ['the app exited with code 1, not 0']);
  assert.equal(judgeSmokeReport('', { code: 0, signal: null }).failures.length, SMOKE_CHECKS.length, 'an app that wrote nothing');
});

test('the AppImage is found in release/', (t) => {
  const { release } = fakeTree(t, 'linux');
  assert.equal(findAppImage(release), null);
  touch(join(release, 'Voskey-0.1.0-x86_64.AppImage'));
  assert.equal(findAppImage(release), join(release, 'Voskey-0.1.0-x86_64.AppImage'));
});
