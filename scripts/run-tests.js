#!/usr/bin/env node
// Runs every test/**/*.test.ts with Node's own test runner (through tsx, so tests run
// from source). Node 20's --test does not expand globs, so we list the files here.
// Usage: node scripts/run-tests.js [substring filter ...]
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { requiredBecause, skipReason } from './test-requirements.js';
import { selectTestFiles } from './test-filter.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const filters = process.argv.slice(2);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : walk(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = selectTestFiles(walk(join(root, 'test')).map((f) => relative(root, f)), filters);
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
// Off Linux, files that need Linux tools (Xvfb, Chromium, xdotool, PocketSphinx, the flite
// fixtures) are not run; each is named with its reason (scripts/test-requirements.js).
// A skipped file that CI requires (`// test-required-if: NAME=VALUE`, see test-requirements.js)
// fails the run: a job must not go green having tested nothing.
const testRoot = join(root, 'test');
const requiredButSkipped = [];
const runnable = files.filter((file) => {
  const reason = skipReason(join(root, file), { testRoot, fixturesDir: join(testRoot, 'fixtures') });
  if (reason) console.log(`skipped ${file.split(sep).join('/')}: ${reason}`);
  const required = reason && requiredBecause(join(root, file));
  if (required) requiredButSkipped.push(`${file.split(sep).join('/')} (${required}) was skipped: ${reason}`);
  return !reason;
});
if (runnable.length < files.length) console.log(`${files.length - runnable.length} of ${files.length} test files skipped on ${process.platform}, each with its reason above`);
const failRequired = () => {
  for (const line of requiredButSkipped) console.error(`FAILED: required test file ${line}`);
  return requiredButSkipped.length > 0;
};
if (runnable.length === 0) process.exit(failRequired() ? 1 : 0);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...runnable],
  { cwd: root, stdio: 'inherit' },
);
process.exit(failRequired() ? 1 : (result.status ?? 1));
