// `voskey format`: raw recognizer utterances from stdin, one per line, through the app's
// formatter; prints the document a window would end up with (backspaces applied), or with
// --json each edit as it happens and then the document. "stop dictation" ends the
// dictation: later lines are not typed (as in the app), and stderr says how many. An
// editing command ("replace X with Y") whose target is not there changes nothing, and
// stderr says why, as the app's overlay does.

import { createInterface } from 'node:readline';
import { TypedDocument } from '../dictation/format/apply-edit.js';
import { DictationFormatter } from '../dictation/format/index.js';
import type { FormatCommand } from './format-args.js';
import type { CliIo } from './transcribe-command.js';

export async function runFormat(command: FormatCommand, io: CliIo): Promise<void> {
  const formatter = new DictationFormatter(command.formatting);
  const document = new TypedDocument();
  let stopped = false;
  let ignored = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (stopped) {
      if (line.trim() !== '') ignored++;
      continue;
    }
    const edit = formatter.finalResult(line);
    document.apply(edit);
    if (edit.notice) io.stderr.write(`voskey: line ${lineNumber} ("${line.trim()}"): ${edit.notice}\n`);
    if (command.json) io.stdout.write(`${JSON.stringify({ utterance: line, ...edit })}\n`);
    stopped = edit.stopDictation;
  }
  if (ignored > 0) io.stderr.write(`voskey: "stop dictation" ended the dictation; ${ignored} later line(s) were not typed.\n`);
  io.stdout.write(command.json ? `${JSON.stringify({ document: document.toString() })}\n` : `${document.toString()}\n`);
}
