// The unit the formatter works in: recognizer words become tokens (words, numbers,
// punctuation marks, line breaks), and the renderer joins tokens into typed text.
// Spacing and capitalisation are described by data on the token, so the renderer needs
// no knowledge of any language.

/** What a token does to the capitalisation of the word after it. */
export type CapitalAfter =
  /** Starts a sentence or a line: the next word gets a capital (". ? !", new line). */
  | 'capitalise'
  /** Continues the sentence: the next word stays as it is (",", words, numbers). */
  | 'continue'
  /** Does not change what was pending (quotes, brackets): `." Then` still capitalises. */
  | 'keep';

export interface TokenStyle {
  /** No space between the previous token and this one (",", ".", ")", line breaks). */
  attachLeft: boolean;
  /** No space between this token and the next one ("(", open quote, line breaks). */
  attachRight: boolean;
  capitalAfter: CapitalAfter;
}

export interface Token extends TokenStyle {
  text: string;
  /** Words may receive a sentence capital; marks, numbers and line breaks never do. */
  isWord: boolean;
}

const WORD_STYLE: TokenStyle = { attachLeft: false, attachRight: false, capitalAfter: 'continue' };

export function wordToken(text: string): Token {
  return { text, isWord: true, ...WORD_STYLE };
}

/** Digits, or text the user wrote in a replacement: spaced like a word. */
export function fixedToken(text: string, isWord: boolean): Token {
  return { text, isWord, ...WORD_STYLE };
}

export function markToken(text: string, style: TokenStyle): Token {
  return { text, isWord: false, ...style };
}
