// The one way a page reaches the main process: the API the preload (or a test harness)
// puts on window.voskey. A page opened any other way fails with a message saying so,
// instead of "cannot read properties of undefined" deep inside a handler.

import type { VoskeyApi } from '../../electron/ipc.js';

export function voskeyApi(): VoskeyApi {
  const api = (window as Partial<Window>).voskey;
  if (!api) {
    throw new Error('window.voskey is missing: open this page from Voskey (its preload provides the API) or a test harness');
  }
  return api;
}
