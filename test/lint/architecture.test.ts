// The architecture and the lint rules are checked, not only written: dependency-cruiser
// holds the layering and forbids import circles (.dependency-cruiser.cjs says each rule and
// why), and ESLint with typescript-eslint's type-aware rules checks the code (eslint.config.js).
// A failure lists every violation, with the file and the rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runPackageScript } from '../helpers/package-script.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (script: string) => runPackageScript(root, script);

test('the layering rules hold and no module imports itself in a circle (dependency-cruiser)', () => {
  const { status, output } = run('lint:deps');
  assert.equal(status, 0, `dependency rules broken:\n${output}`);
});

test('the code passes ESLint with the type-aware typescript-eslint rules', () => {
  const { status, output } = run('lint:code');
  assert.equal(status, 0, `ESLint found problems:\n${output}`);
});
