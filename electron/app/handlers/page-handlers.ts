// The main side of the invoke channels, typed from electron/ipc.ts: one function per
// channel. Each handler group answers some of them (`satisfies Partial<ShellHandlers>`,
// so a new channel needs no list of names beside its handler); invoke-handlers.ts checks
// that the groups together answer every channel.
import type { InvokeChannels } from '../../ipc.js';
import type { InvokeHandlersOf } from '../../ipc-channel.js';
import type { Reply } from './intent.js';

/** Handlers as the pages see them: the reply only. */
export type PageHandlers = InvokeHandlersOf<InvokeChannels>;

/** Handlers as the shell sees them: a reply may carry an intent for the shell. */
export type ShellHandlers = {
  [C in keyof InvokeChannels]: (
    ...args: InvokeChannels[C]['args']
  ) => Reply<InvokeChannels[C]['result']> | Promise<Reply<InvokeChannels[C]['result']>>;
};
