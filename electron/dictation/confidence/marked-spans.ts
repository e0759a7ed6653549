// Puts the recognizer's per-word confidence onto the text the user sees. The overlay shows
// formatted text ("Call me at 7.") while confidence belongs to the raw words ("call me at
// seven"), so the two are aligned: a shown word that is a raw word (letters and digits
// compared, case ignored) takes that word's confidence; shown words the formatter made
// from several raw words, or changed ("seven" → "7", "five dollars" → "$5"), take the
// lowest confidence of the raw words left unmatched between the same two matched words.
// Only words below the threshold are marked; the spans joined are always the text itself.

import type { MarkedSpan } from '../overlay-state.js';
import type { ScoredWord } from '../../vosk/scored-word.js';

/** `threshold` 0..1; 0 (off), no scores or nothing below it give [] (nothing marked). */
export function markedSpans(shown: string, scored: readonly ScoredWord[] | undefined, threshold: number): MarkedSpan[] {
  if (!scored?.length || threshold <= 0 || shown.trim() === '') return [];
  const pieces = shown.split(/(\s+)/).filter((p) => p !== '');
  const tokens = pieces.map((text, index) => ({ text, index, key: comparable(text) })).filter((t) => t.key !== '' && !/^\s+$/.test(t.text));
  const confidence = shownConfidences(
    tokens.map((t) => t.key),
    scored.map((w) => ({ key: comparable(w.word), confidence: w.confidence })),
  );
  const unsureAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    const c = confidence[i];
    if (c !== undefined && c < threshold) unsureAt.set(t.index, c);
  });
  if (unsureAt.size === 0) return [];
  const spans: MarkedSpan[] = [];
  pieces.forEach((text, index) => {
    const unsure = unsureAt.get(index);
    const last = spans.at(-1);
    if (unsure !== undefined) spans.push({ text, unsure: round2(unsure) });
    else if (last && last.unsure === undefined) last.text += text;
    else spans.push({ text });
  });
  return spans;
}

/** Confidence of each shown word (undefined: nothing to go by), by a longest-common-subsequence alignment. */
function shownConfidences(shown: readonly string[], raw: readonly { key: string; confidence: number }[]): (number | undefined)[] {
  const n = shown.length;
  const m = raw.length;
  const common: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i]![j] = shown[i] === raw[j]!.key ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const out: (number | undefined)[] = new Array<number | undefined>(n).fill(undefined);
  let gapShown: number[] = [];
  let gapRaw: number[] = [];
  const closeGap = () => {
    const lowest = gapRaw.length ? Math.min(...gapRaw) : undefined;
    for (const i of gapShown) out[i] = lowest;
    gapShown = [];
    gapRaw = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && shown[i] === raw[j]!.key) {
      closeGap();
      out[i++] = raw[j++]!.confidence;
    } else if (j < m && (i >= n || common[i]![j + 1]! >= common[i + 1]![j]!)) gapRaw.push(raw[j++]!.confidence);
    else gapShown.push(i++);
  }
  closeGap();
  return out;
}

/** Letters and digits only, lower case: "World." and "world" are the same word. */
function comparable(word: string): string {
  return word.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
