// The shape every rule family shares: at a position in the recognizer's words, either
// nothing, or the tokens it makes and how many words it used. The tokenizer tries the
// enabled families in a fixed order (tokenize.ts), so each family stays one small file.

import type { Token } from '../tokens.js';

export interface RuleMatch {
  tokens: Token[];
  length: number;
}

export type WordRule = (words: readonly string[], start: number) => RuleMatch | null;

/** The word at `index` as its lowercase key, or '' past the end. */
export function keyAt(words: readonly string[], index: number): string {
  return index < words.length ? words[index]!.toLowerCase() : '';
}

/** Whether `phrase` (words separated by single spaces) is said at `start`; its length or 0. */
export function phraseAt(words: readonly string[], start: number, phrases: readonly string[]): number {
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    if (parts.every((p, n) => keyAt(words, start + n) === p)) return parts.length;
  }
  return 0;
}
