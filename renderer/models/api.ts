// window.voskey typed with the model channels (electron/models/channels.ts) until the lead
// merges them into electron/ipc.ts; then `modelsApi()` can become a plain `window.voskey`.

import type { ModelsInvokeChannels, ModelsMainEvents } from '../../electron/models/channels.js';

export interface ModelsApi {
  invoke<C extends keyof ModelsInvokeChannels>(
    channel: C,
    ...args: ModelsInvokeChannels[C]['args']
  ): Promise<ModelsInvokeChannels[C]['result']>;
  on<C extends keyof ModelsMainEvents>(channel: C, listener: (...args: ModelsMainEvents[C]) => void): () => void;
}

/** window.voskey seen through the model channels (same object, wider channel names). */
export function modelsApi(): ModelsApi {
  return window.voskey as unknown as ModelsApi;
}
