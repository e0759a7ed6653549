// The live edit formats of `voskey transcribe --live`, driven through the printer with the
// app's real formatter and live-typing rule: JSON edits that move the caret for a word
// changed in the middle, and a terminal kept exact across wrapped lines.
// test-needs: none
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { jsonEdits, LivePrinter, type JsonEdit } from '../../electron/cli/live-printer.js';
import { TerminalDocument } from '../../electron/cli/terminal-document.js';
import type { TextEdit } from '../../electron/dictation/ports.js';
import { applyEdit } from '../helpers/recorded-partials.js';
import { TerminalScreen, wrapped } from '../helpers/terminal-screen.js';

function sink(tty?: { columns: number }): Writable & { text: string; isTTY?: boolean; columns?: number } {
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.text += chunk.toString();
      done();
    },
  }) as Writable & { text: string; isTTY?: boolean; columns?: number };
  out.text = '';
  if (tty) Object.assign(out, { isTTY: true, columns: tty.columns });
  return out;
}

/** A JSON edit applied as its fields say: left, delete, insert, right (the caret ends at the end). */
function applyJson(document: string, e: JsonEdit): string {
  return applyEdit(document, { backspaces: e.backspaces, text: e.text, caretBack: e.left ?? 0 });
}

// The recognizer hears "write", later decides on "right" while the words after it stay.
const BEFORE = 'people write with their voice instead of a keyboard and';
const AFTER = 'people right with their voice instead of a keyboard and it works';

function speak(printer: LivePrinter): void {
  for (let i = 0; i < 3; i++) printer.partial(BEFORE);
  for (let i = 0; i < 3; i++) printer.partial(AFTER);
  printer.final(AFTER);
}

describe('voskey transcribe --live output', () => {
  it('--json: a word changed in the middle costs that word, not the text after it', async () => {
    const out = sink();
    speak(new LivePrinter(true, out));
    const edits = out.text.trim().split('\n').map((l) => JSON.parse(l) as JsonEdit);
    for (const e of edits) {
      assert.deepEqual(Object.keys(e).filter((k) => !['left', 'backspaces', 'text', 'right', 'final'].includes(k)), [], JSON.stringify(e));
      assert.equal(e.left ?? 0, e.right ?? 0, 'the caret goes back to the end');
      if (e.left === 0 || e.right === 0) assert.fail(`left/right are omitted when 0: ${JSON.stringify(e)}`);
    }
    const correction = edits.find((e) => e.left);
    assert.ok(correction, JSON.stringify(edits));
    assert.equal(correction.backspaces, 'write'.length, JSON.stringify(correction));
    assert.equal(correction.text, 'right');
    const document = edits.reduce(applyJson, '');
    assert.equal(document, 'People right with their voice instead of a keyboard and it works');
    const erased = edits.reduce((n, e) => n + e.backspaces, 0);
    assert.ok(erased <= 'write'.length, `erased ${erased} characters`);
  });

  it('jsonEdits: text appended after a middle correction is a second line, keys go on the last', () => {
    const edit: TextEdit = { backspaces: 5, text: 'right', caretBack: 20, append: ' it works', keys: [{ key: 'enter', modifiers: [] }] };
    assert.deepEqual(jsonEdits(edit, true), [
      { left: 20, backspaces: 5, text: 'right', right: 20, final: true },
      { backspaces: 0, text: ' it works', final: true, keys: ['enter'] },
    ]);
    assert.deepEqual(jsonEdits({ backspaces: 0, text: ' hi' }, false), [{ backspaces: 0, text: ' hi', final: false }]);
  });

  it('a terminal shows the document exactly, across wrapped lines, after every edit', () => {
    const width = 12;
    const out = sink();
    const screen = new TerminalScreen(width);
    const terminal = new TerminalDocument(new Writable({ write: (c: Buffer, _e, done) => (screen.write(c.toString()), done()) }), () => width);
    const edits: TextEdit[] = [
      { backspaces: 0, text: 'Hello world how are' },
      { backspaces: 3, text: 'were you' }, // erase back across the wrap
      { backspaces: 0, text: ' today and tomorrow' },
      { backspaces: 4, text: 'your', caretBack: 13 }, // a word in the middle, two rows up
      { backspaces: 0, text: '.\nNew line' },
      { backspaces: 14, text: 'x' }, // back over the line break
      { backspaces: 0, text: 'abcdefghijk' }, // exactly to the right edge: the pending wrap
      { backspaces: 1, text: 'KL' },
    ];
    let document = '';
    for (const edit of edits) {
      document = applyEdit(document, edit);
      terminal.apply(edit);
      assert.deepEqual(screen.lines(), wrapped(document, width), `after ${JSON.stringify(edit)}`);
    }
    // What bare backspaces would have shown: stale characters, and none erased on the row above.
    const bare = new TerminalScreen(width);
    bare.write('Hello world how' + '\b'.repeat(5) + 'd!');
    assert.deepEqual(bare.lines(), ['Hello world', 'd!w']);
    assert.deepEqual(wrapped('Hello world!', width), ['Hello world!']);
    assert.equal(out.text, '');
  });

  it('not a terminal (a pipe or a file): only the final results, one line each', () => {
    const out = sink();
    const printer = new LivePrinter(false, out);
    speak(printer);
    printer.final('scratch that'); // cannot take back a printed line: prints nothing
    printer.final('good morning');
    printer.end();
    assert.equal(out.text, 'People right with their voice instead of a keyboard and it works\nGood morning\n');
  });

  it('a terminal through the printer: escape sequences, no bare backspaces, the final text on screen', () => {
    const out = sink({ columns: 20 });
    const printer = new LivePrinter(false, out);
    speak(printer);
    printer.end();
    assert.ok(!out.text.includes('\b'), JSON.stringify(out.text));
    const screen = new TerminalScreen(20);
    screen.write(out.text);
    assert.deepEqual(screen.lines(), wrapped('People right with their voice instead of a keyboard and it works\n', 20));
  });
});
