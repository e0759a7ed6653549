// npm start on Linux decides whether Electron would abort on the SUID sandbox helper
// (Ubuntu 23.10+ AppArmor user-namespace restriction) and then runs the development app
// with --no-sandbox, saying why and how to keep the sandbox. The decision per machine state:
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
// @ts-expect-error plain JavaScript script without type declarations
import { linuxSandboxFacts, sandboxWorkaround } from '../../scripts/linux-sandbox.js';

interface Facts {
  platform: string;
  userNamespaces: boolean | null;
  apparmorRestricts: boolean;
  helper: { uid: number; mode: number } | null;
  helperPath: string;
}
const decide = sandboxWorkaround as (facts: Facts) => { message: string; args: string[] } | null;
const facts = linuxSandboxFacts as (binary: string) => Facts;

const HELPER = '/home/ada/voskey/node_modules/electron/dist/chrome-sandbox';
const ubuntu2404: Facts = { platform: 'linux', userNamespaces: false, apparmorRestricts: true, helper: { uid: 1000, mode: 0o100755 }, helperPath: HELPER };

test('Ubuntu 24.04 with npm-installed Electron: --no-sandbox, with the reason and the way back', () => {
  const workaround = decide(ubuntu2404);
  assert.deepEqual(workaround?.args, ['--no-sandbox']);
  assert.match(workaround?.message ?? '', /AppArmor \(Ubuntu 23\.10 and later\)/);
  assert.ok(workaround?.message.includes(`sudo chown root:root '${HELPER}' && sudo chmod 4755 '${HELPER}'`));
});

test('no workaround where the sandbox works: namespaces allowed, SUID helper set up, or not Linux', () => {
  assert.equal(decide({ ...ubuntu2404, userNamespaces: true, apparmorRestricts: false }), null);
  assert.equal(decide({ ...ubuntu2404, helper: { uid: 0, mode: 0o104755 } }), null, 'SUID root helper');
  assert.notEqual(decide({ ...ubuntu2404, helper: { uid: 0, mode: 0o100755 } }), null, 'root-owned but not SUID');
  assert.equal(decide({ ...ubuntu2404, platform: 'darwin' }), null);
  assert.equal(decide({ ...ubuntu2404, platform: 'win32' }), null);
});

test('when the namespace probe cannot run, the AppArmor sysctl decides', () => {
  assert.notEqual(decide({ ...ubuntu2404, userNamespaces: null, apparmorRestricts: true }), null);
  assert.equal(decide({ ...ubuntu2404, userNamespaces: null, apparmorRestricts: false }), null);
  // Namespaces blocked some other way (Debian's unprivileged_userns_clone=0): still explained.
  assert.match(decide({ ...ubuntu2404, apparmorRestricts: false })?.message ?? '', /does not allow unprivileged user namespaces/);
});

test('facts are read from this machine: the helper beside the Electron binary, and the probe result', () => {
  const found = facts('/nonexistent/electron/dist/electron');
  assert.equal(found.platform, process.platform);
  assert.equal(found.helperPath, '/nonexistent/electron/dist/chrome-sandbox');
  assert.equal(found.helper, null);
  if (process.platform === 'linux') {
    const probe = spawnSync('unshare', ['-Ur', 'true'], { stdio: 'ignore' });
    assert.equal(found.userNamespaces, probe.error ? null : probe.status === 0, 'the same answer as running the probe here');
  }
});
