// What a text field shows after a TypingEdit: each Backspace erases what a browser's does
// (a whole emoji cluster, else one code point: common/text-steps.ts), then the text is added. `voskey format` builds its
// document this way, and the tests' stand-in text field uses the same function.

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
