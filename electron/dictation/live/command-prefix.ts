// Live typing must not type words whose meaning the next words may still change.
// Commands: "press" may become "press enter", "scratch" may become "scratch that". A
// command counts only as a whole utterance, so the test is: are the words so far the start
// of (or all of) a command?
// Phrases inside the text: "question" may become "?" once "mark" is heard, "new" a line
// break once "line" is. The newest word of a partial is still being heard, so a phrase is
// open while the words before it are the start of a longer phrase.
import { splitWords, wordKey } from '../format/words.js';

/** A phrase as the words it is compared by; made once per utterance, not per partial. */
export type PhraseWords = readonly string[];

export function phraseWords(phrases: readonly string[]): PhraseWords[] {
  return phrases.map((phrase) => splitWords(phrase).map(wordKey));
}

/** In a command phrase, a slot for one or more words: "replace * with *" (format/index.ts commandPhrases). */
const SLOT = '*';

export function mayBecomeCommand(raw: string, phrases: readonly PhraseWords[]): boolean {
  const words = splitWords(raw).map(wordKey);
  if (words.length === 0) return false;
  return phrases.some((said) => {
    // A phrase with a slot: any words after the words before its first slot may still
    // become it ("replace the" → "replace the cat with a dog").
    const slot = said.indexOf(SLOT);
    const fixed = slot < 0 ? said : said.slice(0, slot);
    if (slot < 0 && words.length > said.length) return false;
    return words.slice(0, fixed.length).every((w, i) => w === fixed[i]);
  });
}

/**
 * Where an open phrase starts in a partial's words: the index of the first word that may
 * still become part of a longer phrase, once the newest word (still being heard) settles;
 * `words.length` when there is none.
 */
export function openPhraseStart(raw: string, said: readonly PhraseWords[]): { words: string[]; start: number } {
  const words = splitWords(raw);
  const heard = words.slice(0, -1).map(wordKey);
  const longest = Math.max(0, ...said.map((p) => p.length));
  for (let start = Math.max(0, heard.length - longest + 1); start < heard.length; start++) {
    const tail = heard.slice(start);
    if (said.some((p) => p.length > tail.length && tail.every((w, i) => w === p[i]))) return { words, start };
  }
  return { words, start: words.length };
}
