#!/usr/bin/env node
// tsc compiles the renderer's TypeScript into dist/renderer; pages also need their HTML,
// CSS and images beside the compiled scripts. Copies every non-TypeScript file.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(join(root, 'dist/renderer'), { recursive: true });
cpSync(join(root, 'renderer'), join(root, 'dist/renderer'), {
  recursive: true,
  filter: (src) => !src.endsWith('.ts') && !src.endsWith('tsconfig.json'),
});
