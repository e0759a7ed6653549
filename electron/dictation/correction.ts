// The "correct that" list as the session runs it (issue 24): the alternatives a final
// carries, the edit that puts a chosen one on screen, and what the overlay says about it.
// The formatter decides what is chosen (format/index.ts); this file only turns that into
// edits and words. Pure: the session and its tests use it.

import { backspaceSteps } from '../common/text-steps.js';
import { wordEdits } from './live/word-edits.js';
import type { CorrectionOutcome, TextEdit } from './ports.js';
import type { FinalReply } from '../vosk/protocol.js';

/**
 * The readings of a final, best first, the first being `raw` itself (what is typed): a
 * server's best alternative is its text, but only `raw` is what the formatter typed. The
 * reply's shape was checked where it was parsed (vosk/protocol.ts parseReply).
 */
export function finalAlternatives(raw: string, reply?: FinalReply): string[] {
  const texts = (reply?.alternatives ?? []).map((a) => a.text.trim());
  return [...new Set([raw.trim(), ...texts])].filter((t) => t !== '');
}

/**
 * The edit that turns `replaced` (the last text typed, caret at its end) into `text`.
 * Where the output moves the caret, only the changed words are replaced, one edit per
 * changed stretch (live/word-edits.ts, as live typing corrects itself); else erase and retype.
 */
export function replacementEdit(replaced: string, text: string, caretMoves: boolean): TextEdit | null {
  if (replaced === text) return null;
  const whole: TextEdit = { backspaces: backspaceSteps(replaced), text };
  if (!caretMoves) return whole;
  const steps = wordEdits(replaced, text);
  if (steps.length === 0 || steps.reduce((sum, step) => sum + step.backspaces, 0) >= whole.backspaces) return whole;
  return steps.length === 1 ? steps[0]! : { ...whole, steps };
}

/** What the overlay says after a correction command, '' when the list itself says it. */
export function correctionNotice(outcome: CorrectionOutcome): string {
  switch (outcome.kind) {
    case 'nothing':
      return outcome.why === 'nothing-typed'
        ? 'Nothing to correct: nothing was typed here since the focus last moved.'
        : 'No alternatives for the last thing typed: the recognizer heard only that.';
    case 'not-offered':
      return `There is no alternative ${outcome.number}: choose one of the numbers shown, or say "cancel".`;
    case 'gone':
      return 'The text to correct is no longer where it was typed (the focus moved): nothing was changed.';
    default:
      return '';
  }
}

/** The chosen alternative could not be typed where the text is: nothing was erased. */
export function choiceNotTypedNotice(number: number, why: 'moved' | 'failed'): string {
  return why === 'moved'
    ? `The focus moved: alternative ${number} was not typed, and nothing was erased.`
    : `Alternative ${number} could not be typed; the text on screen may not match it.`;
}
