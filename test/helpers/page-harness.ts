// A harness for testing Voskey's real pages in Chromium, with the test playing main.
//
// It serves dist/ over HTTP on 127.0.0.1 (a free port), launches Debian's Chromium (see
// chromium.ts; optionally with a WAV file as the microphone) and, before any page script
// runs, puts on the page a `window.voskey` of type VoskeyApi (electron/ipc.ts) — the same
// shape the preload exposes — whose traffic goes over a WebSocket to this process:
//
//   const harness = await startPageHarness({ fakeMicWav: speechFixture('hello').path });
//   harness.handle('overlay:get-state', () => IDLE_OVERLAY);     // InvokeChannels
//   harness.on('capture:frame', (pcm) => frames.push(pcm));       // RendererEvents; binary → Buffer
//   await harness.open('renderer/audio/capture.html');            // path under dist/
//   harness.emit('capture:start', options);                       // MainEvents → the page
//   const [end] = await harness.next('capture:ended');            // first one from now on
//   await harness.page.evaluate(...);                             // the Playwright Page
//   await harness.close();                                        // browser, servers, sockets
//
// Channels and payloads are typed from the maps in ipc.ts. An ArrayBuffer sent alone
// (audio frames) travels as a binary WebSocket message and arrives here as a Buffer;
// everything else is JSON, so payloads are copied as Electron's structured clone would.
// Events emitted before the page is connected wait and are delivered when it connects.
// An invoke with no handler rejects in the page with a message naming the channel.
// Pages keep their own Content-Security-Policy, enforced, with one change: its connect-src
// also allows this bridge's origin (in Electron the preload's IPC is not subject to the
// page's CSP; here the stand-in is a WebSocket, which is). So no need for bypassCSP.
// Build first (`npm run build`): the harness serves the compiled pages, it does not compile.

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { WebSocketServer, type WebSocket } from 'ws';
import type { InvokeChannels, MainEvents, RendererEvents } from '../../electron/ipc.js';
import { launchChromium, type ChromiumOptions } from './chromium.js';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
const BRIDGE_PATH = '/__voskey-harness';

export interface PageHarnessOptions extends ChromiumOptions {
  /** Served at "/"; default dist/. */
  root?: string;
  /** More folders to serve, by URL prefix, e.g. {"/fixtures/": FIXTURES_DIR}. */
  mounts?: Record<string, string>;
  /** Passed to browser.newContext (viewport, colorScheme, …). */
  context?: BrowserContextOptions;
}

type Handler<C extends keyof InvokeChannels> = (
  ...args: InvokeChannels[C]['args']
) => InvokeChannels[C]['result'] | Promise<InvokeChannels[C]['result']>;

/** RendererEvents as they arrive in Node: ArrayBuffers become Buffers. */
export type Received<C extends keyof RendererEvents> = BuffersFor<RendererEvents[C]>;
type BuffersFor<Args extends unknown[]> = { [K in keyof Args]: Args[K] extends ArrayBuffer ? Buffer : Args[K] };

type Listener<C extends keyof RendererEvents> = (...args: Received<C>) => void;

export interface PageHarness {
  page: Page;
  browser: Browser;
  /** e.g. http://127.0.0.1:41234/ */
  baseUrl: string;
  /** Loads a page by its path under the served root and waits for its load event. */
  open(path: string): Promise<void>;
  emit<C extends keyof MainEvents>(channel: C, ...args: MainEvents[C]): void;
  /** Returns a function that removes the listener. */
  on<C extends keyof RendererEvents>(channel: C, listener: Listener<C>): () => void;
  /** The next event on this channel (matching `accept`, if given); rejects after timeoutMs. */
  next<C extends keyof RendererEvents>(
    channel: C,
    accept?: (...args: Received<C>) => boolean,
    timeoutMs?: number,
  ): Promise<Received<C>>;
  /** Answers the page's invoke on this channel; replaces an earlier handler. */
  handle<C extends keyof InvokeChannels>(channel: C, handler: Handler<C>): void;
  /** Uncaught errors and console.error lines from the page, for "no errors" checks. */
  pageErrors: string[];
  close(): Promise<void>;
}

