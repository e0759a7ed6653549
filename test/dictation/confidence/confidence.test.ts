// Which words the overlay marks as unsure: confidence from per-word conf or from the
// agreement of n-best readings, placed onto formatted text, below a threshold only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementConfidences, alignTo, readingWeights } from '../../../electron/vosk/reading-agreement.js';
import { finalConfidences, partialConfidences } from '../../../electron/dictation/confidence/reply-confidence.js';
import { markedSpans } from '../../../electron/dictation/confidence/marked-spans.js';
import { parseReply, type FinalReply, type PartialReply } from '../../../electron/vosk/protocol.js';

const unsureWords = (spans: { text: string; unsure?: number }[]) => spans.filter((s) => s.unsure !== undefined).map((s) => s.text);

test('readings are weighed by a softmax of their log-likelihoods: only differences count', () => {
  const [a, b] = readingWeights([228.4, 227.4]);
  assert.ok(Math.abs(a! / b! - Math.E) < 1e-9, 'one nat apart is e times as likely');
  assert.deepEqual(readingWeights([-5, -5]), [0.5, 0.5]);
  assert.deepEqual(readingWeights([1, Number.NaN]), [0.5, 0.5], 'no usable confidence: alike');
});

test('alignment finds the best reading\'s words in a runner-up with a word swapped, split or dropped', () => {
  const best = 'the weather is nice today'.split(' ');
  assert.deepEqual(alignTo(best, 'the weather is nice to day'.split(' ')), [true, true, true, true, false]);
  assert.deepEqual(alignTo(best, 'the whether is nice today'.split(' ')), [true, false, true, true, true]);
  assert.deepEqual(alignTo(best, 'weather is nice today'.split(' ')), [false, true, true, true, true]);
  assert.deepEqual(alignTo(best, best), [true, true, true, true, true]);
});

test('a word the likely runners-up replace gets low confidence; words all readings share get 1', () => {
  const words = agreementConfidences([
    { text: 'please call me at seven', confidence: 10 },
    { text: 'please call me and seven', confidence: 10 },
    { text: 'please call me at seven', confidence: 2 },
  ]);
  assert.deepEqual(words?.map((w) => w.word), ['please', 'call', 'me', 'at', 'seven']);
  for (const w of words.filter((x) => x.word !== 'at')) assert.equal(w.confidence, 1, w.word);
  const at = words.find((w) => w.word === 'at')!.confidence;
  assert.ok(at > 0.5 && at < 0.51, `"at" is disputed by an equally likely reading: ${at}`);
});

test('an unlikely runner-up barely lowers the word it disputes', () => {
  const words = agreementConfidences([
    { text: 'good morning', confidence: 0 },
    { text: 'good mourning', confidence: -6 },
  ]);
  assert.ok(words![1]!.confidence > 0.99 && words![1]!.confidence < 1);
});

test('one reading, or an empty one, tells nothing: no confidence rather than a made-up 1', () => {
  assert.equal(agreementConfidences([{ text: 'hello world', confidence: 225 }]), undefined);
  assert.equal(agreementConfidences([{ text: '', confidence: 1 }, { text: 'uh', confidence: 0 }]), undefined);
});

test('finals: per-word conf when the words have it, else the readings; partials only with partial_result', () => {
  const plain = parseReply(JSON.stringify({ result: [{ word: 'hello', conf: 0.4, start: 0, end: 1 }, { word: 'world', conf: 1, start: 1, end: 2 }], text: 'hello world' })) as FinalReply;
  assert.deepEqual(finalConfidences(plain), [{ word: 'hello', confidence: 0.4 }, { word: 'world', confidence: 1 }]);
  // Vosk's alternatives: words timed, no conf (vosk-api NbestResult).
  const nbest = parseReply(
    JSON.stringify({
      alternatives: [
        { text: 'hello world', confidence: 5, result: [{ word: 'hello', start: 0, end: 1 }, { word: 'world', start: 1, end: 2 }] },
        { text: 'yellow world', confidence: 5 },
      ],
    }),
  ) as FinalReply;
  assert.deepEqual(finalConfidences(nbest)?.map((w) => [w.word, w.confidence]), [['hello', 0.5], ['world', 1]]);
  assert.equal(finalConfidences(parseReply('{"text": "hello world"}') as FinalReply), undefined, 'words off: nothing known');
  assert.equal(partialConfidences(parseReply('{"partial": "hello"}') as PartialReply), undefined, 'asr_server.py partials carry none');
  const scoredPartial = parseReply(JSON.stringify({ partial: 'hello', partial_result: [{ word: 'hello', conf: 0.3, start: 0, end: 1 }] })) as PartialReply;
  assert.deepEqual(partialConfidences(scoredPartial), [{ word: 'hello', confidence: 0.3 }]);
});

test('marks fall on the formatted words, below the threshold only, and the spans spell the text exactly', () => {
  const scored = [
    { word: 'hello', confidence: 0.95 },
    { word: 'world', confidence: 0.3 },
    { word: 'period', confidence: 0.9 },
    { word: 'how', confidence: 0.55 },
    { word: 'are', confidence: 0.99 },
    { word: 'you', confidence: 0.99 },
  ];
  const shown = 'Hello world. How are you';
  const spans = markedSpans(shown, scored, 0.6);
  assert.equal(spans.map((s) => s.text).join(''), shown);
  assert.deepEqual(unsureWords(spans), ['world.', 'How']);
  assert.deepEqual(spans.filter((s) => s.unsure !== undefined).map((s) => s.unsure), [0.3, 0.55]);
  assert.deepEqual(unsureWords(markedSpans(shown, scored, 0.5)), ['world.'], 'a lower threshold marks fewer');
  assert.deepEqual(markedSpans(shown, scored, 0), [], 'threshold 0 is off');
  assert.deepEqual(markedSpans(shown, scored, 0.2), [], 'nothing below: nothing marked');
  assert.deepEqual(markedSpans(shown, undefined, 0.6), [], 'no confidence known: nothing marked');
});

test('a word the formatter rewrote takes the lowest confidence of the raw words it came from', () => {
  const scored = [
    { word: 'it', confidence: 1 },
    { word: 'costs', confidence: 1 },
    { word: 'five', confidence: 0.4 },
    { word: 'dollars', confidence: 0.9 },
    { word: 'today', confidence: 1 },
  ];
  const spans = markedSpans('It costs $5 today', scored, 0.6);
  assert.deepEqual(unsureWords(spans), ['$5']);
  assert.equal(spans.map((s) => s.text).join(''), 'It costs $5 today');
  assert.deepEqual(unsureWords(markedSpans(' call me at 7', [{ word: 'call', confidence: 1 }, { word: 'me', confidence: 1 }, { word: 'at', confidence: 0.2 }, { word: 'seven', confidence: 0.9 }], 0.6)), ['at']);
});
