// The preload: puts exactly the VoskeyApi of ipc.ts on `window.voskey`, and nothing else.
// Never ipcRenderer itself, never the IpcRendererEvent (its `sender` is ipcRenderer).
//
// Why the channel lists are copied here: a sandboxed preload runs with a cut-down
// `require` that serves only 'electron' and a few builtins, so it cannot load ipc.js at
// run time, and ESM preloads are refused under sandbox. The copies below stay honest two
// ways: the `InSync` checks make tsc fail if a list differs from ipc.ts in any name or
// order, and test/shell/preload.test.ts runs this file against ipc.ts's values. ipc.ts
// stays the one source of truth; these lines are its checked echo.
import { contextBridge, ipcRenderer } from 'electron';
import type * as Contract from './ipc.js' with { 'resolution-mode': 'import' };

const INVOKE_CHANNELS = [
  'settings:get',
  'settings:update',
  'settings:test-connection',
  'history:list',
  'history:delete',
  'history:clear',
  'history:copy',
  'history:export',
  'history:archives',
  'history:export-archive',
  'overlay:get-state',
  'dictation:toggle',
  'audio:list-devices',
  'app:info',
  'first-run:finish',
  'models:state',
  'models:download',
  'models:pause',
  'models:resume',
  'models:cancel',
  'models:select',
  'models:delete',
] as const;

const RENDERER_EVENTS = ['capture:frame', 'capture:level', 'capture:ended', 'capture:devices', 'capture:started'] as const;

const MAIN_EVENTS = [
  'capture:start',
  'capture:stop',
  'capture:list-devices',
  'overlay:state',
  'settings:changed',
  'capture:prepare',
  'history:changed',
  'models:progress',
] as const;

type InSync<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const invokeInSync: InSync<typeof INVOKE_CHANNELS, typeof Contract.INVOKE_CHANNELS> = true;
const rendererInSync: InSync<typeof RENDERER_EVENTS, typeof Contract.RENDERER_EVENTS> = true;
const mainInSync: InSync<typeof MAIN_EVENTS, typeof Contract.MAIN_EVENTS> = true;
void [invokeInSync, rendererInSync, mainInSync];

function listed(list: readonly string[], channel: unknown): channel is string {
  return typeof channel === 'string' && list.includes(channel);
}

const api: Contract.VoskeyApi = {
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
