// Reading the text Voskey typed in a field the way the formatter wrote it: where a sentence
// starts, where the last one begins, where a phrase last occurs as whole words. Used by the
// editing commands (index.ts): "replace X with Y" and "delete last sentence".

import type { TypingContext } from './render.js';

// Sentence ends the languages type ("." "?" "!" "…"), with closing quotes or brackets after
// them; opening marks ("¿", "«", "(") that may start the next sentence.
const SENTENCE_END = /[.?!…][»"”’')\]]*$/u;
const OPENERS = /[ \t\u00a0\u202f¿¡(«"“]+$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a word typed right after `prefix` starts a sentence (or a line, or the text). */
export function startsSentence(prefix: string): boolean {
  const before = prefix.replace(OPENERS, '');
  return before === '' || before.endsWith('\n') || SENTENCE_END.test(before);
}

/** The context the formatter would have after typing `text` (kept: the case mode). */
export function contextAtEnd(text: string, caseMode: TypingContext['caseMode']): TypingContext {
  return {
    typedBefore: text !== '',
    attachedRight: /[\n([«“¿¡]$/u.test(text),
    capitalNext: startsSentence(text),
    caseMode,
  };
}

/**
 * Where the last sentence of `text` begins, counting the spaces before it (they go with
 * it); a line break before it stays. 0 when the whole text is one sentence.
 */
export function lastSentenceStart(text: string): number {
  const body = text.replace(/\s+$/u, '');
  for (let i = body.length - 1; i > 0; i--) {
    if (body[i - 1] === '\n') return i;
    if (!/\s/u.test(body[i]!)) continue;
    let spaceStart = i;
    while (spaceStart > 0 && /\s/u.test(body[spaceStart - 1]!) && body[spaceStart - 1] !== '\n') spaceStart--;
    if (spaceStart > 0 && body[spaceStart - 1] === '\n') return i + 1;
    if (SENTENCE_END.test(body.slice(0, spaceStart))) return spaceStart;
    i = spaceStart;
  }
  return 0;
}

/**
 * The last place `phrase` occurs in `text` as whole words, case-insensitively; any run of
 * spaces or line breaks in the text matches a space of the phrase. null when it is not there.
 */
export function findLastPhrase(text: string, phrase: string): { start: number; end: number } | null {
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  // An apostrophe ends a word here: "John" is found in "John's", "Italie" in "l'Italie".
  const head = WORD_CHAR.test(phrase.trim()[0]!) ? '(?<![\\p{L}\\p{N}\\p{M}])' : '';
  const tail = WORD_CHAR.test(phrase.trim().at(-1)!) ? '(?![\\p{L}\\p{N}\\p{M}])' : '';
  let found: { start: number; end: number } | null = null;
  for (const match of text.matchAll(new RegExp(`${head}${escaped}${tail}`, 'giu'))) found = { start: match.index, end: match.index + match[0].length };
  return found;
}

/**
 * The word right after an edit, re-capitalised as dictation would have it: it gets a
 * capital when the edit now ends a sentence, and loses a sentence capital when the edit no
 * longer does. `midSentence` says how the formatter writes a lowercase word in mid-sentence
 * (a name keeps its capital: "Paris", "I"). Text after the edit that starts with
 * punctuation is left as it is.
 */
export function recapitaliseNext(rest: string, capitalNow: boolean, capitalBefore: boolean, midSentence: (word: string) => string): string {
  const match = /^(\s+)(\p{L}[\p{L}\p{M}'’-]*)/u.exec(rest);
  if (!match || capitalNow === capitalBefore) return rest;
  const [, space = '', word = ''] = match;
  const lower = word.toLowerCase();
  let next = word;
  if (capitalNow && word === lower) next = word[0]!.toUpperCase() + word.slice(1);
  else if (!capitalNow && word !== lower && word === lower[0]!.toUpperCase() + lower.slice(1) && midSentence(lower) === lower) next = lower;
  return space + next + rest.slice(space.length + word.length);
}
