// What a text field shows after a TypingEdit: Backspace removes one character (a code
// point, as the formatter counts them), then the text is added. `voskey format` builds its
// document this way, and the tests' stand-in text field uses the same function.

import type { TextEdit } from '../ports.js';
import type { TypingEdit } from './index.js';

export function applyEdit(document: string, edit: Pick<TypingEdit, 'backspaces' | 'text'>): string {
  const chars = [...document];
  if (edit.backspaces > chars.length) throw new Error(`${edit.backspaces} backspaces but only ${chars.length} characters typed`);
  return chars.slice(0, chars.length - edit.backspaces).join('') + edit.text;
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
