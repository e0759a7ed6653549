// Results → edits for the focused window, in both output modes, for the app's dictation
// session and for `voskey transcribe --live` alike:
//   final-only: each final result through the formatter (or a key command), typed whole;
//   live:       stable words of each partial typed as they settle (live-commit.ts), and
//               the final reconciling them to exactly what final-only would have typed.
// Commands (formatter commands and key commands) run only from a final result; while the
// words heard so far may still become one, nothing is typed live.

import { KEY_COMMAND_PHRASES, matchKeyCommand } from '../keys/key-commands.js';
import type { CorrectionOutcome, Formatter, TextEdit } from '../ports.js';
import { replacementEdit } from '../correction.js';
import { mayBecomeCommand, openPhraseStart, phraseWords, type PhraseWords } from './command-prefix.js';
import { DEFAULT_STABILITY, LiveCommit, type StabilityRule } from './live-commit.js';

export interface FinalOutcome {
  /** null when there is nothing to change in the window. */
  edit: TextEdit | null;
  /** An editing command changed nothing: why, for the overlay. */
  notice?: string;
  /** Formatted text for the transcript ('' for commands and silence). */
  text: string;
  stopDictation: boolean;
  /** The result was a correction command ("correct that", "choose 2", "cancel"). */
  correction?: CorrectionOutcome;
}

export interface ResultEditsOptions {
  /** Read per result, so the setting applies at once. */
  keyCommands: () => boolean;
  stability?: StabilityRule;
  /** The output moves the caret for mid-text corrections (TextEdit.caretBack): the app's typist does, a terminal does not. */
  caretMoves?: boolean;
  /**
   * With caretMoves: a correction in several places is one edit over the whole stretch
   * between them, not one per changed word (word-edits.ts). Only the benchmark's baseline
   * asks for it.
   */
  oneStretch?: boolean;
}

export class ResultEdits {
  private readonly commit: LiveCommit;
  private live = false;
  /** The window of this utterance takes caret moves (not a terminal): editing commands may need them. */
  private caretMovesHere = true;
  /** Read at each utterance's start, not per partial: partials come ten times a second. */
  private phrases = { commands: [] as PhraseWords[], longer: [] as PhraseWords[] };

  constructor(
    private readonly formatter: Formatter,
    private readonly options: ResultEditsOptions,
  ) {
    this.commit = new LiveCommit(options.stability ?? DEFAULT_STABILITY, (text) => mayBecomeCommand(text, this.phrases.commands), options.caretMoves ?? false, !options.oneStretch);
  }

  /** A new utterance: live or final-only for its whole length. */
  begin(live: boolean, caretMoves = true): void {
    this.live = live;
    this.caretMovesHere = caretMoves;
    this.commit.reset();
    if (live) this.phrases = { commands: phraseWords(this.commandPhrases()), longer: phraseWords(this.formatter.longerPhrases()) };
  }

  get isLive(): boolean {
    return this.live;
  }

  /** The edit to type for a partial result now, or null. */
  partial(raw: string): TextEdit | null {
    if (!this.live) return null;
    if (mayBecomeCommand(raw, this.phrases.commands)) return this.commit.partial(null);
    // Words that may still become "?" or a line break are not typed until they settle.
    const open = openPhraseStart(raw, this.phrases.longer);
    // Number runs and words whose capital depends on the next word wait too (issue 22).
    const start = Math.min(open.start, this.formatter.heldFrom?.(raw) ?? open.words.length);
    const limit = start < open.words.length ? this.formatter.preview(open.words.slice(0, start).join(' ')) : undefined;
    const edit = this.commit.partial(this.formatter.preview(raw), limit);
    return edit && { ...edit, live: true };
  }

  /** A final result: the edit that leaves the window as final-only typing would. `alternatives`: its readings, best first. */
  final(raw: string, alternatives?: readonly string[]): FinalOutcome {
    const key = this.options.keyCommands() ? matchKeyCommand(raw) : null;
    let outcome: FinalOutcome;
    if (key) {
      // The cursor moves or text goes: what was before the cursor is no longer known.
      this.formatter.resetContext();
      outcome = { edit: { backspaces: 0, text: '', keys: key.keys }, text: '', stopDictation: false };
    } else {
      const caretMoves = (this.options.caretMoves ?? false) && this.caretMovesHere;
      const formatted = this.formatter.finalResult(raw, { caretMoves, ...(alternatives ? { alternatives } : {}) });
      const correction = formatted.correction;
      if (correction?.kind === 'chosen' && this.commit.typedText === '') {
        // Nothing of "choose 2" was typed live (a command is held back): replace the old words only.
        this.commit.reset();
        const edit = replacementEdit(correction.replaced, formatted.text, caretMoves);
        return { edit, text: '', stopDictation: false, correction };
      }
      const { backspaces, text, caretBack, steps, notice } = formatted;
      const edit: TextEdit = { backspaces, text, ...(caretBack ? { caretBack } : {}), ...(steps?.length ? { steps } : {}) };
      // A command's keys may type words back ("undo that" after a delete), and a chosen
      // alternative is not a new utterance: neither is new dictation for the transcript.
      outcome = {
        edit,
        text: formatted.command || correction ? '' : text,
        stopDictation: formatted.stopDictation,
        ...(notice ? { notice } : {}),
        ...(correction ? { correction } : {}),
      };
    }
    const reconciled = this.commit.final(outcome.edit ?? { backspaces: 0, text: '' });
    const edit: TextEdit = { ...reconciled, ...(outcome.edit?.keys ? { keys: outcome.edit.keys } : {}), ...(this.live ? { live: true } : {}) };
    return { ...outcome, edit: edit.backspaces || edit.text || edit.keys || edit.caretBack || edit.steps?.length ? edit : null };
  }

  private commandPhrases(): string[] {
    return [...this.formatter.commandPhrases(), ...(this.options.keyCommands() ? KEY_COMMAND_PHRASES : [])];
  }
}
