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

/** A spoken case command on one word: "cap hello", "all caps nasa", "no caps iphone". */
export type ForcedCase = 'capital' | 'upper' | 'lower';
/** Case for every word until switched off: "caps on" → 'title', "all caps on" → 'upper'. */
export type CaseMode = 'none' | 'title' | 'upper';

export interface Token extends TokenStyle {
  text: string;
  /** Words may receive a sentence capital; marks, numbers and line breaks never do. */
  isWord: boolean;
  /** Set by a case command said before this word; wins over sentence capitals. */
  forceCase?: ForcedCase;
  /** A mode switch ("caps on", "caps off"): types nothing, changes the words after it. */
  caseMode?: CaseMode;
  /** Cased from the dictionary ("l'Italie"): a sentence start capitalises its first letter
   *  even though the word is not all lowercase. */
  sentenceCapitalFirst?: boolean;
  /** A closing mark's opening partner ("?" → "¿"), added by addPairedOpenings. */
  pairedOpening?: string;
  /** "cap", "all caps", "no caps" before the next word; resolved by applyCaseCommands. */
  caseCommand?: { forced: ForcedCase; spoken: string[] };
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

/** Types nothing and leaves spacing and capitals alone: only switches the case mode. */
export function caseModeToken(mode: CaseMode): Token {
  return { text: '', isWord: false, attachLeft: true, attachRight: false, capitalAfter: 'keep', caseMode: mode };
}
