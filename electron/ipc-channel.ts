// How one IPC channel is declared: which pages may use it, with its signature carried as a
// type. One declaration per channel (in electron/ipc.ts, or the feature's own channels file
// it composes) gives the typed maps, the preload's run-time allow-list and the per-page
// permissions main checks, so they cannot drift apart. Pure and Node-free: the preload
// bundle and the renderer load it.

/** Voskey's pages; main checks every message's sender page against the channel's list. */
export type PageName = 'capture' | 'overlay' | 'settings' | 'transcript' | 'first-run' | 'models';

/** renderer → main with a reply: the pages that may call it. */
export interface InvokeChannel<Args extends unknown[], Result> {
  readonly pages: readonly PageName[];
  /** Never set at run time: only carries the signature to the types derived in ipc.ts. */
  readonly signature?: (...args: Args) => Result;
}

/** A fire-and-forget event: the pages that may send it (renderer → main) or receive it (main → renderer). */
export interface EventChannel<Args extends unknown[]> {
  readonly pages: readonly PageName[];
  /** Never set at run time: only carries the payload type. */
  readonly payload?: (...args: Args) => void;
}

export function invokeChannel<Args extends unknown[], Result>(pages: readonly PageName[]): InvokeChannel<Args, Result> {
  return { pages };
}

export function eventChannel<Args extends unknown[]>(pages: readonly PageName[]): EventChannel<Args> {
  return { pages };
}

/** `{ args, result }` of every channel in a declaration object. */
export type InvokeSignatures<Declared> = {
  [C in keyof Declared]: Declared[C] extends InvokeChannel<infer Args, infer Result> ? { args: Args; result: Result } : never;
};

/** The main side of a set of invoke channels: one function per channel, sync or async. */
export type InvokeHandlersOf<Signatures extends Record<string, { args: unknown[]; result: unknown }>> = {
  [C in keyof Signatures]: (...args: Signatures[C]['args']) => Signatures[C]['result'] | Promise<Signatures[C]['result']>;
};

/** The payload tuple of every event in a declaration object. */
export type EventPayloads<Declared> = {
  [C in keyof Declared]: Declared[C] extends EventChannel<infer Args> ? Args : never;
};

/** The channel names of a declaration object, typed (Object.keys returns string[]). */
export function channelNames<Declared extends object>(declared: Declared): (keyof Declared & string)[] {
  return Object.keys(declared) as (keyof Declared & string)[];
}
