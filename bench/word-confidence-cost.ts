// What scoring words costs at the end of an utterance on the built-in engine. Marking
// unsure words (Settings → confidence, on by default) makes the app ask for `words`, and
// the built-in engine then scores each word by how its n-best readings agree
// (engine/sphinx.ts, wordsOfBestPath); `max_alternatives` runs the same n-best search.
// Both happen in finalResult(), i.e. after the key is released, before the text is typed.
//
// Per fixture, rounds interleaved so load on this shared machine hits all settings alike:
// the whole utterance fed in 100 ms frames; the calls that return a final with words (at
// PocketSphinx's end of speech, or finalResult() at the end) are timed and summed. Prints
// medians and each setting's ratio to the plain final (words off) measured in the same run.
import { readFileSync } from 'node:fs';
import { readWav } from '../electron/audio/wav.js';
import { loadSphinxEngine } from '../electron/engine/sphinx.js';
import type { RecognizerOptions } from '../electron/engine/recognizer.js';
import { median } from './helpers/stats.js';
import type { VoskReply } from '../electron/vosk/protocol.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const FIXTURES = ['weather', 'long', 'morning'];
const SETTINGS: [string, Partial<RecognizerOptions>][] = [
  ['plain (words off)', {}],
  ['words (n-best scored conf)', { words: true }],
  ['max_alternatives 3', { maxAlternatives: 3 }],
  ['max_alternatives 5 + words', { maxAlternatives: 5, words: true }],
];

const engine = loadSphinxEngine();
const finalMs = new Map<string, number[]>(SETTINGS.map(([name]) => [name, []]));
for (const name of FIXTURES) {
  const pcm = readWav(readFileSync(new URL(`../test/fixtures/${name}.wav`, import.meta.url))).pcm;
  const samples = new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, options] of SETTINGS) {
      const recognizer = engine.create({ sampleRate: 16000, words: false, maxAlternatives: 0, ...options });
      let spent = 0;
      const timed = (call: () => VoskReply) => {
        const started = performance.now();
        const reply = call();
        if (reply.kind === 'final' && reply.text !== '') spent += performance.now() - started;
      };
      for (let at = 0; at < samples.length; at += 1600) timed(() => recognizer.acceptWaveform(samples.subarray(at, at + 1600)));
      timed(() => recognizer.finalResult());
      finalMs.get(label)!.push(spent);
      recognizer.free();
    }
  }
}
engine.dispose();
const baseline = median(finalMs.get(SETTINGS[0]![0])!);
console.log(`time to produce the finals of an utterance, ${FIXTURES.join('/')} × ${ROUNDS} rounds (median):`);
for (const [label] of SETTINGS) {
  const ms = median(finalMs.get(label)!);
  console.log(`  ${label.padEnd(28)} ${ms.toFixed(1).padStart(6)} ms  ratio ${(ms / baseline).toFixed(2)}x, +${(ms - baseline).toFixed(1)} ms`);
}
