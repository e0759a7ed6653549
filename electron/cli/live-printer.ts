// `voskey transcribe --live`: the app's live typing (ResultEdits, the same code the
// dictation session runs, with the caret moves the app's typist makes) printed instead of
// typed, each edit the moment it is committed:
//   --json:        {"left": L, "backspaces": B, "text": T, "right": R, "final": bool} — move
//                  the caret L characters left, delete B before it, insert T, move R right
//                  (left and right omitted when 0), so a word changed in the middle costs
//                  that word, not the text after it;
//   a terminal:    the document kept up to date in place (terminal-document.ts);
//   not a terminal (a pipe, a file): only the final results, one line each, since edits
//                  of text already written cannot be taken back there.
import type { Writable } from 'node:stream';
import { DictationFormatter } from '../dictation/format/index.js';
import { ResultEdits } from '../dictation/live/result-edits.js';
import { editSteps } from '../dictation/live/word-edits.js';
import type { TextEdit } from '../dictation/ports.js';
import { defaultSettings } from '../settings/defaults.js';
import type { DictationLanguage } from '../settings/types.js';
import { cliFormatting } from './cli-formatting.js';
import { TerminalDocument } from './terminal-document.js';

/** A TTY stream's width, as Node gives it for process.stdout (tty.WriteStream#columns). */
type MaybeTerminal = Writable & { isTTY?: boolean; columns?: number };

export class LivePrinter {
  private readonly typing: ResultEdits;
  private readonly terminal: TerminalDocument | undefined;

  constructor(
    private readonly json: boolean,
    private readonly stdout: MaybeTerminal,
    language: DictationLanguage = 'en',
  ) {
    const keyCommands = defaultSettings().keyCommands.enabled;
    this.typing = new ResultEdits(new DictationFormatter(cliFormatting(language)), { keyCommands: () => keyCommands, caretMoves: true });
    this.typing.begin(true);
    if (!json && stdout.isTTY) this.terminal = new TerminalDocument(stdout, () => stdout.columns ?? 80);
  }

  partial(raw: string): void {
    const edit = this.typing.partial(raw);
    if (edit) this.print(edit, false);
  }

  /** Returns true when the result was "stop dictation". */
  final(raw: string): boolean {
    const outcome = this.typing.final(raw);
    if (this.json || this.terminal) {
      if (outcome.edit) this.print(outcome.edit, true);
    } else if (outcome.text.trim()) {
      this.stdout.write(`${outcome.text.trimStart()}\n`);
    }
    return outcome.stopDictation;
  }

  /** A terminal's document ends with a line break, so the shell prompt starts on its own line. */
  end(): void {
    this.terminal?.end();
  }

  private print(edit: TextEdit, final: boolean): void {
    // A correction in several places comes as one small edit per changed stretch (word-edits.ts).
    for (const step of editSteps(edit)) {
      if (this.terminal) this.terminal.apply(step);
      else if (this.json) for (const line of jsonEdits(step, final)) this.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
}

export interface JsonEdit {
  left?: number;
  backspaces: number;
  text: string;
  right?: number;
  final: boolean;
  keys?: string[];
}

/**
 * An edit in the CLI's JSON format. Text appended at the end after a correction in the
 * middle (TextEdit.append) is a second line: the caret is back at the end by then.
 */
export function jsonEdits(edit: TextEdit, final: boolean): JsonEdit[] {
  const back = edit.caretBack ?? 0;
  const first: JsonEdit = { ...(back ? { left: back } : {}), backspaces: edit.backspaces, text: edit.text, ...(back ? { right: back } : {}), final };
  const lines = [first];
  if (edit.append) lines.push({ backspaces: 0, text: edit.append, final });
  const keys = edit.keys?.map((k) => [...k.modifiers, k.key].join('+'));
  if (keys) lines.at(-1)!.keys = keys;
  return lines;
}
