// Shared by bench/live-typing.ts and test/dictation/live/settle-policy.test.ts.
// What a user of live typing notices, measured in audio time on recorded reply sequences
// (test/helpers/recorded-partials.ts replays them into a simulated window): how much is
// erased and how often, how soon each word is on screen for good, how many words are
// there before the key is released, and whether the window ends as final-only typing
// leaves it. Audio time (reply i answers audio up to (i + 1) × frameMs) leaves out the
// recognizer's and the typist's compute, so the figures do not depend on machine load.
import { pieces, type StabilityRule } from '../../electron/dictation/live/live-commit.js';
import type { RecordedUtterance } from '../../electron/dictation/live/recorded.js';
import { replay, type CaretMoves } from './recorded-partials.js';

export interface LiveReplayMetrics {
  /** Words of the final-only result. */
  words: number;
  erasedPer100: number;
  correctionsPer100: number;
  /** Caret key presses (left and back right) per 100 words: what a correction in the middle costs instead of retyping. */
  caretKeysPer100: number;
  /** Word end in the audio → on screen for good, ms, per word that could be paired with its time. */
  delays: number[];
  /** Share of the final's words on screen for good before the last reply (the release: all audio sent). */
  beforeRelease: number;
  /** Utterances whose window ended other than final-only typing leaves it. */
  differentFromFinalOnly: string[];
}

/**
 * `rule` null: final-only typing. `ends`: the end time (s) of each word of the final, per
 * fixture, from the server's words; an utterance whose word count differs is left out of
 * the delays (formatting joined words).
 */
export function liveReplayMetrics(utterances: readonly RecordedUtterance[], rule: StabilityRule | null, ends: ReadonlyMap<string, number[]>, caretMoves: CaretMoves = true): LiveReplayMetrics {
  let words = 0;
  let erased = 0;
  let corrections = 0;
  let caretKeys = 0;
  let before = 0;
  const delays: number[] = [];
  const differentFromFinalOnly: string[] = [];
  for (const utterance of utterances) {
    const finalOnly = replay(utterance, null).document;
    const live = replay(utterance, rule, undefined, caretMoves);
    const finalWords = pieces(finalOnly).map((p) => p.trim());
    words += finalWords.length;
    erased += live.erased;
    corrections += live.corrections;
    caretKeys += live.caretKeys;
    if (live.document !== finalOnly) differentFromFinalOnly.push(utterance.fixture);
    const shown = visibleFrom(live.after, finalWords);
    const release = live.after.length - 1;
    before += shown.filter((k) => k < release).length;
    const wordEnds = ends.get(utterance.fixture);
    if (wordEnds?.length === finalWords.length) shown.forEach((k, i) => delays.push((k + 1) * utterance.frameMs - wordEnds[i]! * 1000));
  }
  const per100 = (n: number) => (n * 100) / Math.max(1, words);
  return { words, erasedPer100: per100(erased), correctionsPer100: per100(corrections), caretKeysPer100: per100(caretKeys), delays, beforeRelease: before / Math.max(1, words), differentFromFinalOnly };
}

/**
 * For each word of the final, the first reply from which the window showed it (exactly,
 * formatting included) in its place for good. "In its place" is by word alignment, not
 * by prefix: a final that drops the first word ("The mr John" → "Mr John") must not count
 * every later word, typed live and never touched, as unseen until the final.
 */
export function visibleFrom(windows: readonly string[], finalWords: readonly string[]): number[] {
  const from = finalWords.map(() => windows.length - 1);
  const stillShown = finalWords.map(() => true);
  for (let k = windows.length - 1; k >= 0; k--) {
    const matched = alignedWords(pieces(windows[k]!).map((p) => p.trim()), finalWords);
    finalWords.forEach((_, i) => {
      stillShown[i] = stillShown[i]! && matched.has(i);
      if (stillShown[i]) from[i] = k;
    });
  }
  return from;
}

/** Indexes of `target` words matched by a longest common subsequence with `shown`. */
function alignedWords(shown: readonly string[], target: readonly string[]): Set<number> {
  const rows = shown.length + 1;
  const cols = target.length + 1;
  const lcs = new Array<number>(rows * cols).fill(0);
  for (let i = shown.length - 1; i >= 0; i--) {
    for (let j = target.length - 1; j >= 0; j--) {
      lcs[i * cols + j] = shown[i] === target[j] ? lcs[(i + 1) * cols + j + 1]! + 1 : Math.max(lcs[(i + 1) * cols + j]!, lcs[i * cols + j + 1]!);
    }
  }
  const matched = new Set<number>();
  for (let i = 0, j = 0; i < shown.length && j < target.length; ) {
    if (shown[i] === target[j]) {
      matched.add(j);
      i++;
      j++;
    } else if (lcs[(i + 1) * cols + j]! >= lcs[i * cols + j + 1]!) i++;
    else j++;
  }
  return matched;
}
