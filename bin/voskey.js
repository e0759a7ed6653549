#!/usr/bin/env node
// Launcher: the compiled CLI when the build is current, else the TypeScript source through
// tsx's loader, registered in this same process so stdin, signals and exit codes need no
// forwarding. "Current" matters in a checkout: a dist/ older than the sources would run
// yesterday's code. An installed package ships dist/ (and may not ship the sources).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/electron/cli.js', import.meta.url);
const sources = fileURLToPath(new URL('../electron/', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const builtIsCurrent =
  existsSync(built) && (!existsSync(sources) || statSync(built).mtimeMs >= newestSource(sources));

if (builtIsCurrent) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../electron/cli.ts', import.meta.url).href);
}
