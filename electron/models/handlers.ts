// One handler per 'models:*' channel, so main registers them in a loop and tests drive the
// real manager the same way the panel does. Arguments arrive from a page: check them.

import type { InvokeHandlersOf, InvokeSignatures } from '../ipc-channel.js';
import type { MODELS_INVOKE } from './channels.js';
import type { ModelManager } from './manager.js';

type Handlers = InvokeHandlersOf<InvokeSignatures<typeof MODELS_INVOKE>>;

function modelName(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) throw new Error('A model name is required.');
  return value;
}

/** `modelChosen`: the user picked a model to recognise with (the app then uses Vosk). */
export function modelsHandlers(manager: ModelManager, modelChosen: () => void = () => {}): Handlers {
  return {
    'models:state': () => manager.state(),
    'models:download': (name) => {
      // Progress and the outcome reach the page as 'models:progress' events.
      void manager.download(modelName(name));
      return manager.state();
    },
    'models:pause': (name) => manager.pause(modelName(name)),
    'models:resume': (name) => manager.resume(modelName(name)),
    'models:cancel': (name) => manager.cancel(modelName(name)),
    'models:select': (name) => {
      const state = manager.select(modelName(name));
      modelChosen();
      return state;
    },
    'models:delete': (name) => manager.delete(modelName(name)),
  };
}