type FromPage =
  | { t: 'send'; channel: keyof RendererEvents; args: unknown[] }
  | { t: 'invoke'; id: number; channel: keyof InvokeChannels; args: unknown[] };

export async function startPageHarness(options: PageHarnessOptions = {}): Promise<PageHarness> {
  const http = createServer((req, res) => {
    // Chromium asks for a favicon on every page; a 404 would land in pageErrors.
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = resolveFile(new URL(req.url ?? '/', 'http://x').pathname, options.root ?? DIST_DIR, options.mounts ?? {});
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' });
    if (extname(file) === '.html') res.end(allowBridgeInCsp(readFileSync(file, 'utf8'), bridgeOrigin()));
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;
  const bridgeOrigin = () => baseUrl.replace(/^http/, 'ws').replace(/\/$/, '');

  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const sockets = new Set<WebSocket>();
  let waiting: string[] = [];

  const bridge = new WebSocketServer({ server: http, path: BRIDGE_PATH });
  bridge.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    for (const message of waiting) socket.send(message);
    waiting = [];
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        const { channel, payload } = decodeBinary(data as Buffer);
        dispatch(channel, [payload]);
        return;
      }
      const message = JSON.parse(String(data)) as FromPage;
      if (message.t === 'send') dispatch(message.channel, message.args);
      else void answer(socket, message.id, message.channel, message.args);
    });
  });

  function dispatch(channel: string, args: unknown[]): void {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(...args);
  }

  async function answer(socket: WebSocket, id: number, channel: string, args: unknown[]): Promise<void> {
    const handler = handlers.get(channel);
    let reply: object;
    try {
      if (!handler) throw new Error(`the test did not handle invoke('${channel}')`);
      reply = { t: 'result', id, ok: true, value: await handler(...args) };
    } catch (error) {
      reply = { t: 'result', id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    socket.send(JSON.stringify(reply));
  }

  const browser = await launchChromium(options);
  const context = await browser.newContext(options.context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.addInitScript({ content: bridgeScript(`${baseUrl.replace('http', 'ws')}${BRIDGE_PATH.slice(1)}`) });

  const harness: PageHarness = {
    page,
    browser,
    baseUrl,
    pageErrors,
    async open(path) {
      const relative = path.replace(/^\//, '');
      if (!resolveFile(`/${relative}`, options.root ?? DIST_DIR, options.mounts ?? {})) {
        throw new Error(`${relative} is not in ${options.root ?? DIST_DIR}: run npm run build first`);
      }
      await page.goto(baseUrl + relative);
    },
    emit(channel, ...args) {
      const message = JSON.stringify({ t: 'event', channel, args });
      if (sockets.size === 0) waiting.push(message);
      for (const socket of sockets) socket.send(message);
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      const untyped = listener as (...args: unknown[]) => void;
      set.add(untyped);
      return () => set.delete(untyped);
    },
    next(channel, accept, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          off();
          reject(new Error(`no '${channel}' from the page within ${timeoutMs} ms`));
        }, timeoutMs);
        const off = harness.on(channel, (...args) => {
          if (accept && !accept(...args)) return;
          clearTimeout(timer);
          off();
          resolve(args);
        });
      });
    },
    handle(channel, handler) {
      handlers.set(channel, handler as (...args: unknown[]) => unknown);
    },
    async close() {
      await browser.close().catch(() => undefined);
      for (const socket of sockets) socket.terminate();
      bridge.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
  return harness;
}

/**
 * The page's CSP meta tag with the bridge's origin added to connect-src (made from
 * default-src when absent, dropping 'none'); every other directive is left as it is.
 */
export function allowBridgeInCsp(html: string, origin: string): string {
  return html.replace(/<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi, (tag) =>
    tag.replace(/\bcontent=(["'])(.*?)\1/is, (_all, quote: string, policy: string) => `content=${quote}${withConnectSource(policy, origin)}${quote}`),
  );
}

function withConnectSource(policy: string, origin: string): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const named = (name: string) => directives.findIndex((d) => d.split(/\s+/)[0]!.toLowerCase() === name);
  const connect = named('connect-src');
  const fallback = named('default-src');
  const base = directives[connect >= 0 ? connect : fallback];
  if (base === undefined) return policy; // nothing restricts connections
  const sources = base.split(/\s+/).slice(1).filter((source) => source !== "'none'");
  const allowed = ['connect-src', ...sources, origin].join(' ');
  if (connect >= 0) directives[connect] = allowed;
  else directives.push(allowed);
  return directives.join('; ');
}

/** Binary page → Node message: [channel length: u8][channel: UTF-8][payload]. */
function decodeBinary(data: Buffer): { channel: string; payload: Buffer } {
  const length = data[0] ?? 0;
  return { channel: data.subarray(1, 1 + length).toString('utf8'), payload: data.subarray(1 + length) };
}

function resolveFile(urlPath: string, root: string, mounts: Record<string, string>): string | undefined {
  let base = root;
  let rest = urlPath;
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (urlPath.startsWith(prefix)) {
      base = dir;
      rest = urlPath.slice(prefix.length);
      break;
    }
  }
  const path = normalize(join(base, decodeURIComponent(rest)));
  // Never serve outside the folder, whatever "../" the URL holds.
  if (!path.startsWith(normalize(base + sep))) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
};

function contentType(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The page side, as plain JavaScript source (a Node function would carry the transpiler's
 * helpers into the page). Mirrors the preload: invoke, send, on — nothing else.
 */
function bridgeScript(socketUrl: string): string {
  return `(() => {
  const socket = new WebSocket(${JSON.stringify(socketUrl)});
  socket.binaryType = 'arraybuffer';
  const unsent = [];
  const listeners = new Map();
  const invokes = new Map();
  let nextId = 1;
  const encoder = new TextEncoder();
  function transmit(data) {
    if (socket.readyState === WebSocket.OPEN) socket.send(data);
    else if (socket.readyState === WebSocket.CONNECTING) unsent.push(data);
  }
  socket.onopen = () => { for (const data of unsent.splice(0)) socket.send(data); };
  socket.onclose = () => {
    for (const { reject } of invokes.values()) reject(new Error('the test harness connection closed'));
    invokes.clear();
  };
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.t === 'event') {
      for (const listener of [...(listeners.get(message.channel) || [])]) {
        try { listener(...message.args); } catch (error) { console.error(error); }
      }
    } else if (message.t === 'result') {
      const call = invokes.get(message.id);
      invokes.delete(message.id);
      if (!call) return;
      if (message.ok) call.resolve(message.value); else call.reject(new Error(message.error));
    }
  };
  const api = {
    invoke(channel, ...args) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        invokes.set(id, { resolve, reject });
        transmit(JSON.stringify({ t: 'invoke', id, channel, args }));
      });
    },
    send(channel, ...args) {
      if (args.length === 1 && args[0] instanceof ArrayBuffer) {
        const name = encoder.encode(channel);
        const out = new Uint8Array(1 + name.length + args[0].byteLength);
        out[0] = name.length;
        out.set(name, 1);
        out.set(new Uint8Array(args[0]), 1 + name.length);
        transmit(out.buffer);
      } else {
        transmit(JSON.stringify({ t: 'send', channel, args }));
      }
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return () => listeners.get(channel).delete(listener);
    },
  };
  Object.defineProperty(window, 'voskey', { value: Object.freeze(api), enumerable: true });
})();`;
}
