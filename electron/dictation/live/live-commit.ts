// Live typing's one rule: which part of the formatted partial text to type while the user
// is still speaking, and how to correct it. Shared by the app (the dictation session) and
// the CLI (`voskey transcribe - --live`) through result-edits.ts.
//
// Recognizers revise the end of a partial constantly ("the weather is now" → "…is nigh" →
// "…is nice"): typing every partial the way nerd-dictation does erases and retypes most
// of what it types (bench/live-typing.ts measures it on recorded PocketSphinx partials).
// So a word is typed only once it is stable: settle-policy.ts says when (the same
// formatted words, in the same place, for enough partials, longer for a word the
// recognizer wavered over, which a re-scoring final tends to change). Words are compared
// after formatting, so a word that formatting will still change ("twenty" → "23" once "three" follows, "world" →
// "world." once "period" follows) does not count as agreed until it stops changing.
//
// Corrections erase back only to the first character that differs and type from there —
// or, where the output can move the caret (the app's typist; not the CLI's terminal),
// when the words after the change are still there, only the changed part is replaced: the
// caret moves left over the unchanged words and back, then anything new is appended
// ("people write with their voice … short" → "people right with their voice … short
// messages" erases "write", not the 72 characters after it). A change in several places
// becomes several such edits, one per changed stretch of words (word-edits.ts, sent as
// TextEdit.steps), so the text between two changed words is not retyped either.
// The final result reconciles the same way, so the window ends with exactly the text the
// final-only mode types. A stable prefix that is merely shorter than what was typed (the
// recognizer dropped a word for a moment) erases nothing: the final decides.

import { backspaceSteps, caretSteps, graphemeBoundaryAtOrBefore } from '../../common/text-steps.js';
import type { TextEdit } from '../ports.js';
import { SettlePolicy, type StabilityRule } from './settle-policy.js';
import { pieces, wordEdits } from './word-edits.js';

export { pieces } from './word-edits.js';

export type { StabilityRule } from './settle-policy.js';

/**
 * The rule the app and the CLI use, chosen with bench/live-typing.ts. On human speech
 * (LibriVox) against a server whose final re-scores, the rule before issue 19 (3 agreeing
 * partials, last 2 held, no waiting for wavering words) erased 160–200 characters and made
 * 8–10 corrections per 100 words; this one 14 and 3.4 (8.8 and 2.9 once corrections were
 * split per changed word), with the median word on screen 0.69 s after its end (0.57 s
 * before) and 74 % of words before release. On the flite
 * recordings: 5.3 erased per 100 words (2.6 before), median 590 ms (530 ms).
 */
export const DEFAULT_STABILITY: StabilityRule = { agreement: 2, holdLastWords: 1, waverPenalty: 1.5 };

const NOTHING: TextEdit = { backspaces: 0, text: '' };

export class LiveCommit {
  private typed = '';
  private readonly settle: SettlePolicy;

  constructor(
    rule: StabilityRule = DEFAULT_STABILITY,
    /**
     * True when stable text could still be the start of a command: "Scratch" agreed on
     * while the recognizer wavers between "scratch the" and "scratch yeah" may yet become
     * "scratch that", so it waits (recorded on the scratch fixture).
     */
    private readonly mayBeCommand: (text: string) => boolean = () => false,
    /** The output honours TextEdit.caretBack. */
    private readonly caretMoves = false,
    /** With caretMoves: a correction in several places is sent as one edit per changed stretch (TextEdit.steps). */
    private readonly perStretch = true,
  ) {
    this.settle = new SettlePolicy(rule);
  }

  /** What this segment has typed so far (leading space included). */
  get typedText(): string {
    return this.typed;
  }

  /**
   * A new partial, formatted exactly as the final would be typed now (leading space
   * included), or null when its words may still become a command: nothing new is typed
   * then. `limit`, when given, is the formatted text of the words that can no longer change
   * meaning (no open "question" of "question mark"): nothing past it is typed. Returns the
   * edit to apply, or null for none.
   */
  partial(formatted: string | null, limit?: string): TextEdit | null {
    if (formatted === null) {
      // A possible command: forget agreement, so words typed later must agree anew.
      this.settle.forget();
      return null;
    }
    const words = pieces(formatted);
    const stable = words.slice(0, this.settle.next(words));
    if (limit !== undefined) stable.length = Math.min(stable.length, commonPrefix([stable, pieces(limit)]).length);
    const target = stable.join('');
    if (this.mayBeCommand(target)) return null;
    const same = commonPrefixLength(this.typed, target);
    // Shorter but agreeing: keep what is typed, the final will decide.
    if (same === target.length) return null;
    return this.moveTo(target, same);
  }

