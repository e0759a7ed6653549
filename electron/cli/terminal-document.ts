// `voskey transcribe --live` on a terminal: the document as the focused window would show
// it, kept up to date in place. A correction moves the cursor back to the start of the
// screen row where the text first differs, clears from there (ESC [J) and reprints the
// rest, so it works across wrapped lines and leaves no stale characters — which bare "\b"
// cannot (it stops at the left edge of a wrapped line and erases nothing by itself).
// Rows are counted with the terminal's width, one column per code point (wide characters,
// e.g. CJK and emoji, would count double on most terminals; dictation rarely types them).
import type { Writable } from 'node:stream';
import type { TextEdit } from '../dictation/ports.js';

const CSI = '\x1b[';

export class TerminalDocument {
  private shown: string[] = [];

  constructor(
    private readonly out: Writable,
    private readonly columns: () => number,
  ) {}

  /** Applies the edit to the document and updates the screen. */
  apply(edit: TextEdit): void {
    const chars = this.shown;
    const caret = chars.length - (edit.caretBack ?? 0);
    const next = [...chars.slice(0, Math.max(0, caret - edit.backspaces)), ...edit.text, ...chars.slice(caret), ...(edit.append ?? '')];
    let same = 0;
    while (same < chars.length && same < next.length && chars[same] === next[same]) same++;
    if (same === chars.length && same === next.length) return;
    let out = '';
    let from = same;
    if (same < chars.length) {
      // Something printed changes: back to the start of its row, clear, reprint from there.
      const width = Math.max(1, this.columns());
      const end = position(chars, chars.length, width);
      const at = position(chars, same, width);
      from = at.rowStart;
      out += '\r' + (end.row > at.row ? `${CSI}${end.row - at.row}A` : '') + `${CSI}J`;
    }
    out += next.slice(from).join('');
    this.shown = next;
    this.out.write(out);
  }

  /** Ends the document with a line break, so the shell prompt starts on its own line. */
  end(): void {
    if (this.shown.length > 0 && this.shown.at(-1) !== '\n') this.out.write('\n');
  }
}

/**
 * The screen row (from the document's first row) holding character `index`, and the index
 * of that row's first character; for index = length, where the cursor is after printing
 * all of it. A terminal wraps only when a character is written past the last column, so a
 * full row leaves the cursor on that row.
 */
function position(chars: string[], index: number, width: number): { row: number; rowStart: number } {
  let row = 0;
  let col = 0;
  let rowStart = 0;
  for (let i = 0; i < index; i++) {
    if (chars[i] === '\n') {
      row++;
      col = 0;
      rowStart = i + 1;
      continue;
    }
    if (col === width) {
      row++;
      col = 0;
      rowStart = i;
    }
    col++;
  }
  // The character at `index` itself wraps to a new row when the current one is full.
  if (index < chars.length && chars[index] !== '\n' && col === width) return { row: row + 1, rowStart: index };
  return { row, rowStart };
}
