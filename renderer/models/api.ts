// The model manager's IPC channels, typed here until the lead adds them to electron/ipc.ts
// (copy ModelsInvokeChannels into InvokeChannels and ModelsMainEvents into MainEvents, and
// the names into the run-time lists). Then `modelsApi` becomes a plain `window.voskey`.

import type { DownloadProgress, ModelsState } from '../../electron/models/types.js';

export interface ModelsInvokeChannels {
  'models:state': { args: []; result: ModelsState };
  /** Starts a download and returns at once; progress arrives as 'models:progress'. */
  'models:download': { args: [name: string]; result: ModelsState };
  'models:pause': { args: [name: string]; result: void };
  'models:resume': { args: [name: string]; result: void };
  'models:cancel': { args: [name: string]; result: void };
  'models:select': { args: [name: string]; result: ModelsState };
  'models:delete': { args: [name: string]; result: ModelsState };
}

export interface ModelsMainEvents {
  'models:progress': [progress: DownloadProgress];
}

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
