#!/usr/bin/env node
// Runs benchmarks: every bench/*.ts, or only those whose names contain one of the
// arguments. One at a time (they measure time, so they must not compete for the CPU),
// each in its own process through tsx. Benchmarks print; they do not pass or fail, but a
// benchmark that crashes makes this exit non-zero.
// Usage: node scripts/run-bench.js [name ...]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmarks in bench/ match ${filters.join(' ') || '*.ts'}`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n== bench/${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`bench/${file} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed ? 1 : 0);
