// What a text field shows after a TypingEdit: each Backspace erases what a browser's does
// (a whole emoji cluster, else one code point: common/text-steps.ts), then the text is added. `voskey format` builds its
// document this way, and the tests' stand-in text field uses the same function.

import type { TextEdit } from '../ports.js';
import { backspaceSteps, eraseFromEnd, graphemes } from '../../common/text-steps.js';

export function applyEdit(document: string, edit: Pick<TextEdit, 'backspaces' | 'text'> & { caretBack?: number; append?: string }): string {
  // The caret moves left over whole grapheme clusters, as arrow keys do.
  const clusters = graphemes(document);
  const caret = Math.max(0, clusters.length - (edit.caretBack ?? 0));
  const before = clusters.slice(0, caret).join('');
  const kept = eraseFromEnd(before, edit.backspaces);
  if (kept === undefined) throw new Error(`${edit.backspaces} backspaces but only ${backspaceSteps(before)} characters typed`);
  return kept + edit.text + clusters.slice(caret).join('') + (edit.append ?? '');
}

/**
 * A document built by many edits, kept as the pieces they typed: an edit touches only the
 * last pieces, never the whole text. `voskey format` split the whole document per line
 * (10,000 lines took 32 s; 100,000 never finished). BackSpace erases as applyEdit's does.
 */
export class TypedDocument {
  private readonly pieces: string[] = [];

  constructor(start = '') {
    if (start !== '') this.pieces.push(start);
  }

  apply(edit: Pick<TextEdit, 'backspaces' | 'text' | 'caretBack' | 'steps'>): void {
    if (edit.caretBack || edit.steps?.length) {
      // An editing command in the middle ("replace X with Y"): rare, so the text is joined once.
      let text = this.toString();
      for (const step of edit.steps?.length ? edit.steps : [edit]) text = applyCaretEdit(text, step);
      this.pieces.splice(0, this.pieces.length, text);
      return;
    }
    let left = edit.backspaces;
    while (left > 0) {
      const last = this.pieces.pop();
      if (last === undefined) throw new Error(`${edit.backspaces} backspaces but only ${edit.backspaces - left} characters typed`);
      const steps = backspaceSteps(last);
      if (steps <= left) left -= steps;
      else {
        this.pieces.push(eraseFromEnd(last, left)!);
        left = 0;
      }
    }
    if (edit.text !== '') this.pieces.push(edit.text);
  }

  toString(): string {
    return this.pieces.join('');
  }
}

/**
 * The same for a live edit that may move the caret (caretBack, append), as the typist
 * applies it to a real text box with the caret at the end. Erasing past the start stops
 * there, as BackSpace does. Live typing's record of what it delivered (live/typing-target.ts)
 * and the tests' simulated window both use it.
 */
export function applyCaretEdit(document: string, edit: Pick<TextEdit, 'backspaces' | 'text' | 'caretBack' | 'append'>): string {
  const clusters = graphemes(document);
  const beforeCaret = clusters.slice(0, Math.max(0, clusters.length - (edit.caretBack ?? 0))).join('');
  // Clamped as a text box is: Backspace at its start does nothing.
  return applyEdit(document, { ...edit, backspaces: Math.min(edit.backspaces, backspaceSteps(beforeCaret)) });
}
