#!/usr/bin/env node
// `npm start`: launches the Electron app (dist/electron/main.js, built by the npm script).
// npm install does not run Electron's binary download (package.json denies its install
// script, so `npm install` also succeeds offline and in CI); the first start fetches the
// binary instead. Where it cannot be fetched, say so plainly and point at what still works.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linuxSandboxFacts, sandboxWorkaround } from './linux-sandbox.js';
import { nodeVersionProblem } from './node-support.js';

// First, before anything can fail in a more confusing way.
const nodeProblem = nodeVersionProblem();
if (nodeProblem) {
  console.error(nodeProblem);
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // "Electron failed to install correctly": the binary is not there
  }
}

let binary = electronBinary();
let downloadProblem = '';
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Voskey: fetching the Electron binary (first start only)…');
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', cwd: join(root, 'node_modules', 'electron') });
  if (result.status === 0) binary = electronBinary();
  // The downloader's own output is a stack trace; its first line is the reason.
  else downloadProblem = (result.stderr || result.stdout || '').trim().split('\n')[0] ?? '';
}
if (!binary) {
  console.error(`
Voskey's desktop app needs the Electron binary, and it could not be downloaded here${downloadProblem ? ` (${downloadProblem})` : ''}.
  • Check the network, then run npm start again (it retries the download).
  • Offline machines: put Electron's zip in the cache (see ELECTRON_CACHE in Electron's docs).
Meanwhile the same recognition works from the command line:
  npm run voskey -- transcribe recording.wav --format      (built-in engine, no server needed)
  arecord -f S16_LE -r 16000 -c 1 | npm run voskey -- transcribe - --format
`);
  process.exit(1);
}

const sandbox = sandboxWorkaround(linuxSandboxFacts(binary));
if (sandbox) console.warn(sandbox.message);
const app = spawn(binary, [root, ...(sandbox?.args ?? []), ...process.argv.slice(2)], { stdio: 'inherit' });
app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
