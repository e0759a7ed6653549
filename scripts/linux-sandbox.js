// Chromium's sandbox on Linux needs either unprivileged user namespaces or the SUID helper
// `chrome-sandbox` (owned by root, mode 4755). Ubuntu 23.10 and later restrict user
// namespaces with AppArmor (sysctl kernel.apparmor_restrict_unprivileged_userns=1) to
// programs that have a profile allowing `userns`; node_modules/electron/dist/electron has
// none, and npm installs chrome-sandbox as a plain file, so Electron aborts at start-up with
// "The SUID sandbox helper binary was found, but is not configured correctly" — before any
// of Voskey's code runs, so the app itself cannot explain. This module decides, from facts
// gathered by the caller, whether that will happen and what to tell the user.
//
// What Voskey does about it (see README, "Linux sandbox"):
// - `npm start` (a development run): start Electron with --no-sandbox and say so. The
//   development run loads only the checkout's own file:// pages, and the alternative —
//   making chrome-sandbox SUID root — needs sudo after every `npm ci`; we print it for
//   whoever wants the sandbox back.
// - The .deb: electron-builder's after-install script installs an AppArmor profile that
//   allows `userns` (app-builder-lib templates/linux/apparmor-profile.tpl), so the
//   installed app keeps its sandbox. Nothing to do at run time.
// - The AppImage: electron-builder's AppRun adds --no-sandbox itself when `unshare -Ur true`
//   fails; the app then tells the user once how to get the sandbox back (shell/sandbox-note).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

/**
 * @param {{ platform: string, userNamespaces: boolean | null, apparmorRestricts: boolean,
 *   helper: { uid: number, mode: number } | null, helperPath: string }} facts
 *   userNamespaces: whether `unshare -Ur true` worked (null: could not tell).
 * @returns {null | { message: string, args: string[] }}
 */
export function sandboxWorkaround(facts) {
  if (facts.platform !== 'linux') return null;
  const helperReady = facts.helper !== null && facts.helper.uid === 0 && (facts.helper.mode & 0o4000) !== 0;
  if (helperReady) return null;
  const namespacesBlocked = facts.userNamespaces === false || (facts.userNamespaces === null && facts.apparmorRestricts);
  if (!namespacesBlocked) return null;
  const cause = facts.apparmorRestricts
    ? 'this system restricts unprivileged user namespaces with AppArmor (Ubuntu 23.10 and later)'
    : 'this system does not allow unprivileged user namespaces';
  return {
    message: [
      `Voskey (development run): starting Electron with --no-sandbox, because ${cause}`,
      `and ${facts.helperPath} is not set up as the SUID sandbox helper; without the flag Electron would abort.`,
      'To keep Chromium\'s sandbox instead, make the helper SUID root (needed again after every npm ci):',
      `  sudo chown root:root '${facts.helperPath}' && sudo chmod 4755 '${facts.helperPath}'`,
      'The installed Voskey (.deb) brings its own AppArmor profile and keeps the sandbox.',
    ].join('\n'),
    args: ['--no-sandbox'],
  };
}

/** The facts for this machine and this Electron binary. */
export function linuxSandboxFacts(electronBinary) {
  const helperPath = electronBinary.replace(/[^/]*$/, 'chrome-sandbox');
  let helper = null;
  try {
    const stat = statSync(helperPath);
    helper = { uid: stat.uid, mode: stat.mode };
  } catch {
    helper = null;
  }
  let apparmorRestricts = false;
  try {
    apparmorRestricts = readFileSync('/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'utf8').trim() === '1';
  } catch {
    apparmorRestricts = false; // no such sysctl: not an AppArmor-restricted kernel
  }
  // The same probe electron-builder's AppImage launcher uses.
  const probe = process.platform === 'linux' ? spawnSync('unshare', ['-Ur', 'true'], { stdio: 'ignore', timeout: 5000 }) : null;
  const userNamespaces = probe === null || probe.error ? null : probe.status === 0;
  return { platform: process.platform, userNamespaces, apparmorRestricts, helper, helperPath };
}
