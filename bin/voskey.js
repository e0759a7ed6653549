#!/usr/bin/env node
// Launcher: the compiled CLI when the project is built, else the TypeScript source
// through tsx's loader, registered in this same process so stdin, signals and exit codes
// need no forwarding.
import { existsSync } from 'node:fs';

const built = new URL('../dist/electron/cli.js', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../electron/cli.ts', import.meta.url).href);
}
