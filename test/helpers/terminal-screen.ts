// A small terminal screen for tests: what a VT100-style terminal shows after the bytes
// written to it, for the few controls the CLI uses (CR, LF, BS, ESC[nA, ESC[J) and
// auto-wrap with the pending-wrap rule (the cursor stays on a full row until the next
// character is written). Rows never scroll away: a test sees the whole output.
const ESC = String.fromCharCode(0x1b);

export class TerminalScreen {
  private rows: string[][] = [[]];
  private row = 0;
  private col = 0;
  private pendingWrap = false;

  constructor(readonly width: number) {}

  write(data: string): void {
    for (let i = 0; i < data.length; ) {
      const csi = data.startsWith(ESC, i) ? /^\[(\d*)([AJ])/.exec(data.slice(i + 1)) : null;
      if (csi) {
        if (csi[2] === 'A') this.row = Math.max(0, this.row - Number(csi[1] || 1));
        else this.clearToEnd();
        this.pendingWrap = false;
        i += 1 + csi[0].length;
        continue;
      }
      const ch = String.fromCodePoint(data.codePointAt(i)!);
      i += ch.length;
      if (ch === '\r') [this.col, this.pendingWrap] = [0, false];
      else if (ch === '\n') this.newRow();
      else if (ch === '\b') [this.col, this.pendingWrap] = [Math.max(0, this.col - 1), false];
      else this.put(ch);
    }
  }

  /** The screen's rows, trailing blanks trimmed, empty rows at the end dropped. */
  lines(): string[] {
    const lines = this.rows.map((r) => r.map((c) => c ?? ' ').join('').trimEnd());
    while (lines.length > 1 && lines.at(-1) === '') lines.pop();
    return lines;
  }

  private put(ch: string): void {
    if (this.pendingWrap) {
      this.row++;
      this.col = 0;
      this.pendingWrap = false;
    }
    (this.rows[this.row] ??= [])[this.col] = ch;
    if (this.col === this.width - 1) this.pendingWrap = true;
    else this.col++;
  }

  private newRow(): void {
    this.row++;
    this.col = 0;
    this.pendingWrap = false;
    this.rows[this.row] ??= [];
  }

  private clearToEnd(): void {
    this.rows[this.row] = (this.rows[this.row] ?? []).slice(0, this.col);
    this.rows.length = this.row + 1;
  }
}

/** The document as that terminal would wrap it. */
export function wrapped(text: string, width: number): string[] {
  const screen = new TerminalScreen(width);
  screen.write(text);
  return screen.lines();
}
