// Regenerates electron/dictation/format/lexicons/<lang>.ts from the Hunspell dictionaries
// published on npm (devDependencies, pinned): dictionary-en (SCOWL, MIT AND BSD),
// dictionary-de (igerman98, GPL-2.0 OR GPL-3.0), dictionary-fr (Grammalecte, MPL-2.0),
// dictionary-es (RLA-ES, GPL-3.0 OR LGPL-3.0 OR MPL-1.1).
// Run: node --import tsx scripts/build-lexicons.ts
//
// Why a committed output and not a build step: the app and the CLI then need no dictionary
// at run time or build time (no 5 MB of .dic/.aff to parse at start-up, no devDependency in
// a packaged build), the lexicon changes only when someone reruns this with a new
// dictionary version, and a review sees exactly which words changed.
//
// What is kept, per lowercase word key, from every form the dictionary accepts:
// - capitalised: written with a capital and never in lowercase ("Peter", "Rome", "Italian",
//   German "Mutter", "Stühle"): the formatter writes it that way.
// - both (German only): a noun and another word ("Essen" / "essen"): the formatter
//   capitalises it only after an article or other determiner.
// Forms with an apostrophe, digits or a single letter, and two-letter abbreviations, are left out (French elision is
// handled by the formatter: "d'italie" looks up "italie").

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandDictionary, readAffixes } from './hunspell-words.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'electron', 'dictation', 'format', 'lexicons');

interface Source {
  lang: string;
  pkg: string;
  licence: string;
  keepBoth: boolean;
  /** Proper names borrowed from another language's dictionary (capitalised there and
   *  unknown here in lowercase): the Spanish dictionary lists few given names ("Carmen"). */
  namesFrom?: string;
}

const SOURCES: Source[] = [
  { lang: 'en', pkg: 'dictionary-en', licence: 'MIT AND BSD (SCOWL)', keepBoth: false },
  { lang: 'de', pkg: 'dictionary-de', licence: 'GPL-2.0 OR GPL-3.0 (igerman98)', keepBoth: true },
  { lang: 'fr', pkg: 'dictionary-fr', licence: 'MPL-2.0 (Grammalecte)', keepBoth: false },
  { lang: 'es', pkg: 'dictionary-es', licence: 'GPL-3.0 OR LGPL-3.0 OR MPL-1.1 (RLA-ES); names also from dictionary-fr, MPL-2.0', keepBoth: false, namesFrom: 'fr' },
];

const WORD = /^\p{L}[\p{L}-]*\p{L}$/u;

interface Forms {
  lower: Set<string>;
  capital: Map<string, string>;
  version: string;
}

function readForms(source: Source): Forms {
  // The packages export only their ESM entry, so their files are read from node_modules.
  const dir = join(ROOT, 'node_modules', source.pkg);
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const affixes = readAffixes(readFileSync(join(dir, 'index.aff'), 'utf8'));
  const lower = new Set<string>();
  const capital = new Map<string, string>();
  expandDictionary(readFileSync(join(dir, 'index.dic'), 'utf8'), affixes, (form) => {
    const word = form.normalize('NFC');
    // Two-letter abbreviations ("UN", "OK") are too easily a syllable or a foreign word.
    if (!WORD.test(word) || (word.length <= 2 && word === word.toUpperCase())) return;
    const key = word.toLowerCase();
    if (word === key) lower.add(key);
    // Prefer "Peter" over "PETER" when both are listed.
    else if (!capital.has(key) || word === key.charAt(0).toUpperCase() + key.slice(1)) capital.set(key, word);
  });
  return { lower, capital, version };
}

function build(source: Source, forms: Map<string, Forms>): { capitalised: string[]; both: string[]; version: string } {
  const { lower, capital, version } = forms.get(source.lang)!;
  const borrowed = source.namesFrom ? forms.get(source.namesFrom)! : null;
  const capitalised: string[] = [];
  const both: string[] = [];
  if (borrowed) {
    for (const [key, word] of borrowed.capital) if (!borrowed.lower.has(key) && !lower.has(key) && !capital.has(key)) capitalised.push(word);
  }
  for (const [key, word] of capital) {
    if (!lower.has(key)) capitalised.push(word);
    else if (source.keepBoth && word === key.charAt(0).toUpperCase() + key.slice(1)) both.push(key);
  }
  return { capitalised: capitalised.sort(), both: both.sort(), version };
}

/** Sorted words, each line the length of the prefix it shares with the line before (one
 *  character, "0" + n) and the rest: about half the size of the plain list. */
function frontCode(words: string[]): string {
  let previous = '';
  return words
    .map((word) => {
      let shared = 0;
      while (shared < 60 && shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
      previous = word;
      return String.fromCharCode(48 + shared) + word.slice(shared);
    })
    .join('\n');
}

mkdirSync(OUT, { recursive: true });
const forms = new Map(SOURCES.map((source) => [source.lang, readForms(source)]));
for (const source of SOURCES) {
  const { capitalised, both, version } = build(source, forms);
  const text = [
    `// Generated by scripts/build-lexicons.ts from ${source.pkg}@${version}, licence ${source.licence}.`,
    '// Do not edit: rerun the script. One word per line, front-coded (lexicon.ts reads it).',
    '',
    '/** Words written with a capital and never in lowercase. */',
    `export const CAPITALISED = ${JSON.stringify(frontCode(capitalised))};`,
    '',
    '/** Words written both ways (a noun and another word); lowercase keys. */',
    `export const BOTH = ${JSON.stringify(frontCode(both))};`,
    '',
  ].join('\n');
  writeFileSync(join(OUT, `${source.lang}.ts`), text);
  console.log(`${source.lang}: ${capitalised.length} capitalised, ${both.length} both, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
}
