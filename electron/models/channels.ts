// The model manager's IPC channels as types (no Node imports, the renderer reads them too).
// electron/ipc.ts composes them into the app's channel maps; handlers.ts answers them.

import type { DownloadProgress, ModelsState } from './types.js';

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

/** The run-time list, spread into ipc.ts's INVOKE_CHANNELS and the pages' permissions. */
export const MODELS_INVOKE_CHANNELS = [
  'models:state',
  'models:download',
  'models:pause',
  'models:resume',
  'models:cancel',
  'models:select',
  'models:delete',
] as const satisfies readonly (keyof ModelsInvokeChannels)[];
