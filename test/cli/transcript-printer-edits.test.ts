// `voskey transcribe --format` prints the app's text for each final; an editing command
// ("replace X with Y") is not new text, so it prints no line (as "scratch that" does), and
// with --json its line carries the caret moves a consumer needs to rebuild the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { TranscriptPrinter } from '../../electron/cli/transcript-printer.js';

function printer(json: boolean) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const print = new TranscriptPrinter({ json, words: false, format: true, language: 'en' }, stdout, stderr);
  return { print, out: () => out };
}

test('text mode: the replace prints no line of its own', () => {
  const p = printer(false);
  for (const text of ['the cat sat period', 'replace cat with dog', 'it slept period']) p.print.final({ kind: 'final', text });
  assert.equal(p.out(), 'The cat sat.\nIt slept.\n');
});

test('--json: the replace is marked as a command, with its caret moves', () => {
  const p = printer(true);
  for (const text of ['the cat sat period', 'replace cat with dog']) p.print.final({ kind: 'final', text });
  const lines = p.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines[1]!.command, true);
  assert.ok((lines[1]!.caretBack as number) > 0, JSON.stringify(lines[1]));
});
