// The text Voskey typed into the focused field, and the steps that made it (newest last),
// so the editing commands can find words in it and "scratch that" / "undo that" can take
// steps back. Each step keeps only the change it made, not a copy of the text: a long
// dictation (or `voskey format` over a big file) stays linear in size.

import type { TypingContext } from './render.js';

/** A change to the field text: `removed` at `start` became `inserted`. */
export interface FieldChange {
  start: number;
  removed: string;
  inserted: string;
}

export interface FieldStep extends FieldChange {
  /** Dictated text, or an editing command ("replace X with Y", "delete last sentence"). */
  kind: 'dictation' | 'edit';
  /** The formatter's context before the step: restored when the step is taken back. */
  before: TypingContext;
  /** Dictation only: the recognizer's readings of it, best first (raw words), for "correct that". */
  alternatives?: string[];
}

/** What taking steps back did: the text from `from` on changed, and the context to go on with. */
export interface Reverted {
  from: number;
  oldText: string;
  before: TypingContext;
  /** The steps taken back, oldest first (for restore()). */
  steps: FieldStep[];
}

/** Keeps the undo history bounded over a long dictation into one window. */
const MAX_STEPS = 200;

export class TypedField {
  private value = '';
  private readonly steps: FieldStep[] = [];

  get text(): string {
    return this.value;
  }

  /** Dictated text typed at the end; `alternatives`: the recognizer's readings of it, best first. */
  append(text: string, before: TypingContext, alternatives: string[] = []): void {
    this.record({ kind: 'dictation', start: this.value.length, removed: '', inserted: text, before, alternatives });
  }

  /** The newest step when it is dictation ("correct that" offers its readings), else undefined. */
  get lastDictation(): Readonly<FieldStep> | undefined {
    const step = this.steps.at(-1);
    return step?.kind === 'dictation' ? step : undefined;
  }

  /**
   * "choose 2": the newest dictation now reads `text` instead. It stays one dictation step,
   * so "scratch that" / "undo that" erase the chosen text as they would have the first.
   */
  reviseLastDictation(step: Readonly<FieldStep>, text: string): void {
    if (this.steps.at(-1) !== step || step.kind !== 'dictation') throw new Error('only the newest dictation can be revised');
    this.value = this.value.slice(0, step.start) + text;
    (step as FieldStep).inserted = text;
  }

  /** An editing command changed the text to `next`; the two agree before `from`. */
  edit(next: string, from: number, before: TypingContext): void {
    this.record({ kind: 'edit', ...changeBetween(this.value, next, from), before });
  }

  /** "undo that": takes back the newest step, whatever it was. */
  undo(): Reverted | undefined {
    return this.takeBack(this.steps.length - 1);
  }

  /** "scratch that": takes back the newest dictation, and every edit made after it. */
  scratch(): Reverted | undefined {
    let index = this.steps.length - 1;
    while (index >= 0 && this.steps[index]!.kind !== 'dictation') index--;
    return this.takeBack(index);
  }

  /** The newest step is an editing command (so "undo that" reverts an edit). */
  get lastWasEdit(): boolean {
    return this.steps.at(-1)?.kind === 'edit';
  }

  /** Nothing on screen is known any more (another window, or an edit that was not delivered). */
  clear(): void {
    this.value = '';
    this.steps.length = 0;
  }

  private record(step: FieldStep): void {
    // Dictation appends: kept as an append, so a long dictation never copies the text per utterance.
    if (step.start === this.value.length && step.removed === '') this.value += step.inserted;
    else this.value = this.value.slice(0, step.start) + step.inserted + this.value.slice(step.start + step.removed.length);
    this.steps.push(step);
    if (this.steps.length > MAX_STEPS) this.steps.shift();
  }

  /** Takes back steps[index] and every step after it, newest first. */
  private takeBack(index: number): Reverted | undefined {
    if (index < 0) return undefined;
    const oldText = this.value;
    let from = oldText.length;
    let before!: TypingContext;
    const taken: FieldStep[] = [];
    while (this.steps.length > index) {
      const step = this.steps.pop()!;
      taken.unshift(step);
      this.value = this.value.slice(0, step.start) + step.removed + this.value.slice(step.start + step.inserted.length);
      from = Math.min(from, step.start);
      before = step.before;
    }
    return { from, oldText, before, steps: taken };
  }

  /** Puts back what undo() or scratch() took, when its keys could not be sent. */
  restore(reverted: Reverted): void {
    this.value = reverted.oldText;
    this.steps.push(...reverted.steps);
  }
}

/** The smallest change from `old` to `next`, which agree before `from`. */
export function changeBetween(old: string, next: string, from: number): FieldChange {
  let same = 0;
  const most = Math.min(old.length, next.length) - from;
  while (same < most && old[old.length - 1 - same] === next[next.length - 1 - same]) same++;
  return { start: from, removed: old.slice(from, old.length - same), inserted: next.slice(from, next.length - same) };
}
