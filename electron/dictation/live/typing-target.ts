// One target per utterance, and a record of the screen that holds only what was delivered.
//
// Live typing corrects what it typed with BackSpaces and caret moves, and those keys go to
// whichever window has the focus when they are sent: a correction sent after the user
// clicked into their e-mail (or a password dialog popped up) would erase letters of the
// e-mail. So before every edit of an utterance the focused window is asked again and
// compared with the one the utterance started in:
//   same   → the edit is sent. If the typist refuses it or fails, what is on screen is no
//            longer what live typing computed against: no later edit of this utterance
//            erases or moves the caret; the final only appends what is missing.
//   moved  → nothing more goes to the old window (its text stays as typed), and nothing
//            that erases or moves the caret goes to the new one. The final's words not yet
//            typed go on into the new window as a fresh sentence: a hands-free user who
//            clicks into another field expects to continue there.
// The window is asked before plain appends too (one probe, ≈10 ms on X11), so the words
// after a move start a fresh sentence instead of gluing onto the old window's last word.
// What could not be corrected is reported back (Delivered); the session keeps what was
// said in the transcript history and tells the user once.

import { applyCaretEdit } from '../format/apply-edit.js';
import type { Formatter, KeyPress, TextEdit, TextOutput, WindowIdentity } from '../ports.js';
import type { LogSink } from '../../logging/log.js';
import { editSteps, pieces } from './word-edits.js';

export interface TargetParts {
  output: TextOutput;
  formatter: Formatter;
  /** The window focused as the utterance began; undefined when it could not be known. */
  start: WindowIdentity | undefined;
  /** Which window has the focus now; absent when this platform cannot tell. */
  focused?: () => Promise<WindowIdentity | undefined>;
  /** An edit the typist refused or failed: the session shows why. */
  failed?: (error: Error) => void;
  log?: LogSink;
}

/** Why text on screen could not be made to match what was said. */
export type Uncorrected = 'moved' | 'failed';

export interface Delivered {
  uncorrected?: Uncorrected;
  /** Text typed live that stays on screen though the final does not hold it (empty final, failed stream). */
  leftBehind?: string;
  /** Text typed live and taken back because the stream failed: said, but never finalised. */
  erased?: string;
  /** The window the utterance ended in, when the focus moved to one that can be named. */
  movedTo?: WindowIdentity;
  /** A command that changes earlier text ("replace X with Y") was not run: the focus had moved. */
  commandNotRun?: true;
}

/** A final result as the session has it: what to send when everything went to plan, and what was said. */
export interface FinalPlan {
  raw: string;
  /** ResultEdits' edit: right when everything typed live is on screen in the starting window. */
  edit: TextEdit | null;
  /** What final-only typing types for this result ('' for commands and silence). */
  text: string;
}

/** Same window: the same opaque id and, where both sides know it, the same process. */
export function sameWindow(a: WindowIdentity, b: WindowIdentity): boolean {
  return a.id === b.id && (a.pid === undefined || b.pid === undefined || a.pid === b.pid);
}

// Spoken key commands that erase or move the caret (electron/dictation/keys/key-commands.ts).
const ERASING_KEYS = new Set(['backspace', 'delete', 'left', 'right', 'up', 'down', 'home', 'end', 'pageup', 'pagedown']);

function erasingKey(press: KeyPress): boolean {
  return ERASING_KEYS.has(press.key);
}

/** True when the edit takes text away or moves the caret: only ever sent into the window the text is in. */
export function erasesOrMoves(edit: TextEdit): boolean {
  return edit.backspaces > 0 || (edit.caretBack ?? 0) > 0 || (edit.keys ?? []).some(erasingKey);
}

/**
 * clean: every edit delivered to the target; failed: one was not, only appends from now on
 * (for the rest of the utterance); moved: the focus left the target.
 */
type State = 'clean' | 'failed' | 'moved';

