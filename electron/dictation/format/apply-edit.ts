// What a text field shows after a TypingEdit: Backspace removes one character (a code
// point, as the formatter counts them), then the text is added. `voskey format` builds its
// document this way, and the tests' stand-in text field uses the same function.

import type { TextEdit } from '../ports.js';
import type { TypingEdit } from './index.js';

export function applyEdit(document: string, edit: Pick<TypingEdit, 'backspaces' | 'text'>): string {
  const built = new TypedDocument(document);
  built.apply(edit);
  return built.toString();
}

/**
 * A document built by many edits, kept as the pieces they typed: an edit touches only the
 * last pieces, never the whole text. `voskey format` split the whole document per line
 * (10,000 lines took 32 s; 100,000 never finished).
 */
export class TypedDocument {
  private readonly pieces: string[] = [];

  constructor(start = '') {
    if (start !== '') this.pieces.push(start);
  }

  apply(edit: Pick<TypingEdit, 'backspaces' | 'text'>): void {
    for (let erased = 0; erased < edit.backspaces; erased++) {
      const last = this.pieces.at(-1);
      if (last === undefined) throw new Error(`${edit.backspaces} backspaces but only ${erased} characters typed`);
      const left = last.slice(0, last.length - (endsInSurrogatePair(last, last.length) ? 2 : 1));
      if (left === '') this.pieces.pop();
      else this.pieces[this.pieces.length - 1] = left;
    }
    if (edit.text !== '') this.pieces.push(edit.text);
  }

  toString(): string {
    return this.pieces.join('');
  }
}

/** Whether the code point before `end` is an astral one (emoji…), two UTF-16 units. */
function endsInSurrogatePair(text: string, end: number): boolean {
  if (end < 2) return false;
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/**
 * The same for a live edit that may move the caret (caretBack, append), as the typist
 * applies it to a real text box with the caret at the end. Erasing past the start stops
 * there, as BackSpace does. Live typing's record of what it delivered (live/typing-target.ts)
 * and the tests' simulated window both use it.
 */
export function applyCaretEdit(document: string, edit: Pick<TextEdit, 'backspaces' | 'text' | 'caretBack' | 'append'>): string {
  const chars = [...document];
  const caret = Math.max(0, chars.length - (edit.caretBack ?? 0));
  return chars.slice(0, Math.max(0, caret - edit.backspaces)).join('') + edit.text + chars.slice(caret).join('') + (edit.append ?? '');
}
