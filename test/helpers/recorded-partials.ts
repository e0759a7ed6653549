// Replays reply sequences recorded from the real PocketSphinx server
// (test/fixtures/partials.json, made by scripts/record-partials.ts) through the app's
// live-typing code into a simulated window (a string), so the stability rule can be tested
// and compared without timing noise. Shared by test/dictation/live/ and bench/live-typing.ts.
import { readFileSync } from 'node:fs';
import { applyCaretEdit } from '../../electron/dictation/format/apply-edit.js';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import type { StabilityRule } from '../../electron/dictation/live/live-commit.js';
import type { RecordedUtterance } from '../../electron/dictation/live/recorded.js';
import { ResultEdits } from '../../electron/dictation/live/result-edits.js';
import { editSteps } from '../../electron/dictation/live/word-edits.js';
import { defaultSettings } from '../../electron/settings/defaults.js';

/** The flite fixtures, recorded from the built-in server (finals = the partials' words). */
export function recordedUtterances(): RecordedUtterance[] {
  return readRecorded('partials.json');
}

/**
 * Human speech (Debian's LibriVox clips) recorded from a server whose final re-scores the
 * utterance: finals that change words every partial agreed on.
 */
export function rescoredUtterances(): RecordedUtterance[] {
  return readRecorded('partials-rescored.json');
}

function readRecorded(name: string): RecordedUtterance[] {
  const file = new URL(`../fixtures/${name}`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { utterances: RecordedUtterance[] }).utterances;
}

/** A text box that the caret keys, BackSpace and typing change, as the typist changes a real one. */
export const applyEdit = applyCaretEdit;

export interface Replay {
  /** The window at the end. */
  document: string;
  /** The window after each reply. */
  after: string[];
  /** Characters erased by corrections (BackSpaces), commands excluded. */
  erased: number;
  edits: number;
  /** Edits that erased something (corrections). */
  corrections: number;
  /** Caret key presses: left over the text after each correction and right again. */
  caretKeys: number;
}

/**
 * How corrections reach the window: true = as the app's typist (caret moves, one edit per
 * changed stretch), 'one-stretch' = caret moves but one edit over everything between the
 * first and last change (the app before corrections were split), false = erase back to the
 * change (the CLI, a terminal).
 */
export type CaretMoves = boolean | 'one-stretch';

/**
 * Replays one recorded utterance; `rule` null = final-only typing. Corrections move the
 * caret as the app's typist does, unless `caretMoves` says otherwise.
 */
export function replay(utterance: RecordedUtterance, rule: StabilityRule | null, formatter = new DictationFormatter(defaultSettings().formatting), caretMoves: CaretMoves = true): Replay {
  const typing = new ResultEdits(formatter, { keyCommands: () => true, caretMoves: caretMoves !== false, oneStretch: caretMoves === 'one-stretch', ...(rule ? { stability: rule } : {}) });
  typing.begin(rule !== null);
  let document = '';
  let erased = 0;
  let edits = 0;
  let corrections = 0;
  let caretKeys = 0;
  const after: string[] = [];
  for (const reply of utterance.replies) {
    const edit = 'partial' in reply ? typing.partial(reply.partial) : typing.final(reply.text).edit;
    if (edit) {
      // A correction in several places arrives as several steps, sent one by one as the app's delivery does.
      const steps = editSteps(edit);
      for (const step of steps) document = applyEdit(document, step);
      const backspaces = steps.reduce((sum, step) => sum + step.backspaces, 0);
      erased += backspaces;
      caretKeys += steps.reduce((sum, step) => sum + 2 * (step.caretBack ?? 0), 0);
      edits++;
      if (backspaces > 0) corrections++;
    }
    after.push(document);
  }
  return { document, after, erased, edits, corrections, caretKeys };
}

/** Typing every raw partial as it comes, erasing back to the first difference (nerd-dictation's approach). */
export const EVERY_PARTIAL: StabilityRule = { agreement: 1, holdLastWords: 0 };