export class UtteranceTarget {
  private state: State = 'clean';
  /** The window this utterance's text goes to; after a move, the window it went on in. */
  private target: WindowIdentity | undefined;
  /**
   * What the current segment (since the last final) has put on screen in the target, as far
   * as delivered edits say. A final ends a segment; an utterance with pauses has several.
   */
  private delivered = '';
  private movedTo: WindowIdentity | undefined;

  constructor(private readonly parts: TargetParts) {
    this.target = parts.start;
  }

  /** Live edits are still being sent (nothing refused, focus where it was). */
  get typesLive(): boolean {
    return this.state === 'clean';
  }

  /** The window this utterance's text went to last (the one it moved on to, after a move); undefined when unknown. */
  get window(): WindowIdentity | undefined {
    return this.target;
  }

  /** The text typed live so far in the starting window. */
  get typedLive(): string {
    return this.delivered;
  }

  /** A live edit. Dropped once the utterance stopped typing live: it was computed against text that is not there. */
  async live(edit: TextEdit): Promise<void> {
    if (this.state !== 'clean') return;
    if (this.target === undefined && erasesOrMoves(edit)) {
      // Unknown target: no erasing edit can be checked, so none is sent (the session types final-only then).
      this.state = 'failed';
      return;
    }
    if (!(await this.stillThere())) return;
    await this.sendSteps(edit);
  }

  /** The final result: reconciles what was typed live where that is still safe, and only appends where not. */
  async final(plan: FinalPlan): Promise<Delivered> {
    if (!plan.edit && this.delivered === '' && this.state !== 'moved') return {};
    const state = this.state;
    let result: Delivered = {};
    if (!(await this.stillThere())) result = await this.continueElsewhere(plan);
    else if (state === 'clean') {
      // The focus left between two of the final's steps: the rest goes on as after a move.
      if (plan.edit && !(await this.sendSteps(plan.edit))) result = await this.continueElsewhere(plan);
    } else {
      result = await this.appendOnly(plan);
      // Back in the starting window after a move: its text is as it was left; carry on appending.
      if (state === 'moved') this.state = 'failed';
    }
    this.delivered = '';
    return result;
  }

  /** The stream failed before its final: live words are erased where they were typed, else left and reported. */
  async abandon(): Promise<Delivered> {
    const state = this.state;
    const typed = this.delivered;
    this.delivered = '';
    if (typed === '') return {};
    if (state !== 'clean') return { uncorrected: state, leftBehind: typed, ...this.where() };
    if (!(await this.stillThere())) return { uncorrected: 'moved', leftBehind: typed, ...this.where() };
    if (await this.send({ backspaces: [...typed].length, text: '' })) return { erased: typed };
    return { uncorrected: 'failed', leftBehind: typed };
  }

  /**
   * Asks which window has the focus; false (and the utterance moved) when it is not the
   * starting one. A probe that cannot answer now counts as moved: it is not known to be safe.
   */
  private async stillThere(): Promise<boolean> {
    const target = this.target;
    if (!this.parts.focused || target === undefined) return true; // nothing to compare: typed as before (final-only)
    const now = await this.parts.focused().catch(() => undefined);
    if (now && sameWindow(now, target)) return true;
    this.state = 'moved';
    this.movedTo = now;
    this.parts.log?.info('focus moved during the utterance: no more corrections there; new words start a fresh sentence');
    return false;
  }

  /**
   * Sends an edit step by step (a correction in several places is several edits), asking
   * before each step after the first whether the target still has the focus. True unless
   * the focus moved between steps; a refused step ends the edit there, as send() says.
   */
  private async sendSteps(edit: TextEdit): Promise<boolean> {
    const steps = editSteps(edit);
    for (const [k, step] of steps.entries()) {
      if (k > 0 && !(await this.stillThere())) return false;
      if (!(await this.send(step))) return true;
    }
    return true;
  }

