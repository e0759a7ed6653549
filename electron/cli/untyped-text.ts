// What `voskey dictate` could not type (no desktop session, a refused window, a typing
// tool that failed) goes to stdout instead, so nothing said is lost; stderr says why, once.
import type { Writable } from 'node:stream';

export class UntypedText {
  private printed = false;
  private told = false;

  constructor(
    private readonly stdout: Writable,
    private readonly stderr: Writable,
  ) {}

  add(text: string, reason: string): void {
    if (!this.told) {
      this.told = true;
      this.stderr.write(`voskey: could not type (${reason}); printing the text instead.\n`);
    }
    if (!text) return;
    // The first piece starts a line of its own: no leading space from the formatter's spacing.
    this.stdout.write(this.printed ? text : text.trimStart());
    this.printed = true;
  }

  /** The printed text ends with a line break, so a shell prompt starts on its own line. */
  end(): void {
    if (this.printed) this.stdout.write('\n');
  }
}
