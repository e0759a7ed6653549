// Live typing must not type the words of a command while it may still be forming: "press"
// may become "press enter", "scratch" may become "scratch that". A command counts only as a
// whole utterance, so the test is: are the words so far the start of (or all of) a command?
import { splitWords, wordKey } from '../format/words.js';

export function mayBecomeCommand(raw: string, phrases: readonly string[]): boolean {
  const words = splitWords(raw).map(wordKey);
  if (words.length === 0) return false;
  return phrases.some((phrase) => {
    const said = splitWords(phrase).map(wordKey);
    return words.length <= said.length && words.every((w, i) => w === said[i]);
  });
}
