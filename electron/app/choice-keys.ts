// The digit keys of the "correct that" list: held from every other application only while
// the list shows, so the digit picks an alternative instead of being typed into the focused
// window, and given back the moment the list closes (a digit typed later is the user's).
// Plain Node: the shell grabs the keys (CoreShell.grabKeys, Electron's globalShortcut).

import type { CoreShell } from './shell-port.js';
import type { LogSink } from '../logging/log.js';

/** The keys 1–9 on the main row and the keypad (Electron accelerator names). */
function keysFor(count: number): Map<string, number> {
  const keys = new Map<string, number>();
  for (let n = 1; n <= Math.min(count, 9); n++) {
    keys.set(String(n), n);
    keys.set(`num${n}`, n);
  }
  return keys;
}

export class ChoiceKeys {
  private held: { count: number; release(): void } | undefined;

  constructor(
    private readonly grab: CoreShell['grabKeys'],
    private readonly choose: (number: number) => void,
    private readonly log?: LogSink,
  ) {}

  /** The list now shows `count` alternatives (0: it is closed): hold exactly their digits. */
  follow(count: number): void {
    if ((this.held?.count ?? 0) === count) return;
    this.held?.release();
    this.held = undefined;
    if (count === 0 || !this.grab) return;
    const keys = keysFor(count);
    const grabbed = this.grab([...keys.keys()], (accelerator) => {
      const number = keys.get(accelerator);
      if (number !== undefined) this.choose(number);
    });
    if (grabbed.refused.length > 0) this.log?.warn(`another application holds ${grabbed.refused.join(', ')}: say "choose N" instead of pressing it`);
    this.held = { count, release: () => grabbed.release() };
  }
}
