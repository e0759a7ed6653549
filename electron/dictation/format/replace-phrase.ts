// "replace X with Y" said as one utterance: which words are X and which are Y. A language
// writes the phrase with the slots X and Y ("ersetze X durch Y", "remplace X par Y"); each
// slot takes one or more words. X may itself hold the joining word ("replace with care with
// caution"), so every way to split is offered, X shortest first, and the command takes the
// first whose X is in the text.

import { splitWords, wordKey } from './words.js';

export interface ReplaceSplit {
  x: string[];
  y: string[];
}

interface Pattern {
  lead: string[];
  join: string[];
  end: string[];
}

export class ReplacePhrases {
  private readonly patterns: Pattern[];

  constructor(phrases: readonly string[]) {
    this.patterns = phrases.flatMap((phrase) => {
      const words = splitWords(phrase);
      const x = words.indexOf('X');
      const y = words.indexOf('Y');
      if (x < 0 || y <= x + 1) return [];
      const keys = (part: string[]) => part.map(wordKey);
      return [{ lead: keys(words.slice(0, x)), join: keys(words.slice(x + 1, y)), end: keys(words.slice(y + 1)) }];
    });
  }

  /** The ways `words` (a whole utterance) splits into X and Y; [] when it is not the command. */
  splits(words: readonly string[]): ReplaceSplit[] {
    const keys = words.map(wordKey);
    const out: ReplaceSplit[] = [];
    for (const { lead, join, end } of this.patterns) {
      if (!startsWith(keys, lead, 0) || !startsWith(keys, end, keys.length - end.length)) continue;
      const last = keys.length - end.length;
      for (let at = lead.length + 1; at + join.length < last; at++) {
        if (startsWith(keys, join, at)) out.push({ x: words.slice(lead.length, at), y: words.slice(at + join.length, last) });
      }
    }
    return out;
  }
}

function startsWith(words: readonly string[], part: readonly string[], at: number): boolean {
  return at >= 0 && part.every((w, i) => words[at + i] === w);
}
