// Checks electron-builder.yml with electron-builder's own loader and JSON-schema validation
// (app-builder-lib's getConfig + validateConfiguration, the step `electron-builder` runs
// first). Building real packages needs the Electron binary, which cannot be downloaded
// here, so the test stops at the configuration and the files it points to.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));

interface BuilderConfig {
  [key: string]: unknown;
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: BuilderConfig | null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { log } = require('builder-util/out/log.js') as { log: { stream: { write(chunk: unknown): boolean } } };
// electron-builder's logger writes progress ("  • loaded configuration") to stdout in
// three separate writes, and the test runner's child protocol shares stdout: a stray piece
// corrupted runs ("Unable to deserialize cloned data"), even with the message itself
// filtered. The logger's stream is replaced, so nothing of it reaches stdout.
const builderOutput: string[] = [];
log.stream = {
  write(chunk: unknown) {
    builderOutput.push(String(chunk));
    return true;
  },
};

async function loadConfig(): Promise<BuilderConfig> {
  return getConfig(root, join(root, 'electron-builder.yml'), null);
}

test('electron-builder.yml passes electron-builder schema validation', async () => {
  await validateConfiguration(await loadConfig(), new DebugLogger(false));
});

test('the validator refuses a broken configuration (so the check above means something)', async () => {
  const broken = { ...(await loadConfig()), categry: 'Utility' };
  await assert.rejects(validateConfiguration(broken, new DebugLogger(false)), /unknown property 'categry'/);
});

test('the config ships what the app needs at run time', async () => {
  const config = (await loadConfig()) as {
    appId: string;
    productName: string;
    publish: unknown;
    files: (string | { filter: string[] })[];
    asarUnpack: string[];
    linux: { target: string[]; category: string; icon: string };
    deb: { depends: string[]; recommends: string[] };
    win: { target: string[]; icon: string };
    mac: { target: { target: string; arch: string[] }[]; icon: string; entitlements: string; extendInfo: Record<string, string> };
  };
  assert.equal(config.productName, 'Voskey');
  assert.match(config.appId, /^[a-z0-9.-]+$/);
  assert.equal(config.publish, null);
  // The loader normalises `files` into filter groups.
  const patterns = config.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
  assert.ok(patterns.includes('dist/**/*') && patterns.includes('package.json'));
  for (const native of ['koffi', 'robotjs', 'uiohook-napi', 'vosk/lib']) {
    assert.ok(config.asarUnpack.some((p) => p.includes(`node_modules/${native}/`)), `${native} is unpacked from asar`);
  }
  assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
  assert.equal(config.linux.category, 'Utility');
  assert.ok(config.deb.depends.includes('libxtst6'));
  assert.ok(config.deb.recommends.includes('xclip'));
  assert.deepEqual(config.win.target, ['nsis']);
  assert.deepEqual(config.mac.target, [{ target: 'dmg', arch: ['x64', 'arm64'] }], 'a DMG for Intel Macs and one for Apple Silicon');
  assert.match(config.mac.extendInfo.NSMicrophoneUsageDescription ?? '', /speech/, 'macOS shows users why the microphone is needed');
  for (const path of [config.linux.icon, config.win.icon, config.mac.icon, config.mac.entitlements]) {
    assert.ok(existsSync(join(root, path)), `${path} exists`);
  }
});

test('the packaged app carries every tray icon file each platform asks for', async () => {
  const config = (await loadConfig()) as { extraResources: { from: string; to: string; filter: string[] }[] };
  const icons = config.extraResources.find((r) => r.to === 'icons');
  assert.ok(icons, 'build/icons is shipped as <resources>/icons');
  const { minimatch } = require('minimatch') as { minimatch(path: string, pattern: string): boolean };
  const { trayIconFile } = await import('../../electron/shell/tray-icon-file.js');
  for (const platform of ['win32', 'darwin', 'linux'] as const) {
    for (const state of ['idle', 'listening', 'error'] as const) {
      const { file } = trayIconFile(state, platform);
      const wanted = file.endsWith('.png') ? [file, file.replace(/\.png$/, '@2x.png')] : [file];
      for (const name of wanted) {
        assert.ok(existsSync(join(root, icons.from, name)), `${name} (${platform}, ${state}) exists in ${icons.from}`);
        assert.ok(icons.filter.some((pattern) => minimatch(name, pattern)), `${name} (${platform}) is copied into the package`);
      }
    }
  }
});

test('macOS: a tray app with no Dock icon that says why it wants the microphone', async () => {
  const config = (await loadConfig()) as { mac: { extendInfo: Record<string, unknown>; entitlements: string } };
  assert.equal(config.mac.extendInfo.LSUIElement, true);
  assert.match(String(config.mac.extendInfo.NSMicrophoneUsageDescription), /microphone|listens/i);
  // The hardened runtime refuses the microphone without this entitlement.
  assert.match(readFileSync(join(root, config.mac.entitlements), 'utf8'), /com\.apple\.security\.device\.audio-input<\/key>\s*<true\/>/);
});

test('.deb keeps electron-builder\'s after-install script, which installs the AppArmor profile for the sandbox', async () => {
  const config = (await loadConfig()) as { deb: Record<string, unknown>; linux: Record<string, unknown> };
  assert.equal(config.deb.afterInstall, undefined, 'our own script would replace the AppArmor step');
  const templates = join(dirname(require.resolve('app-builder-lib/package.json')), 'templates/linux');
  assert.match(readFileSync(join(templates, 'after-install.tpl'), 'utf8'), /apparmor_parser --replace/);
  assert.match(readFileSync(join(templates, 'apparmor-profile.tpl'), 'utf8'), /userns,/);
  // And no --no-sandbox baked into the .deb's desktop entry.
  assert.ok(!JSON.stringify(config.linux.executableArgs ?? []).includes('no-sandbox'));
});
