// What a text field shows after a TypingEdit: Backspace removes one character (a code
// point, as the formatter counts them), then the text is added. `voskey format` builds its
// document this way, and the tests' stand-in text field uses the same function.

import type { TypingEdit } from './index.js';

export function applyEdit(document: string, edit: Pick<TypingEdit, 'backspaces' | 'text'>): string {
  const chars = [...document];
  if (edit.backspaces > chars.length) throw new Error(`${edit.backspaces} backspaces but only ${chars.length} characters typed`);
  return chars.slice(0, chars.length - edit.backspaces).join('') + edit.text;
}
