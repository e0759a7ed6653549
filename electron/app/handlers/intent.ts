// A reply that also asks the shell to act on the window that sent the request: the
// first-run window closes itself by finishing. The handler says so in what it returns, so
// the shell applies intents without knowing which channel asked for one.

export type ShellIntent = 'close-sender';

export class WithIntent<Result> {
  constructor(
    readonly result: Result,
    readonly intent: ShellIntent,
  ) {}
}

/** What a main-side handler may return: the page's reply, or the reply with an intent. */
export type Reply<Result> = Result | WithIntent<Result>;
