// How `npm run dist` signs, from the secrets the environment carries: each used when
// present, each reported as skipped — with what that means for the user — when absent.
// Plain logic (tested in test/packaging/signing-plan.test.ts); scripts/dist.js applies it.
//
// electron-builder 26 (app-builder-lib) reads these itself:
// - macOS: CSC_LINK + CSC_KEY_PASSWORD (a Developer ID Application .p12, imported into a
//   temporary keychain); notarization with APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD +
//   APPLE_TEAM_ID (MacTargetHelper.getNotarizeOptions; it throws if only some are set).
// - Windows: WIN_CSC_LINK + WIN_CSC_KEY_PASSWORD (or CSC_LINK) for the NSIS installer.
// What this adds:
// - Secrets that are not set reach a GitHub workflow as empty strings; electron-builder takes
//   an empty CSC_LINK as a certificate. Empty means absent here, and is removed.
// - Without a certificate the Mac app is signed ad hoc (mac.identity "-"): electron-builder
//   changes the bundle (Info.plist, app.asar), which breaks Electron's own signature, and
//   Apple Silicon refuses to run arm64 code with a broken signature at all ("is damaged and
//   can't be opened"); an ad-hoc signature makes it an app from an unidentified developer,
//   which the user can open (README, "Install"). Ad hoc uses no secret, so it is allowed on
//   pull requests too (CSC_FOR_PULL_REQUEST), and identity auto-discovery stays off.
// - With a certificate, auto-discovery must be on: electron-builder finds the imported
//   identity in its temporary keychain only that way (macCodeSign findIdentity).
// - Notarization without all three Apple values, or for the --dir build the smoke test
//   uses, is switched off explicitly (mac.notarize false) instead of a warning.

export const SIGNING_VARIABLES = [
  'CSC_LINK',
  'CSC_KEY_PASSWORD',
  'APPLE_ID',
  'APPLE_APP_SPECIFIC_PASSWORD',
  'APPLE_TEAM_ID',
  'WIN_CSC_LINK',
  'WIN_CSC_KEY_PASSWORD',
];
const APPLE_NOTARY = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];

/**
 * @param {string} platform process.platform of the build machine (electron-builder builds for it)
 * @param {Record<string, string | undefined>} env
 * @param {{ dirOnly?: boolean }} [options] dirOnly: `--dir`, an unpacked app for the smoke test
 * @returns {{ env: Record<string, string | undefined>, args: string[], report: string[] }}
 */
export function signingPlan(platform, env, { dirOnly = false } = {}) {
  const out = { ...env };
  for (const name of SIGNING_VARIABLES) if (!out[name]?.trim()) delete out[name];
  const has = (name) => name in out;
  const args = [];
  const report = [];
  if (platform === 'darwin') {
    if (has('CSC_LINK')) {
      delete out.CSC_IDENTITY_AUTO_DISCOVERY;
      report.push(`macOS: signing with the Developer ID certificate in CSC_LINK${has('CSC_KEY_PASSWORD') ? '' : ' (CSC_KEY_PASSWORD is not set: the certificate must have no password)'}`);
      const missing = APPLE_NOTARY.filter((name) => !has(name));
      if (dirOnly) {
        args.push('-c.mac.notarize=false');
        report.push('macOS: notarization skipped for the --dir build (smoke test only)');
      } else if (missing.length === 0) {
        report.push('macOS: notarizing with APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID');
      } else {
        for (const name of APPLE_NOTARY) delete out[name];
        args.push('-c.mac.notarize=false');
        report.push(`macOS: notarization skipped (${missing.join(', ')} not set): Gatekeeper will warn on first open`);
      }
    } else {
      for (const name of APPLE_NOTARY) delete out[name];
      out.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
      out.CSC_FOR_PULL_REQUEST = 'true';
      args.push('-c.mac.identity=-', '-c.mac.notarize=false');
      report.push(
        'macOS: signing skipped (CSC_LINK not set): signed ad hoc only, not notarized. macOS will say the developer cannot be verified; open it with right-click → Open (or `xattr -dr com.apple.quarantine /Applications/Voskey.app`).',
      );
    }
  } else if (platform === 'win32') {
    if (has('WIN_CSC_LINK') || has('CSC_LINK')) report.push(`Windows: signing the installer with the certificate in ${has('WIN_CSC_LINK') ? 'WIN_CSC_LINK' : 'CSC_LINK'}`);
    else report.push('Windows: signing skipped (WIN_CSC_LINK not set): SmartScreen will warn; "More info" → "Run anyway" installs it.');
  } else {
    report.push('Linux: the AppImage and .deb are not signed (neither format expects it)');
  }
  return { env: out, args, report };
}
