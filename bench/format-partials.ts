// Formatting cost per partial: every partial of a long utterance (each growing prefix, as a
// recognizer sends them) formatted with every rule family on, against the same formatter
// with the issue-12 families off (the rules before them), measured in the same run.
// Goal: far below a frame (100 ms) even for a long utterance. Prints figures and the ratio;
// asserts nothing. Run: node --import tsx bench/format-partials.ts
import { DictationFormatter } from '../electron/dictation/format/index.js';
import { defaultSettings } from '../electron/settings/defaults.js';
import type { FormattingSettings } from '../electron/settings/types.js';
import { median } from './helpers/stats.js';

const UTTERANCE = [
  'meet me on march third twenty twenty six at three thirty pm comma bring twenty five dollars and fifty cents',
  'and write to ada at sign example dot com period cap then all caps on read all caps off the twenty first chapter',
  'of www dot example dot co dot uk slash docs no space page with thirty five thousand words new paragraph',
].join(' ');
const ROUNDS = 30;

function timePartials(options: FormattingSettings, utterance = UTTERANCE): { perPartialUs: number; longestUs: number } {
  const formatter = new DictationFormatter(options);
  const words = utterance.split(' ');
  const partials = words.map((_, n) => words.slice(0, n + 1).join(' '));
  const perRound: number[] = [];
  const longest: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    for (const partial of partials) formatter.partial(partial);
    perRound.push(((performance.now() - t0) * 1000) / partials.length);
    const t1 = performance.now();
    formatter.partial(utterance);
    longest.push((performance.now() - t1) * 1000);
  }
  return { perPartialUs: median(perRound), longestUs: median(longest) };
}

const all = defaultSettings().formatting;
const before: FormattingSettings = {
  ...all,
  capitalCommands: false, spacingCommands: false, symbols: false, addresses: false,
  ordinals: false, times: false, dates: false, money: false, digitGrouping: false,
};
timePartials(all); // warm up the JIT for both
timePartials(before);
const withFamilies = timePartials(all);
const baseline = timePartials(before);
console.log(`${UTTERANCE.split(' ').length}-word utterance, every prefix as a partial, median of ${ROUNDS} rounds`);
console.log(`baseline (families off): ${baseline.perPartialUs.toFixed(1)} µs per partial, ${baseline.longestUs.toFixed(1)} µs for the whole utterance`);
console.log(`all families on:         ${withFamilies.perPartialUs.toFixed(1)} µs per partial, ${withFamilies.longestUs.toFixed(1)} µs for the whole utterance`);
console.log(`ratio (on / off): ${(withFamilies.perPartialUs / baseline.perPartialUs).toFixed(2)}×; whole utterance vs a 100 ms frame: ${((withFamilies.longestUs / 100_000) * 100).toFixed(3)} %`);

// Growth: runs of rule words that almost make an address, a date, money or an ordinal, at
// n and 4n words. Linear work gives about 4×; a rule that rescans would show about 16×.
const NEAR_MISSES = ['example dot', 'x dot y at sign', 'march', 'five dollars and', 'twenty one hundred', 'cap'];
function timeRun(words: number): number {
  const formatter = new DictationFormatter(all);
  const t0 = performance.now();
  for (const phrase of NEAR_MISSES) formatter.partial(Array(Math.ceil(words / phrase.split(' ').length)).fill(phrase).join(' '));
  return performance.now() - t0;
}
timeRun(1000);
const small = median([1, 2, 3].map(() => timeRun(2000)));
const large = median([1, 2, 3].map(() => timeRun(8000)));
console.log(`near-miss runs: ${small.toFixed(1)} ms at 2000 words each, ${large.toFixed(1)} ms at 8000; growth ${(large / small).toFixed(1)}× for 4× the words (linear ≈ 4)`);

// True casing (issue 22): the same per-partial cost with each language's dictionary lexicon
// loaded, against the same formatter with trueCase off, in this run. The first use of a
// language reads its lexicon into sets: that one-off cost is printed too.
const SAID: Record<string, string> = {
  en: 'yesterday peter flew to rome with anna and they spoke italian in march the troops march at dawn and paid twenty five dollars',
  de: 'meine mutter kauft brot beim bäcker und wir haben dreiundvierzig stühle für neun hundert vier und dreißig euro fünfzig um fünfzehn uhr dreißig am dritten mai bringt der techniker die waschmaschine in die goethestraße zwölf alles gute beim kochen',
  fr: 'il habite à lyon avec sophie et trois mille quatre cents habitants quatre vingt dix euros cinquante à quinze heures trente',
  es: 'vive en sevilla con carmen y dos mil trescientos euros mil ochocientos cuarenta y cinco setecientos veinte metros cinco euros con cincuenta el cinco de mayo en valencia y nueva york a las diez y media en el siglo veintiuno',
};
const perPartial = (options: FormattingSettings, said: string) => timePartials(options, said).perPartialUs;
for (const [language, said] of Object.entries(SAID)) {
  const on: FormattingSettings = { ...all, language: language as FormattingSettings['language'], trueCase: true };
  const off: FormattingSettings = { ...on, trueCase: false };
  const t0 = performance.now();
  new DictationFormatter(on).partial(said); // reads the lexicon
  const loadMs = performance.now() - t0;
  perPartial(on, said);
  perPartial(off, said);
  const withLexicon = perPartial(on, said);
  const without = perPartial(off, said);
  console.log(
    `${language} true casing: ${withLexicon.toFixed(1)} µs per partial with the lexicon, ${without.toFixed(1)} µs without; ratio ${(withLexicon / without).toFixed(2)}×; first use (reading the lexicon) ${loadMs.toFixed(0)} ms`,
  );
}
