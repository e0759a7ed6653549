// When a word is settled enough to type live, against a server whose final re-scores the
// utterance: replayed on human speech (Debian's LibriVox clips) recorded from the built-in
// server with rescoreFinal (test/fixtures/partials-rescored.json, made by
// `scripts/record-partials.ts --rescored`), plus small hand-written tables.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STABILITY, pieces } from '../../../electron/dictation/live/live-commit.js';
import { SettlePolicy, type StabilityRule } from '../../../electron/dictation/live/settle-policy.js';
import { liveReplayMetrics } from '../../helpers/live-replay-metrics.js';
import { replay, rescoredUtterances } from '../../helpers/recorded-partials.js';

const human = rescoredUtterances();
/** The app's rule without waiting longer for wavering words (the rule before issue 19 did not). */
const NO_WAVER_WAIT: StabilityRule = { ...DEFAULT_STABILITY, waverPenalty: 0 };
const NO_TIMES = new Map<string, number[]>();

describe('live typing on human speech from a re-scoring server', () => {
  it('the recordings hold finals that change words every recent partial agreed on (else the tests below prove nothing)', () => {
    const changed = human.filter((u) => {
      const partials = u.replies.flatMap((r) => ('partial' in r && r.partial ? [r.partial] : []));
      const final = u.replies.find((r) => 'text' in r && r.text !== '');
      if (!final || !('text' in final)) return false;
      const finalWords = final.text.split(' ');
      // A word held by the last five partials, in its place, that the final does not have there.
      const lastFive = partials.slice(-5).map((p) => p.split(' '));
      return lastFive[0]!.some((word, i) => lastFive.every((p) => p[i] === word) && finalWords[i] !== word);
    });
    assert.ok(changed.length >= 2, `only ${changed.map((u) => u.fixture).join(', ') || 'none'}`);
  });

  for (const utterance of human) {
    it(`${utterance.fixture}: the window ends with final-only's words, with and without caret moves`, () => {
      const finalOnly = replay(utterance, null).document;
      assert.ok(finalOnly !== '');
      assert.equal(replay(utterance, DEFAULT_STABILITY).document, finalOnly);
      assert.equal(replay(utterance, DEFAULT_STABILITY, undefined, false).document, finalOnly);
    });
  }

  it('corrections stay small: few and short, and far fewer than without waiting for wavering words', () => {
    const app = liveReplayMetrics(human, DEFAULT_STABILITY, NO_TIMES);
    const before = liveReplayMetrics(human, NO_WAVER_WAIT, NO_TIMES);
    const oneStretch = liveReplayMetrics(human, DEFAULT_STABILITY, NO_TIMES, 'one-stretch');
    const summary = `app ${app.correctionsPer100.toFixed(1)} corrections, ${app.erasedPer100.toFixed(1)} erased; one edit per correction ${oneStretch.erasedPer100.toFixed(1)} erased; without waiting ${before.correctionsPer100.toFixed(1)}, ${before.erasedPer100.toFixed(1)} (per 100 words)`;
    assert.ok(app.correctionsPer100 <= 6, summary);
    // 14.7 on these recordings (10 characters in 68 words: "The m"→"M", "b"→"th", "Addi"→"Had h"); 19.1 as one edit per correction.
    assert.ok(app.erasedPer100 <= 15, summary);
    assert.ok(app.erasedPer100 < oneStretch.erasedPer100, `splitting corrections per changed word erases less: ${summary}`);
    assert.ok(app.erasedPer100 * 4 <= before.erasedPer100, summary);
  });

  it('still types early: most words are on screen for good before the last reply (the key release)', () => {
    const app = liveReplayMetrics(human, DEFAULT_STABILITY, NO_TIMES);
    assert.ok(app.beforeRelease >= 0.6, `${(app.beforeRelease * 100).toFixed(0)} %`);
  });
});

describe('SettlePolicy', () => {
  const settledAfterEach = (rule: StabilityRule, partials: string[]) => {
    const policy = new SettlePolicy(rule);
    return partials.map((p) => policy.next(pieces(p)));
  };

  it('a word nobody wavered over settles after `agreement` partials with a word after it; one that changed waits `waverPenalty` more per change', () => {
    const rule = { agreement: 2, holdLastWords: 1, waverPenalty: 1 };
    // "weather" was "when" first: one change, so it needs 3 partials with a word after it.
    assert.deepEqual(settledAfterEach(rule, ['the when', 'the weather', 'the weather is', 'the weather is', 'the weather is nice']), [0, 1, 1, 1, 2]);
    // Without the penalty it settles one partial sooner.
    assert.deepEqual(settledAfterEach({ ...rule, waverPenalty: 0 }, ['the when', 'the weather', 'the weather is', 'the weather is', 'the weather is nice']), [0, 1, 1, 2, 2]);
  });

  it('a word that changes again starts its count over, and each change adds to the wait', () => {
    const rule = { agreement: 1, holdLastWords: 0, waverPenalty: 2 };
    // "now" → "nigh" → "nice": two changes, so 1 + 2 × 2 = 5 partials holding "nice".
    const partials = ['is now', 'is nigh', 'is nice', 'is nice', 'is nice', 'is nice', 'is nice'];
    assert.deepEqual(settledAfterEach(rule, partials), [2, 1, 1, 1, 1, 1, 2]);
  });

  it('forget() restarts agreement but remembers what wavered; reset() forgets both', () => {
    const rule = { agreement: 1, holdLastWords: 0, waverPenalty: 2 };
    const policy = new SettlePolicy(rule);
    policy.next(pieces('we now'));
    policy.next(pieces('we nigh')); // "nigh" has changed once: it needs 1 + 2 = 3 partials
    policy.forget();
    assert.deepEqual([policy.next(pieces('we nigh')), policy.next(pieces('we nigh')), policy.next(pieces('we nigh'))], [1, 1, 2]);
    policy.reset();
    assert.equal(policy.next(pieces('we nigh')), 2);
  });
});
