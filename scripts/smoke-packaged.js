#!/usr/bin/env node
// Smoke test of the packaged app, run by each job of .github/workflows/ci.yml after
// `electron-builder --dir` (Linux: under xvfb-run, and again with --appimage on the AppImage).
// 1. The packaged tree: the executable, app.asar, the native parts unpacked beside it
//    (koffi, uiohook-napi, robotjs, libvosk for this system), the tray icons, and on macOS
//    the Info.plist keys the microphone prompt and the menu-bar-only app need.
// 2. The app itself: started with VOSKEY_SMOKE_REPORT, it checks its main process, a page
//    and its preload from the archive, the engine's utility process, libvosk and a forked
//    worker (electron/shell/packaged-smoke.ts), writes one JSON line each and quits; it must
//    report every check passed and exit with code 0.
// The logic (where the app is, what the tree must hold, how a report is judged) is tested
// here against a fake tree (test/scripts/smoke-packaged.test.ts); running it needs the
// Electron binary, so only the workflow does.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

/** The checks packaged-smoke.ts reports, in order (kept equal by the test). */
export const EXPECTED_CHECKS = ['main', 'page', 'preload', 'engine', 'libvosk', 'worker'];

const VOSK_LIB = { linux: 'linux-x86_64/libvosk.so', win32: 'win-x86_64/libvosk.dll', darwin: 'osx-universal/libvosk.dylib' };

/**
 * Where electron-builder --dir put the app: release/linux-unpacked, release/win-unpacked,
 * release/mac (x64), mac-arm64 or mac-universal with Voskey.app inside.
 */
export function packagedLayout(releaseDir, platform, arch = process.arch) {
  if (platform === 'linux') return { executable: join(releaseDir, 'linux-unpacked', 'voskey'), resources: join(releaseDir, 'linux-unpacked', 'resources') };
  if (platform === 'win32') return { executable: join(releaseDir, 'win-unpacked', 'Voskey.exe'), resources: join(releaseDir, 'win-unpacked', 'resources') };
  if (platform === 'darwin') {
    // This machine's own architecture first (x64 builds go to mac/), then a universal build.
    const own = arch === 'arm64' ? 'mac-arm64' : 'mac';
    const dir = [own, 'mac-universal'].find((d) => existsSync(join(releaseDir, d))) ?? own;
    const app = join(releaseDir, dir, 'Voskey.app', 'Contents');
    return { executable: join(app, 'MacOS', 'Voskey'), resources: join(app, 'Resources'), infoPlist: join(app, 'Info.plist') };
  }
  throw new Error(`no packaged layout for ${platform}`);
}

/** What is missing or wrong in a packaged tree; empty when it is complete. */
export function checkPackagedTree(layout, platform) {
  const problems = [];
  const need = (path, what) => existsSync(path) || problems.push(`${what} is missing: ${path}`);
  need(layout.executable, 'the executable');
  need(join(layout.resources, 'app.asar'), 'the app archive');
  const unpacked = join(layout.resources, 'app.asar.unpacked', 'node_modules');
  need(join(unpacked, 'koffi'), 'koffi, unpacked (native code cannot load from inside the archive)');
  need(join(unpacked, 'uiohook-napi', 'prebuilds'), 'uiohook-napi\'s prebuilds, unpacked');
  need(join(unpacked, 'robotjs', 'prebuilds'), 'robotjs\'s prebuilds, unpacked');
  if (VOSK_LIB[platform]) need(join(unpacked, 'vosk', 'lib', VOSK_LIB[platform]), 'libvosk, unpacked');
  const icons = join(layout.resources, 'icons');
  if (!existsSync(icons) || readdirSync(icons).filter((f) => f.startsWith('tray')).length === 0) problems.push(`the tray icons are missing: ${icons}`);
  if (layout.infoPlist) {
    const plist = existsSync(layout.infoPlist) ? readFileSync(layout.infoPlist, 'utf8') : '';
    for (const key of ['NSMicrophoneUsageDescription', 'LSUIElement']) if (!plist.includes(`<key>${key}</key>`)) problems.push(`Info.plist has no ${key}`);
  }
  return problems;
}

/** Judges what the app wrote (JSON lines) and how it ended. */
export function judgeSmokeReport(text, exit) {
  const failures = [];
  const seen = new Map();
  for (const line of text.split('\n').filter((l) => l.trim())) {
    try {
      const entry = JSON.parse(line);
      seen.set(entry.check, entry);
    } catch {
      failures.push(`an unreadable report line: ${line}`);
    }
  }
  for (const check of EXPECTED_CHECKS) {
    const entry = seen.get(check);
    if (!entry) failures.push(`${check}: not reported`);
    else if (entry.ok !== true) failures.push(`${check}: failed — ${entry.detail}`);
  }
  if (exit.signal) failures.push(`the app was killed by ${exit.signal}`);
  else if (exit.code !== 0) failures.push(`the app exited with code ${exit.code}, not 0`);
  return { ok: failures.length === 0, failures, passed: [...seen.values()].filter((e) => e.ok === true).map((e) => `${e.check}: ${e.detail}`) };
}

/** The AppImage electron-builder made in releaseDir, if any. */
export function findAppImage(releaseDir) {
  const name = existsSync(releaseDir) ? readdirSync(releaseDir).find((f) => f.endsWith('.AppImage')) : undefined;
  return name ? join(releaseDir, name) : null;
}

function runApp(executable, env, timeoutMs) {
  return new Promise((resolve) => {
    // CI's Linux job runs as root in a container, where Chromium's sandbox cannot start.
    const args = process.platform === 'linux' ? ['--no-sandbox'] : [];
    const child = spawn(executable, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, error: error.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const release = join(root, 'release');
  const appImage = process.argv.includes('--appimage');
  const layout = packagedLayout(release, process.platform);
  const problems = appImage ? [] : checkPackagedTree(layout, process.platform);
  for (const problem of problems) console.error(`packaged tree: ${problem}`);
  const executable = appImage ? findAppImage(release) : layout.executable;
  if (!executable) {
    console.error('no AppImage in release/: run electron-builder --linux AppImage first');
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'voskey-smoke-'));
  const report = join(work, 'report.jsonl');
  const env = {
    ...process.env,
    VOSKEY_SMOKE_REPORT: report,
    VOSKEY_USER_DATA_DIR: join(work, 'user-data'),
    // Containers have no FUSE: the AppImage runtime then extracts itself and runs.
    ...(appImage ? { APPIMAGE_EXTRACT_AND_RUN: '1' } : {}),
  };
  console.log(`starting ${executable}`);
  const exit = await runApp(executable, env, 120_000);
  const verdict = judgeSmokeReport(existsSync(report) ? readFileSync(report, 'utf8') : '', exit);
  if (exit.error) verdict.failures.unshift(`could not start it: ${exit.error}`);
  rmSync(work, { recursive: true, force: true });
  for (const line of verdict.passed) console.log(`ok   ${line}`);
  for (const line of verdict.failures) console.error(`FAIL ${line}`);
  process.exit(problems.length === 0 && verdict.ok && !exit.error ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
