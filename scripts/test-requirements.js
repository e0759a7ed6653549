// What a test file needs from the machine beyond Node, read from what it imports: a test
// that imports test/helpers/xvfb needs Xvfb, one that imports the page harness needs
// Chromium, and so on (followed through test/'s own helper modules). On Linux — where CI and
// the README install every tool — nothing is skipped: a missing tool should fail loudly.
// On Windows and macOS these are Linux tools, and a file whose needs are not met is not
// run; scripts/run-tests.js prints which and why instead.
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';

/** marker in a file's source → requirement */
// Static imports only (`from '…'`): a test may import a Linux helper dynamically, on Linux
// only (the Electron end-to-end test does, for Xvfb). A file can state its needs itself
// with a line `// test-needs: fixtures, chromium` (or `none`) where the scan guesses wrong.
const MARKERS = [
  [/from '[^']*helpers\/xvfb(\.js)?'/, 'xvfb'],
  [/from '[^']*(helpers\/|\.\/)(chromium|page-harness)(\.js)?'/, 'chromium'],
  [/from '[^']*(helpers\/|\.\/)fixtures(\.js)?'|pcm-fixture/, 'fixtures'],
  [/['"`]xdotool['"`]/, 'xdotool'],
  [/sphinx/i, 'pocketsphinx'],
];
const DECLARED = /^\/\/ test-needs: *(.*)$/m;
// A file that must not be skipped when an environment variable says so (CI): a line
// `// test-required-if: VOSKEY_E2E_REQUIRED=1`. Skipping it then fails the run.
const REQUIRED_IF = /^\/\/ test-required-if: *([A-Z0-9_]+)=(\S+)/m;

const WHY = {
  xvfb: 'Xvfb, a private X display (Linux: apt-get install xvfb)',
  chromium: 'Chromium at CHROMIUM_PATH or /usr/bin/chromium (Linux: apt-get install chromium)',
  fixtures: 'the speech fixtures, made with flite and sox (Linux: apt-get install flite sox)',
  xdotool: 'xdotool on an X display (Linux: apt-get install xdotool)',
  pocketsphinx: "Debian's PocketSphinx (Linux: apt-get install libpocketsphinx3 pocketsphinx-en-us)",
};

/** Requirements of one test file, following its relative imports inside `testRoot`. */
export function requirementsOf(file, testRoot) {
  const found = new Set();
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const source = readFileSync(path, 'utf8');
    const declared = DECLARED.exec(source);
    if (declared) {
      // Anything after "(" is a comment: `// test-needs: none (why)`.
      for (const need of declared[1].split('(')[0].split(',').map((n) => n.trim())) if (need && need !== 'none') found.add(need);
      return;
    }
    for (const [pattern, requirement] of MARKERS) if (pattern.test(source)) found.add(requirement);
    for (const [, specifier] of source.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(path), specifier).replace(/\.js$/, '.ts');
      if (target.startsWith(testRoot)) visit(target);
    }
  };
  visit(resolve(file));
  return [...found].sort();
}

function onPath(command, env) {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  return (env.PATH ?? '').split(delimiter).some((dir) => extensions.some((ext) => dir && existsSync(join(dir, command + ext))));
}

/** Whether this machine has what `requirement` names. */
export function hasRequirement(requirement, { env = process.env, fixturesDir, platform = process.platform } = {}) {
  switch (requirement) {
    case 'xvfb':
      return onPath('Xvfb', env);
    // The Linux paths only on Linux's side: under Wine, drive Z: shows the Linux file system,
    // so /usr/bin/chromium "exists" for Windows Node but cannot be run by it.
    case 'chromium':
      return env.CHROMIUM_PATH ? existsSync(env.CHROMIUM_PATH) : platform !== 'win32' && existsSync('/usr/bin/chromium');
    case 'fixtures':
      return existsSync(join(fixturesDir, 'speech.json')) && JSON.parse(readFileSync(join(fixturesDir, 'speech.json'), 'utf8')).fixtures.every((f) => existsSync(join(fixturesDir, `${f.name}.wav`)));
    case 'xdotool':
      return onPath(requirement, env);
    case 'pocketsphinx':
      return platform !== 'win32' && existsSync('/usr/share/pocketsphinx/model/en-us');
    default:
      return true;
  }
}

/**
 * Null when the file can run here; else the sentence saying why it is skipped. Only off
 * Linux (see the top of this file).
 */
export function skipReason(file, { testRoot, fixturesDir, platform = process.platform, env = process.env }) {
  if (platform === 'linux') return null;
  const missing = requirementsOf(file, testRoot).filter((r) => !hasRequirement(r, { env, fixturesDir, platform }));
  if (missing.length === 0) return null;
  return `needs ${missing.map((r) => WHY[r]).join('; ')} — not available on ${platform}`;
}

/**
 * Null unless the file declares `// test-required-if: NAME=VALUE` and `env` has it; then
 * the sentence saying why skipping it must fail the run.
 */
export function requiredBecause(file, env = process.env) {
  const match = REQUIRED_IF.exec(readFileSync(resolve(file), 'utf8'));
  if (!match || env[match[1]] !== match[2]) return null;
  return `${match[1]}=${match[2]} requires it`;
}
