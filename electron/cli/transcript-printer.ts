// How `voskey transcribe` writes what the recognizer says: plain lines or JSON lines on
// stdout, partials on stderr in text mode (so stdout stays the transcript), and, with
// --format, final text through the app's formatter so the CLI prints what the app types.
import type { Writable } from 'node:stream';
import { DictationFormatter } from '../dictation/format/index.js';
import type { FinalReply, VoskAlternative } from '../vosk/protocol.js';
import type { DictationLanguage } from '../settings/types.js';
import { cliFormatting } from './cli-formatting.js';

export interface PrintOptions {
  json: boolean;
  words: boolean;
  format: boolean;
  language: DictationLanguage;
  /** Readings asked for per final (--alternatives); absent: none printed. */
  alternatives?: number;
}

export class TranscriptPrinter {
  private readonly formatter: DictationFormatter | undefined;

  constructor(
    private readonly options: PrintOptions,
    private readonly stdout: Writable,
    private readonly stderr: Writable,
  ) {
    if (options.format) this.formatter = new DictationFormatter(cliFormatting(options.language));
  }

  partial(text: string): void {
    const shown = this.formatter ? this.formatter.partial(text) : text;
    if (this.options.json) {
      this.stdout.write(`${JSON.stringify(this.formatter ? { type: 'partial', text, formatted: shown } : { type: 'partial', text })}\n`);
    } else if (shown) this.stderr.write(`… ${shown}\n`);
  }

  final(reply: FinalReply): void {
    // Silence between utterances gives empty finals: they say nothing, so we print nothing.
    if (reply.text.trim() === '') return;
    const edit = this.formatter?.finalResult(reply.text);
    if (this.options.json) {
      const line: Record<string, unknown> = { type: 'final', text: reply.text };
      // The edit exactly as the app would type it, leading space included, so a consumer
      // can rebuild the document: delete `backspaces` characters, then append `formatted`.
      if (edit) Object.assign(line, { formatted: edit.text, backspaces: edit.backspaces });
      // An editing command in the middle ("replace X with Y") needs its caret moves too, as `voskey format --json` shows them.
      if (edit?.command && (edit.caretBack || edit.steps)) Object.assign(line, { command: true, ...(edit.caretBack ? { caretBack: edit.caretBack } : {}), ...(edit.steps ? { steps: edit.steps } : {}) });
      // In the alternatives shape the words come with the best reading (and without conf).
      const words = reply.result ?? reply.alternatives?.[0]?.result;
      if (this.options.words && words) line.words = words;
      if (this.options.alternatives) line.alternatives = readings(reply, this.options.alternatives);
      this.stdout.write(`${JSON.stringify(line)}\n`);
      return;
    }
    // One line per final: the space the app types between utterances is the line break here.
    // A command ("scratch that") cannot take back a printed line, so it prints nothing.
    const text = edit?.command ? '' : edit ? edit.text.trimStart() : reply.text;
    if (text === '') return;
    this.stdout.write(`${text}\n`);
    if (this.options.words && reply.result) {
      for (const w of reply.result) this.stdout.write(`  ${w.start.toFixed(2)}-${w.end.toFixed(2)} ${w.word} (${w.conf.toFixed(2)})\n`);
    }
    if (this.options.alternatives) {
      // Raw readings, numbered as "choose N" would name them: indented so the transcript's
      // own lines stay apart (grep -v '^ ' gives the text alone).
      readings(reply, this.options.alternatives).forEach((a, i) => this.stdout.write(`  ${i + 1}. ${a.text}\n`));
    }
  }

  /** Connection trouble, on stderr, once per change (not every retry). */
  notice(message: string): void {
    this.stderr.write(`voskey: ${message}\n`);
  }
}

/**
 * The readings of a final, best first, the best equal to its text: a server that ignored
 * max_alternatives (plain shape) still gives one reading, and one that sent more than
 * asked is cut to the number asked for.
 */
function readings(reply: FinalReply, max: number): VoskAlternative[] {
  const listed = reply.alternatives?.length ? reply.alternatives : [{ text: reply.text, confidence: 1 }];
  return listed.slice(0, max);
}
