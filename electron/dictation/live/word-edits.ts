// A correction as several small edits, one per changed stretch of words.
//
// An edit (TextEdit) replaces one stretch of text, so a final that changes words in two
// separate places ("The mr john … crudely" → "Mr john … rudely") would replace everything
// between them. Where the output can move the caret (the app's typist), the change is
// instead split: the words both texts share (longest common subsequence of words) stay,
// and each run of changed words becomes its own edit — caret left over the text after
// it, BackSpaces over the old words, the new words, caret back to the end. The edits go
// right to left, so each one's caret offset is the final text after it, which no later
// edit changes. Each is applied as applyCaretEdit (format/apply-edit.ts) models it, and
// the delivery path (typing-target.ts) sends them one by one, checking the target before
// each: if one is refused, the rest are not sent.

import { backspaceSteps, caretSteps } from '../../common/text-steps.js';
import { applyCaretEdit } from '../format/apply-edit.js';
import type { TextEdit } from '../ports.js';

/** Words with the space (or line break) before each: "Hello world." → ["Hello", " world."]. */
export function pieces(text: string): string[] {
  return text.match(/\s*\S+/gu) ?? [];
}

/**
 * The edits, in the order to send them, that turn `typed` into `target` touching only the
 * words that differ. [] when the texts are equal.
 */
export function wordEdits(typed: string, target: string): TextEdit[] {
  const hunks = changedStretches(pieces(typed), pieces(target));
  const edits: TextEdit[] = [];
  let document = typed;
  for (const hunk of hunks.reverse()) {
    const trimmed = trimCommon(hunk.old, hunk.new);
    const after = caretSteps(target.slice(target.length - hunk.tailChars - trimmed.kept));
    const edit: TextEdit = { backspaces: backspaceSteps(trimmed.old), text: trimmed.new, ...(after > 0 ? { caretBack: after } : {}) };
    document = applyCaretEdit(document, edit);
    edits.push(edit);
  }
  // Guards the arithmetic above: a split that would not land on exactly the target is not used.
  return document === target ? edits : [];
}

interface Stretch {
  old: string;
  new: string;
  /** UTF-16 length of the target after the stretch. */
  tailChars: number;
}

/** Runs of differing pieces between the shared ones, left to right. */
function changedStretches(a: string[], b: string[]): Stretch[] {
  // Longest common subsequence of pieces: utterances have tens of words, so O(n·m) is small.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const stretches: Stretch[] = [];
  let i = 0;
  let j = 0;
  let old = '';
  let added = '';
  const close = () => {
    if (old === '' && added === '') return;
    stretches.push({ old, new: added, tailChars: b.slice(j).join('').length });
    old = '';
    added = '';
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      close();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added += b[j++];
    else old += a[i++];
  }
  close();
  return stretches;
}

/**
 * Leaves out the characters a stretch's old and new text share at either end ("The mr" →
 * "Mr" erases "The m", not "The mr"), but never cuts next to a character outside Latin
 * letters and punctuation: a cut beside an accent or emoji could land inside a grapheme
 * cluster, which the caret keys cannot reach (common/text-steps.ts).
 */
function trimCommon(old: string, added: string): { old: string; new: string; kept: number } {
  const safe = (c: string | undefined) => c === undefined || c.charCodeAt(0) < 0x300;
  let start = 0;
  while (start < old.length && start < added.length && old[start] === added[start] && safe(old[start]) && safe(old[start + 1]) && safe(added[start + 1])) start++;
  let end = 0;
  while (end < old.length - start && end < added.length - start && old[old.length - 1 - end] === added[added.length - 1 - end] && safe(old[old.length - 1 - end]) && safe(old[old.length - 2 - end]) && safe(added[added.length - 2 - end])) end++;
  // kept: UTF-16 units shared at the end, which the caret moves over.
  return { old: old.slice(start, old.length - end), new: added.slice(start, added.length - end), kept: end };
}

/**
 * The edits to send for one TextEdit: its steps when it has them (each carrying the live
 * flag, the spoken keys on the last), else the edit itself. Used by the delivery path and
 * by anything that prints or counts edits one by one (the CLI, the benchmark).
 */
export function editSteps(edit: TextEdit): TextEdit[] {
  if (!edit.steps?.length) return [edit];
  return edit.steps.map((step, k, all) => ({ ...step, ...(edit.live ? { live: true } : {}), ...(k === all.length - 1 && edit.keys ? { keys: edit.keys } : {}) }));
}
