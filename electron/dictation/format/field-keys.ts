// The keys that turn the field text Voskey typed into the text an editing command made of
// it: the same caret moves and BackSpaces live typing corrects with (live/word-edits.ts),
// computed only over the words that changed, so the caret never walks further back than the
// change (and a long document costs no more than a short one).

import { backspaceSteps, caretSteps } from '../../common/text-steps.js';
import type { TextEdit } from '../ports.js';
import { wordEdits } from '../live/word-edits.js';

export type FieldKeys = Pick<TextEdit, 'backspaces' | 'text' | 'caretBack' | 'steps'>;

/** The edit from `old` to `next`, which agree before `from`. */
export function fieldKeys(old: string, next: string, from: number): FieldKeys {
  // Start at a word's space, as live typing's pieces do ("\s*\S+"), so the words line up.
  const boundary = (i: number) => i === 0 || (!/\s/u.test(old[i - 1]!) && (i >= old.length || /\s/u.test(old[i]!)));
  let start = Math.min(from, old.length, next.length);
  while (!boundary(start)) start--;
  // The shared tail, from a word's space on: the caret moves over it and back.
  let same = 0;
  const most = Math.min(old.length, next.length) - start;
  while (same < most && old[old.length - 1 - same] === next[next.length - 1 - same]) same++;
  let tailStart = old.length - same;
  while (tailStart < old.length && !(/\s/u.test(old[tailStart]!) && !/\s/u.test(old[tailStart - 1] ?? ' '))) tailStart++;
  const tail = old.slice(tailStart);
  const oldPart = old.slice(start, tailStart);
  const newPart = next.slice(start, next.length - tail.length);
  const caret = caretSteps(tail);
  const moved = (edit: TextEdit): TextEdit => {
    const back = (edit.caretBack ?? 0) + caret;
    const { caretBack: _, ...rest } = edit;
    return back > 0 ? { ...rest, caretBack: back } : rest;
  };
  const single = moved({ backspaces: backspaceSteps(oldPart), text: newPart });
  const steps = wordEdits(oldPart, newPart).map(moved);
  const erased = steps.reduce((sum, step) => sum + step.backspaces, 0);
  if (steps.length === 0 || erased >= single.backspaces) return single;
  return steps.length === 1 ? steps[0]! : { ...single, steps };
}
