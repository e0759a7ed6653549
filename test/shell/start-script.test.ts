// `npm start` where the Electron binary is missing (as on our build machines) must explain
// itself and point at what still works, not fail with a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const START = fileURLToPath(new URL('../../scripts/start.js', import.meta.url));

function hasElectronBinary(): boolean {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path);
  } catch {
    return false;
  }
}

test('npm start without the Electron binary says why and what to use instead', (t) => {
  if (hasElectronBinary()) {
    const reason = 'the Electron binary is installed here, so npm start would launch the app';
    console.log(`start-script skipped: ${reason}`);
    t.skip(reason);
    return;
  }
  // ELECTRON_SKIP_BINARY_DOWNLOAD keeps the test from trying the network.
  const run = spawnSync(process.execPath, [START], {
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /needs the Electron binary/);
  assert.match(run.stderr, /voskey -- transcribe/);
  assert.doesNotMatch(run.stderr, /at .*\.js:\d+/, 'no stack trace');
});
