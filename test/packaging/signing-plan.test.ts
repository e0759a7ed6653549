// How `npm run dist` signs with and without the secrets (scripts/signing-plan.js). Signing
// and notarizing themselves need Apple's and a CA's servers and a Mac or Windows runner:
// the workflow's macos-latest and windows-latest jobs run `npm run dist` with the secrets
// when the repository has them; here only the plan is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error plain JavaScript script without type declarations
import { signingPlan as plan } from '../../scripts/signing-plan.js';

const signingPlan = plan as (
  platform: string,
  env: Record<string, string | undefined>,
  options?: { dirOnly?: boolean },
) => { env: Record<string, string | undefined>; args: string[]; report: string[] };

const MAC_SECRETS = { CSC_LINK: 'base64p12', CSC_KEY_PASSWORD: 'pw', APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'xxxx', APPLE_TEAM_ID: 'TEAM123' };
// What a workflow passes for secrets the repository does not have.
const NO_SECRETS = { CSC_LINK: '', CSC_KEY_PASSWORD: '', APPLE_ID: '', APPLE_APP_SPECIFIC_PASSWORD: '', APPLE_TEAM_ID: '', WIN_CSC_LINK: '', WIN_CSC_KEY_PASSWORD: '', PATH: '/bin' };

test('macOS with every secret: signed with CSC_LINK (auto-discovery on, so the identity is found) and notarized', () => {
  const p = signingPlan('darwin', { ...MAC_SECRETS, CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
  assert.deepEqual(p.args, []);
  assert.equal(p.env.CSC_LINK, 'base64p12');
  assert.equal(p.env.CSC_IDENTITY_AUTO_DISCOVERY, undefined);
  assert.equal(p.env.APPLE_TEAM_ID, 'TEAM123');
  assert.match(p.report.join('\n'), /signing with the Developer ID certificate in CSC_LINK\n.*notarizing with APPLE_ID/);
});

test('macOS without secrets (empty strings, as a workflow passes them): ad-hoc signature, no notarization, reported with how to open it', () => {
  const p = signingPlan('darwin', NO_SECRETS);
  assert.deepEqual(p.args, ['-c.mac.identity=-', '-c.mac.notarize=false']);
  for (const name of ['CSC_LINK', 'APPLE_ID', 'APPLE_TEAM_ID']) assert.ok(!(name in p.env), `${name} removed, not passed empty`);
  assert.equal(p.env.CSC_IDENTITY_AUTO_DISCOVERY, 'false');
  assert.equal(p.env.CSC_FOR_PULL_REQUEST, 'true', 'ad hoc uses no secret, so pull requests get it too');
  assert.equal(p.env.PATH, '/bin', 'everything else passes through');
  assert.match(p.report[0]!, /signing skipped \(CSC_LINK not set\).*right-click → Open.*xattr -dr com\.apple\.quarantine/);
});

test('macOS with a certificate but part of the Apple notary secrets: signed, notarization skipped with the missing names', () => {
  const p = signingPlan('darwin', { ...MAC_SECRETS, APPLE_TEAM_ID: '' , APPLE_APP_SPECIFIC_PASSWORD: undefined });
  assert.deepEqual(p.args, ['-c.mac.notarize=false']);
  assert.ok(!('APPLE_ID' in p.env), 'electron-builder throws on a partial set; none is passed');
  assert.match(p.report.join('\n'), /notarization skipped \(APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID not set\)/);
});

test('the --dir build for the smoke test is never notarized', () => {
  const p = signingPlan('darwin', MAC_SECRETS, { dirOnly: true });
  assert.deepEqual(p.args, ['-c.mac.notarize=false']);
  assert.match(p.report.join('\n'), /notarization skipped for the --dir build/);
});

test('Windows: signed with WIN_CSC_LINK when present, else reported skipped with what SmartScreen will do', () => {
  assert.match(signingPlan('win32', { WIN_CSC_LINK: 'p12', WIN_CSC_KEY_PASSWORD: 'pw' }).report[0]!, /signing the installer with the certificate in WIN_CSC_LINK/);
  const none = signingPlan('win32', NO_SECRETS);
  assert.ok(!('WIN_CSC_LINK' in none.env) && !('CSC_LINK' in none.env));
  assert.deepEqual(none.args, []);
  assert.match(none.report[0]!, /signing skipped \(WIN_CSC_LINK not set\): SmartScreen will warn/);
});

test('Linux: nothing to sign, said once', () => {
  assert.deepEqual(signingPlan('linux', NO_SECRETS).report, ['Linux: the AppImage and .deb are not signed (neither format expects it)']);
});
