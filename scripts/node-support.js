// The Node versions Voskey's development commands work on, stated once: package.json's
// "engines" must say the same (a test compares them), and `npm start` checks it first.
//
// Why not simply "Node 20": electron 41's install script (node_modules/electron/install.js,
// which `npm start` runs to fetch the binary) loads @electron/get and
// @electron-internal/extract-zip with require(), and both are ESM-only packages. Node runs
// require() of an ES module without a flag from 20.19 on the 20 line and from 22.12 on the
// 22 line (Node 22.12.0 and 20.19.0 changelogs, "require(esm) is now enabled by default");
// older versions stop with ERR_REQUIRE_ESM before a single byte is downloaded. Node 21 is
// end-of-life and never got it unflagged.

/** [major, lowest minor] per supported release line; any later major works. */
const LINES = [
  [20, 19],
  [22, 12],
];

export const NODE_ENGINES = '^20.19.0 || >=22.12.0';
export const NODE_MINIMUM_TEXT = 'Node 20.19 or newer on the 20 line, or 22.12 or newer';

/** Null when this Node version can run Voskey's scripts, else the sentence to show. */
export function nodeVersionProblem(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const latestLine = LINES[LINES.length - 1];
  const supported =
    major > latestLine[0] || LINES.some(([lineMajor, lowestMinor]) => major === lineMajor && minor >= lowestMinor);
  if (supported) return null;
  return (
    `Voskey needs ${NODE_MINIMUM_TEXT}; this is Node ${version}. ` +
    `Electron 41's installer loads ES modules with require(), which older Node refuses (ERR_REQUIRE_ESM). ` +
    `Install a current Node LTS (https://nodejs.org) and run the command again.`
  );
}