  /** Sends one edit; true when delivered. A refusal or failure ends erasing edits for the utterance. */
  private async send(edit: TextEdit): Promise<boolean> {
    try {
      await this.parts.output.apply(edit);
      this.delivered = applyCaretEdit(this.delivered, edit);
      return true;
    } catch (error) {
      if (this.state === 'clean') this.state = 'failed';
      this.parts.failed?.(error as Error);
      return false;
    }
  }

  /**
   * Same window, but an earlier edit was not delivered: append the final's words that are
   * not on screen, never erase. When the final agrees with what is there, nothing is lost.
   */
  private async appendOnly(plan: FinalPlan): Promise<Delivered> {
    const typed = this.delivered;
    const agrees = plan.text.startsWith(typed);
    const text = agrees ? plan.text.slice(typed.length) : pieces(plan.text).slice(pieces(typed).length).join('');
    const keys = plan.edit?.keys?.filter((press) => !erasingKey(press)) ?? [];
    const droppedKeys = keys.length !== (plan.edit?.keys?.length ?? 0);
    const command = changesEarlierText(plan, typed);
    if (text || keys.length) await this.send({ backspaces: 0, text, ...(keys.length ? { keys } : {}) });
    if (agrees && !droppedKeys && !command) return {};
    this.parts.formatter.forgetTyped?.();
    return { uncorrected: 'failed', ...(plan.text === '' && typed ? { leftBehind: typed } : {}) };
  }

  /**
   * The focus moved: the old window keeps what it got. The words of the final after those
   * typed there go to the new window, formatted as a fresh sentence; commands (scratch
   * that, key commands) are not run there: they were meant for the text in the old one.
   */
  private async continueElsewhere(plan: FinalPlan): Promise<Delivered> {
    const typed = this.delivered;
    const formatter = this.parts.formatter;
    const typedWords = pieces(typed).length;
    const rest = wordsAfter(plan.raw, typedWords, formatter);
    formatter.resetContext();
    const command = changesEarlierText(plan, typed) || (plan.edit?.keys?.length ?? 0) > 0;
    let sent = true;
    if (plan.text !== '' && rest) {
      const fresh = formatter.finalResult(rest);
      if (fresh.text) sent = await this.send({ backspaces: 0, text: fresh.text });
    }
    const oldWindowRight = typed === pieces(plan.text).slice(0, typedWords).join('');
    const result: Delivered = oldWindowRight && !command ? this.where() : { uncorrected: 'moved', ...(plan.text === '' && typed ? { leftBehind: typed } : {}), ...(command ? { commandNotRun: true as const } : {}), ...this.where() };
    // The rest of the utterance goes on in the new window, live again if it can be named.
    this.target = this.movedTo;
    this.movedTo = undefined;
    if (this.state === 'moved') this.state = this.target && sent ? 'clean' : 'failed';
    return result;
  }

  private where(): Pick<Delivered, 'movedTo'> {
    return this.movedTo ? { movedTo: this.movedTo } : {};
  }
}

/**
 * A command's edit: it changes text typed before this utterance ("scratch that", "replace X
 * with Y", "undo that", which may type words back), so it must never go anywhere but the
 * window that text is in. Typing nothing new for the transcript is what marks it.
 */
function changesEarlierText(plan: FinalPlan, typed: string): boolean {
  const edit = plan.edit;
  if (plan.text !== '' || !edit) return false;
  return edit.backspaces > [...typed].length || (edit.caretBack ?? 0) > 0 || (edit.steps?.length ?? 0) > 0 || edit.text !== '';
}

/**
 * The raw words of `raw` after the first ones that format into `count` words: what the
 * new window has not been given. Formatting can merge words ("question mark" → "?"), so
 * the prefix is found by formatting, not by counting raw words.
 */
function wordsAfter(raw: string, count: number, formatter: Formatter): string {
  const words = raw.split(/\s+/u).filter(Boolean);
  if (count === 0) return words.join(' ');
  for (let n = 1; n <= words.length; n++) {
    if (pieces(formatter.partial(words.slice(0, n).join(' '))).length >= count) return words.slice(n).join(' ');
  }
  return '';
}
