// The main side of the invoke channels as pages see them: one function per channel, typed
// from electron/ipc.ts. Each handler group picks the channels it answers.
import type { InvokeChannels } from '../../ipc.js';
import type { InvokeHandlersOf } from '../../ipc-channel.js';

export type PageHandlers = InvokeHandlersOf<InvokeChannels>;
