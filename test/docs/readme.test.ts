// The README is the front door: what it promises must be what the code does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spokenCommandsMarkdown } from '../../scripts/spoken-commands-md.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(`${ROOT}README.md`, 'utf8');

test('the spoken-commands table is the one the formatter generates', () => {
  assert.ok(README.includes(spokenCommandsMarkdown()), 'regenerate it: node --import tsx scripts/spoken-commands-md.ts');
});

test('the German, French and Spanish tables are the ones their rules generate', () => {
  for (const language of ['de', 'fr', 'es']) {
    assert.ok(README.includes(spokenCommandsMarkdown(language)), `regenerate it: node --import tsx scripts/spoken-commands-md.ts ${language}`);
  }
});

test('every picture the README shows exists', () => {
  const images = [...README.matchAll(/\]\((docs\/images\/[^)]+)\)/g)].map((m) => m[1]!);
  assert.ok(images.length >= 5);
  for (const image of images) assert.ok(existsSync(`${ROOT}${image}`), `${image} is missing`);
});

test('the commands it gives exist: npm start, npm test, npm run bench, npm run dist, npm run voskey', () => {
  const scripts = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
  for (const name of ['start', 'test', 'bench', 'dist', 'voskey']) assert.ok(scripts[name], `npm run ${name}`);
  assert.match(readFileSync(`${ROOT}.ci/run`, 'utf8'), /\nnpm test\n/, '.ci/run runs the README test command');
});
