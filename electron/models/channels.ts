// The model manager's IPC channels, declared once (no Node imports, the renderer and the
// preload read them too): electron/ipc.ts composes them into the app's channel maps,
// handlers.ts answers them. Only the two pages with model controls may use them.

import { eventChannel, invokeChannel, type PageName } from '../ipc-channel.js';
import type { DownloadProgress, ModelsState } from './types.js';

/** The first-run window (download a model) and "Speech models…"; never the settings page. */
const MODEL_PAGES: readonly PageName[] = ['first-run', 'models'];

export const MODELS_INVOKE = {
  'models:state': invokeChannel<[], ModelsState>(MODEL_PAGES),
  /** Starts a download and returns at once; progress arrives as 'models:progress'. */
  'models:download': invokeChannel<[name: string], ModelsState>(MODEL_PAGES),
  'models:pause': invokeChannel<[name: string], void>(MODEL_PAGES),
  'models:resume': invokeChannel<[name: string], void>(MODEL_PAGES),
  'models:cancel': invokeChannel<[name: string], void>(MODEL_PAGES),
  'models:select': invokeChannel<[name: string], ModelsState>(MODEL_PAGES),
  'models:delete': invokeChannel<[name: string], ModelsState>(MODEL_PAGES),
};

export const MODELS_MAIN_EVENTS = {
  'models:progress': eventChannel<[progress: DownloadProgress]>(MODEL_PAGES),
};
