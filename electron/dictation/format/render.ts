// Tokens → typed text, given what was typed before in the same window. Typed text never
// ends in a space: the space between two utterances is typed as the leading space of the
// second, so "scratch that" can erase an utterance together with its own space.

import type { CaseMode, ForcedCase, Token } from './tokens.js';

/** What the formatter remembers about the text already typed into the focused window. */
export interface TypingContext {
  /** False at the start of a dictation or after focus moved: no leading space. */
  typedBefore: boolean;
  /** The last typed token wants no space after it (a line break, an open bracket). */
  attachedRight: boolean;
  /** The next word starts a sentence or a line. */
  capitalNext: boolean;
  /** "caps on" / "all caps on" said earlier and not yet switched off (lasts across utterances). */
  caseMode: CaseMode;
}

export const FRESH_CONTEXT: TypingContext = { typedBefore: false, attachedRight: false, capitalNext: true, caseMode: 'none' };

export interface RenderOptions {
  spacing: boolean;
  capitals: boolean;
}

export function render(tokens: readonly Token[], before: TypingContext, options: RenderOptions): { text: string; after: TypingContext } {
  let text = '';
  let context = before;
  let first = true;
  let joined = false;
  for (const token of tokens) {
    if (token.caseMode !== undefined) {
      context = { ...context, caseMode: token.caseMode };
      continue;
    }
    // "no space" types nothing; with smart spacing off it still removes the space it was said in.
    if (!options.spacing && token.text === '') {
      joined = true;
      continue;
    }
    if (needsSpaceBefore(token, context, first, options.spacing) && !joined) text += ' ';
    joined = false;
    text += shape(token, context, options.capitals);
    context = {
      ...context,
      typedBefore: true,
      attachedRight: token.attachRight,
      capitalNext:
        token.capitalAfter === 'capitalise' ? true : token.capitalAfter === 'continue' ? false : context.capitalNext,
    };
    first = false;
  }
  return { text, after: context };
}

function needsSpaceBefore(token: Token, context: TypingContext, first: boolean, spacing: boolean): boolean {
  // Without smart spacing, the recognizer's own spaces are kept inside an utterance and
  // nothing is added between utterances: the user controls spacing.
  if (!spacing) return !first;
  return context.typedBefore && !context.attachedRight && !token.attachLeft;
}

/** A word's case: a spoken case command first, then a case mode, then sentence capitals. */
function shape(token: Token, context: TypingContext, capitals: boolean): string {
  if (!token.isWord) return token.text;
  const forced: ForcedCase | undefined =
    token.forceCase ?? (context.caseMode === 'upper' ? 'upper' : context.caseMode === 'title' ? 'capital' : undefined);
  if (forced === 'upper') return token.text.toUpperCase();
  if (forced === 'lower') return token.text.toLowerCase();
  if (forced === 'capital') return capitalFirst(token.text);
  if (!(capitals && context.capitalNext)) return token.text;
  return token.sentenceCapitalFirst ? capitalFirst(token.text) : capitalise(token.text);
}

function capitalFirst(word: string): string {
  const [head = '', ...rest] = word;
  return head.toUpperCase() + rest.join('');
}

/** A capital for words that are all lowercase; "iPhone", "Voskey" and "NASA" stay as written. */
function capitalise(word: string): string {
  return word === word.toLowerCase() ? capitalFirst(word) : word;
}
