#!/usr/bin/env node
// `npm run dist` (after the build): electron-builder with the signing plan for this machine
// (scripts/signing-plan.js), which says first what will and will not be signed and why.
// Extra arguments go to electron-builder: `node scripts/dist.js --dir` makes the unpacked
// app the smoke test starts (scripts/smoke-packaged.js).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { signingPlan } from './signing-plan.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const extra = process.argv.slice(2);
const plan = signingPlan(process.platform, process.env, { dirOnly: extra.includes('--dir') });
for (const line of plan.report) console.log(`signing: ${line}`);
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const result = spawnSync(process.execPath, [cli, ...plan.args, ...extra], { cwd: root, env: plan.env, stdio: 'inherit' });
process.exit(result.status ?? 1);