  /**
   * The final result's edit as the formatter made it for final-only typing. Returns the
   * edit that turns what this segment typed live into exactly that, and starts a new segment.
   */
  final(edit: TextEdit): TextEdit {
    let result: TextEdit;
    const live = backspaceSteps(this.typed);
    if (edit.caretBack || edit.steps?.length) {
      // An editing command in the middle of the text ("replace X with Y"): its keys were
      // computed without the live text, so that goes first.
      const steps = edit.steps?.length ? edit.steps : [{ backspaces: edit.backspaces, text: edit.text, ...(edit.caretBack ? { caretBack: edit.caretBack } : {}) }];
      result = live === 0 ? edit : { backspaces: live, text: '', steps: [{ backspaces: live, text: '' }, ...steps] };
    } else if (edit.backspaces > 0) {
      // A command that erases earlier text ("scratch that"): take back the live text too.
      result = { backspaces: live + edit.backspaces, text: edit.text };
    } else {
      result = this.moveTo(edit.text, commonPrefixLength(this.typed, edit.text));
    }
    this.reset();
    return result;
  }

  /** Start a new segment without touching what was typed (the utterance was abandoned). */
  reset(): void {
    this.typed = '';
    this.settle.reset();
  }

  private moveTo(target: string, same: number): TextEdit {
    const middle = this.caretMoves ? middleChange(this.typed, target, same) : null;
    // Changes in several places: one small edit per changed stretch (word-edits.ts), the
    // one-stretch form kept beside them for an output that takes a single edit.
    const steps = this.caretMoves && this.perStretch ? wordEdits(this.typed, target) : [];
    const erase = backspaceSteps(this.typed.slice(same));
    const add = target.slice(same);
    this.typed = target;
    const single = middle ?? (erase === 0 && add === '' ? NOTHING : { backspaces: erase, text: add });
    if (steps.length === 0 || erased(steps) >= single.backspaces) return single;
    return steps.length === 1 ? steps[0]! : { ...single, steps };
  }
}

function commonPrefix(lists: string[][]): string[] {
  const [first = [], ...rest] = lists;
  const out: string[] = [];
  for (let i = 0; i < first.length; i++) {
    if (rest.some((list) => list[i] !== first[i])) break;
    out.push(first[i]!);
  }
  return out;
}

/**
 * Length in UTF-16 units of the common prefix, never splitting a grapheme cluster of what
 * was typed: erasing half of "👍🏽" would take the whole emoji (text-steps.ts).
 */
function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i < a.length ? graphemeBoundaryAtOrBefore(a, i) : i;
}

/**
 * The change from `typed` to `target` (equal for their first `same` units) as a correction
 * in the middle: the longest run of whole words at the end of `typed` that `target` still
 * has is kept, the caret moves over it, only what precedes it is replaced, and whatever
 * `target` adds after it is appended. null when nothing at the end is kept.
 */
function middleChange(typed: string, target: string, same: number): TextEdit | null {
  const rest = typed.slice(same);
  for (let i = 0; i < rest.length; i++) {
    // Kept words start at a space or line break, or right after one.
    const wordStart = /\s/.test(rest[i]!) || (i === 0 && (same === 0 || /\s/.test(typed[same - 1]!)));
    if (!wordStart) continue;
    const kept = rest.slice(i);
    const at = target.indexOf(kept, same);
    if (at < 0) continue;
    const append = target.slice(at + kept.length);
    if (i === 0 && at === same) return null; // nothing replaced: a plain append
    return { backspaces: backspaceSteps(rest.slice(0, i)), text: target.slice(same, at), caretBack: caretSteps(kept), ...(append ? { append } : {}) };
  }
  return null;
}

function erased(edits: TextEdit[]): number {
  return edits.reduce((sum, edit) => sum + edit.backspaces, 0);
}
