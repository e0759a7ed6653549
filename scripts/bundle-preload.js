#!/usr/bin/env node
// Bundles the preload with the channel lists of electron/ipc.ts into one CommonJS file.
// A sandboxed preload gets a cut-down `require` that serves only 'electron' and a few
// builtins, so it cannot load ipc.js at run time; bundling lets it import the one contract
// instead of keeping a copy. Runs after tsc, which type-checks
// preload.ts (its own ESM output, dist/electron/preload.js, is unused). test/shell/preload.test.ts runs this same bundle.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

export function bundlePreload(outfile = fileURLToPath(new URL('../dist/electron/preload.cjs', import.meta.url))) {
  buildSync({
    entryPoints: [fileURLToPath(new URL('../electron/preload.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'error',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) bundlePreload();
