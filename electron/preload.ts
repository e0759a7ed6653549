// The preload: puts exactly the VoskeyApi of ipc.ts on `window.voskey`, and nothing else.
// Never ipcRenderer itself, never the IpcRendererEvent (its `sender` is ipcRenderer).
//
// A sandboxed preload runs with a cut-down `require` that serves only 'electron' and a
// few builtins, and ESM preloads are refused under sandbox: so this file is bundled, with
// the channel lists it imports from ipc.ts, into one CommonJS file (scripts/bundle-preload.js,
// run by `npm run build`). ipc.ts is the one source of the channel names; nothing is copied.
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNELS, MAIN_EVENTS, RENDERER_EVENTS, type VoskeyApi } from './ipc.js';

function listed(list: readonly string[], channel: unknown): channel is string {
  return typeof channel === 'string' && list.includes(channel);
}

const api: VoskeyApi = {
  invoke(channel, ...args) {
    if (!listed(INVOKE_CHANNELS, channel)) {
      return Promise.reject(new Error(`voskey.invoke: unknown channel ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, ...args);
  },
  send(channel, ...args) {
    if (!listed(RENDERER_EVENTS, channel)) throw new Error(`voskey.send: unknown channel ${String(channel)}`);
    // An ArrayBuffer (capture:frame) crosses as binary by structured clone; no copying here.
    ipcRenderer.send(channel, ...args);
  },
  on(channel, listener) {
    if (!listed(MAIN_EVENTS, channel)) throw new Error(`voskey.on: unknown channel ${String(channel)}`);
    if (typeof listener !== 'function') throw new Error('voskey.on: listener must be a function');
    // Drop the event argument: pages get the payload only.
    const forward = (_event: unknown, ...args: unknown[]) => (listener as (...a: unknown[]) => void)(...args);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('voskey', api);
