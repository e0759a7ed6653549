// The speech fixtures made by scripts/make-fixtures.sh (run by `npm test` before the tests).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Manifest {
  fixtures: { name: string; voice: string; text: string }[];
  multi: { name: string; parts: string[]; silenceSeconds: number };
}

const manifest = JSON.parse(readFileSync(join(FIXTURES_DIR, 'speech.json'), 'utf8')) as Manifest;

export interface SpeechFixture {
  name: string;
  path: string;
  /** What was said. */
  text: string;
}

export function speechFixture(name: string): SpeechFixture {
  const path = join(FIXTURES_DIR, `${name}.wav`);
  if (!existsSync(path)) throw new Error(`fixture ${path} is missing: run npm run fixtures`);
  if (name === manifest.multi.name) {
    const text = manifest.multi.parts.map((p) => speechFixture(p).text).join(' ');
    return { name, path, text };
  }
  const f = manifest.fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture named ${name} in speech.json`);
  return { name, path, text: f.text };
}

export function allSingleFixtures(): SpeechFixture[] {
  return manifest.fixtures.map((f) => speechFixture(f.name));
}
