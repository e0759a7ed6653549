// `voskey transcribe --live`: the app's live typing (ResultEdits, the same code the
// dictation session runs) printed instead of typed. Each edit is committed the moment it
// is: JSON lines {"backspaces": n, "text": "…", "final": false}, or plain text with real
// backspace characters, so a terminal shows what the focused window would show.
import type { Writable } from 'node:stream';
import { DictationFormatter } from '../dictation/format/index.js';
import { ResultEdits } from '../dictation/live/result-edits.js';
import type { TextEdit } from '../dictation/ports.js';
import { defaultSettings } from '../settings/defaults.js';
import type { DictationLanguage } from '../settings/types.js';
import { cliFormatting } from './cli-formatting.js';

export class LivePrinter {
  private readonly typing: ResultEdits;
  private printedPlain = false;

  constructor(
    private readonly json: boolean,
    private readonly stdout: Writable,
    language: DictationLanguage = 'en',
  ) {
    const keyCommands = defaultSettings().keyCommands.enabled;
    this.typing = new ResultEdits(new DictationFormatter(cliFormatting(language)), { keyCommands: () => keyCommands });
    this.typing.begin(true);
  }

  partial(raw: string): void {
    const edit = this.typing.partial(raw);
    if (edit) this.print(edit, false);
  }

  /** Returns true when the result was "stop dictation". */
  final(raw: string): boolean {
    const outcome = this.typing.final(raw);
    if (outcome.edit) this.print(outcome.edit, true);
    return outcome.stopDictation;
  }

  /** Plain text ends with a line break, so the shell prompt starts on its own line. */
  end(): void {
    if (!this.json && this.printedPlain) this.stdout.write('\n');
  }

  private print(edit: TextEdit, final: boolean): void {
    if (this.json) {
      const line: Record<string, unknown> = { backspaces: edit.backspaces, text: edit.text, final };
      if (edit.keys) line.keys = edit.keys.map((k) => [...k.modifiers, k.key].join('+'));
      this.stdout.write(`${JSON.stringify(line)}\n`);
      return;
    }
    if (edit.backspaces === 0 && edit.text === '') return;
    this.printedPlain = true;
    this.stdout.write('\b'.repeat(edit.backspaces) + edit.text);
  }
}
