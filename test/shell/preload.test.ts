// Runs the real preload the way a sandboxed Electron renderer would: the bundle `npm run
// build` makes (scripts/bundle-preload.js), with a `require` that serves only 'electron'
// (here a recording fake). Checks that the bundle needs nothing else, and that
// window.voskey exposes the channels of ipc.ts and refuses every other one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { INVOKE_CHANNELS, MAIN_EVENTS, RENDERER_EVENTS, type VoskeyApi } from '../../electron/ipc.js';

interface Recorded {
  exposed: Map<string, unknown>;
  invoked: unknown[][];
  sent: unknown[][];
  listeners: Map<string, Set<(...args: unknown[]) => void>>;
  required: string[];
}

function loadPreload(): { api: VoskeyApi; rec: Recorded } {
  const bundle = new URL('../../dist/electron/preload.cjs', import.meta.url);
  if (!existsSync(bundle)) throw new Error(`${bundle.pathname} is missing: run npm run build`);
  const outputText = readFileSync(bundle, 'utf8');
  const rec: Recorded = { exposed: new Map(), invoked: [], sent: [], listeners: new Map(), required: [] };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => rec.exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        rec.invoked.push(args);
        return `reply to ${String(args[0])}`;
      },
      send: (...args: unknown[]) => rec.sent.push(args),
      on: (channel: string, fn: (...args: unknown[]) => void) => {
        if (!rec.listeners.has(channel)) rec.listeners.set(channel, new Set());
        rec.listeners.get(channel)!.add(fn);
      },
      removeListener: (channel: string, fn: (...args: unknown[]) => void) => rec.listeners.get(channel)?.delete(fn),
    },
  };
  const sandboxRequire = (name: string) => {
    rec.required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name} (sandboxed preloads cannot require it)`);
  };
  const module = { exports: {} };
  runInNewContext(outputText, { require: sandboxRequire, module, exports: module.exports, Promise, Error });
  const api = rec.exposed.get('voskey') as VoskeyApi;
  return { api, rec };
}

test('preload needs nothing but electron and exposes only window.voskey', () => {
  const { api, rec } = loadPreload();
  assert.deepEqual(rec.required, ['electron']);
  assert.deepEqual([...rec.exposed.keys()], ['voskey']);
  assert.deepEqual(Object.keys(api).sort(), ['invoke', 'on', 'send']);
});

test('every invoke channel of ipc.ts goes through with its arguments; others are refused', async () => {
  const { api, rec } = loadPreload();
  for (const channel of INVOKE_CHANNELS) {
    assert.equal(await (api.invoke as (c: string, ...a: unknown[]) => Promise<unknown>)(channel, 'arg'), `reply to ${channel}`);
  }
  assert.deepEqual(rec.invoked.map((c) => c[0]), [...INVOKE_CHANNELS]);
  assert.deepEqual(rec.invoked[0], ['settings:get', 'arg']);
  const invokeAny = api.invoke as (c: unknown) => Promise<unknown>;
  for (const bad of ['capture:frame', 'settings:get-token', 'history:list ', '', 42, undefined]) {
    await assert.rejects(invokeAny(bad), /unknown channel/, String(bad));
  }
  assert.equal(rec.invoked.length, INVOKE_CHANNELS.length, 'refused calls never reach ipcRenderer');
});

test('every renderer event goes through, audio frames as the same ArrayBuffer; others are refused', () => {
  const { api, rec } = loadPreload();
  const pcm = new Int16Array([1, -2, 3]).buffer;
  for (const channel of RENDERER_EVENTS) (api.send as (c: string, ...a: unknown[]) => void)(channel, pcm);
  assert.deepEqual(rec.sent.map((c) => c[0]), [...RENDERER_EVENTS]);
  assert.equal(rec.sent[0]![1], pcm, 'frame passed as is, not copied or converted');
  const sendAny = api.send as (c: unknown) => void;
  for (const bad of ['settings:update', 'overlay:state', 'capture:frame\u0000']) {
    assert.throws(() => sendAny(bad), /unknown channel/);
  }
  assert.equal(rec.sent.length, RENDERER_EVENTS.length);
});

test('main events reach listeners without the IPC event, and the remover unsubscribes', () => {
  const { api, rec } = loadPreload();
  for (const channel of MAIN_EVENTS) {
    const got: unknown[][] = [];
    const off = (api.on as (c: string, l: (...a: unknown[]) => void) => () => void)(channel, (...args) => got.push(args));
    const [listener] = rec.listeners.get(channel)!;
    listener!({ sender: 'ipcRenderer must not leak' }, 'payload', 2);
    assert.deepEqual(got, [['payload', 2]], channel);
    off();
    assert.equal(rec.listeners.get(channel)!.size, 0, `${channel} listener removed`);
  }
  const onAny = api.on as (c: unknown, l: unknown) => unknown;
  assert.throws(() => onAny('capture:frame', () => {}), /unknown channel/);
  assert.throws(() => onAny('settings:changed', 'not a function'), /listener must be a function/);
});
