// What a text field shows after a TypingEdit: each Backspace erases what a browser's does
// (a whole emoji cluster, else one code point: common/text-steps.ts), then the text is added. `voskey format` builds its
// document this way, and the tests' stand-in text field uses the same function.

import type { TextEdit } from '../ports.js';
import type { TypingEdit } from './index.js';
import { backspaceSteps, eraseFromEnd, graphemes } from '../../common/text-steps.js';

export function applyEdit(document: string, edit: Pick<TypingEdit, 'backspaces' | 'text'> & { caretBack?: number; append?: string }): string {
  // The caret moves left over whole grapheme clusters, as arrow keys do.
  const clusters = graphemes(document);
  const caret = Math.max(0, clusters.length - (edit.caretBack ?? 0));
  const before = clusters.slice(0, caret).join('');
  const kept = eraseFromEnd(before, edit.backspaces);
  if (kept === undefined) throw new Error(`${edit.backspaces} backspaces but only ${backspaceSteps(before)} characters typed`);
  return kept + edit.text + clusters.slice(caret).join('') + (edit.append ?? '');
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
