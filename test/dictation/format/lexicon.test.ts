// The true-case word lists: the Hunspell reader that builds them (scripts/hunspell-words.ts)
// on a small dictionary written here in the .aff/.dic format, the front coding they are
// stored in, and facts the committed lists must keep (so a regeneration that loses them fails).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { frontDecoded } from '../../../electron/dictation/format/lexicon.js';
import { languageRules } from '../../../electron/dictation/format/index.js';
import { expandDictionary, readAffixes } from '../../../scripts/hunspell-words.js';

const AFF = `SET UTF-8
NEEDAFFIX h
ONLYINCOMPOUND o
SFX S Y 1
SFX S 0 s .
SFX E Y 2
SFX E 0 e [^e]
SFX E y ies y
PFX U Y 1
PFX U 0 un .
SFX C Y 1
SFX C 0 0/o .
`;
const DIC = `6
Rome/S
fly/E
do/US
stuhl/o
mutter/hC
Ruhe
`;

function forms(): string[] {
  const out: string[] = [];
  expandDictionary(DIC, readAffixes(AFF), (w) => out.push(w));
  return out.sort();
}

describe('Hunspell word forms', () => {
  it('applies suffixes by condition, prefixes, and their cross product', () => {
    const all = forms();
    for (const w of ['Rome', 'Romes', 'fly', 'flies', 'flye', 'do', 'dos', 'undo', 'undos', 'Ruhe']) assert.ok(all.includes(w), `${w} in ${all.join(' ')}`);
  });
  it('leaves out stems only for compounds, stems that need an affix, and forms marked for compounds', () => {
    const all = forms();
    for (const w of ['stuhl', 'mutter']) assert.ok(!all.includes(w), `${w} must not be a word: ${all.join(' ')}`);
  });
});

describe('front coding', () => {
  it('decodes each line against the word before it', () => {
    assert.deepEqual(frontDecoded('0Bach\n4er\n1erlin\n0Rom'), ['Bach', 'Bacher', 'Berlin', 'Rom']);
  });
});

describe('committed lexicons', () => {
  const lexicon = (code: string) => languageRules(code).trueCase!.lexicon();
  it('English: names, places, languages have their capital; verbs and modals are written both ways', () => {
    const en = lexicon('en');
    assert.equal(en.capitalised('rome'), 'Rome');
    assert.equal(en.capitalised('italian'), 'Italian');
    assert.equal(en.capitalised('monday'), 'Monday');
    assert.equal(en.capitalised('march'), undefined);
    assert.equal(en.capitalised('may'), undefined);
    assert.equal(en.capitalised('un'), undefined, 'two-letter abbreviations are left out');
  });
  it('German: nouns and their plurals; words that are also verbs are kept as both', () => {
    const de = lexicon('de');
    for (const [key, word] of [['mutter', 'Mutter'], ['stühle', 'Stühle'], ['bäcker', 'Bäcker']] as const) assert.equal(de.capitalised(key), word);
    assert.equal(de.capitalised('kauft'), undefined);
    assert.ok(de.both('essen'));
  });
  it('French and Spanish: places and names, not languages', () => {
    assert.equal(lexicon('fr').capitalised('lyon'), 'Lyon');
    assert.equal(lexicon('fr').capitalised('italien'), undefined);
    assert.equal(lexicon('es').capitalised('sevilla'), 'Sevilla');
    assert.equal(lexicon('es').capitalised('español'), undefined);
  });
});
