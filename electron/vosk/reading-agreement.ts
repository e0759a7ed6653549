// How sure the recognizer is of each word when all it gives is n-best readings.
//
// A Vosk server asked for max_alternatives sends no per-word confidence (vosk-api
// src/recognizer.cc: NbestResult writes word, start and end, never conf), only each
// reading's `confidence`, the log-likelihood of its path. The rule, in two steps:
//
// 1. Weigh the readings: p_k = exp(c_k − c_max) / Σ_j exp(c_j − c_max), a softmax over the
//    log-likelihoods, so only their differences matter (a reading 1 nat below the best
//    weighs e⁻¹ ≈ 0.37 of it). Readings without a usable confidence weigh alike.
// 2. Align each reading to the best one word by word (fewest edits), and give each word of
//    the best reading the weight of the readings that have the same word in its place:
//    confidence(w) = Σ p_k over readings k agreeing on w. A word every reading agrees on
//    gets 1; a word the runners-up replace, drop or split gets less, the more the more
//    likely those runners-up are.
//
// With a single reading nothing disagrees, but nothing was compared either: the answer is
// "unknown" (undefined), never a made-up 1.

import type { VoskAlternative } from './protocol.js';
import type { ScoredWord } from './scored-word.js';

export function agreementConfidences(readings: readonly VoskAlternative[]): ScoredWord[] | undefined {
  const best = readings[0];
  if (!best || readings.length < 2) return undefined;
  const bestWords = wordsOf(best.text);
  if (bestWords.length === 0) return undefined;
  const weights = readingWeights(readings.map((r) => r.confidence));
  const agreed = bestWords.map(() => 0);
  readings.forEach((reading, k) => {
    const aligned = alignTo(bestWords, wordsOf(reading.text));
    aligned.forEach((same, i) => {
      if (same) agreed[i]! += weights[k]!;
    });
  });
  return bestWords.map((word, i) => ({ word, confidence: clamp01(agreed[i]!) }));
}

/** Softmax over log-likelihoods; equal weights where any confidence is not a finite number. */
export function readingWeights(logLikelihoods: readonly number[]): number[] {
  if (!logLikelihoods.every(Number.isFinite)) return logLikelihoods.map(() => 1 / logLikelihoods.length);
  const top = Math.max(...logLikelihoods);
  const raw = logLikelihoods.map((c) => Math.exp(c - top));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / sum);
}

/**
 * For each word of `best`, whether `other` has the same word in its place: a word-level
 * edit-distance alignment (substitution, insertion and deletion cost 1), traced back so
 * matches are preferred where several alignments cost the same.
 */
export function alignTo(best: readonly string[], other: readonly string[]): boolean[] {
  const n = best.length;
  const m = other.length;
  const cost: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const same = best[i - 1] === other[j - 1] ? 0 : 1;
      cost[i]![j] = Math.min(cost[i - 1]![j - 1]! + same, cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1);
    }
  }
  const matched = best.map(() => false);
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = cost[i]![j]!;
    if (best[i - 1] === other[j - 1] && here === cost[i - 1]![j - 1]!) {
      matched[i - 1] = true;
      i--;
      j--;
    } else if (here === cost[i - 1]![j - 1]! + 1) {
      i--;
      j--;
    } else if (here === cost[i - 1]![j]! + 1) i--;
    else j--;
  }
  return matched;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
