// Small websocket servers for testing the client against good and hostile behaviour
// without a recognizer. Each listens on 127.0.0.1 port 0 and must be closed by the test.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { EOF_FRAME, RESET_FRAME, formatReply } from '../../../electron/vosk/protocol.js';

export interface TestServer {
  url: string;
  port: number;
  /** Every message the server received, text as string, binary as Buffer. */
  received: (string | Buffer)[];
  /** Headers of the last upgrade request. */
  lastHeaders?: Record<string, string | string[] | undefined>;
  close(): Promise<void>;
}

export type MessageHandler = (socket: WebSocket, message: string | Buffer, index: number) => void;

/** A websocket server that hands every message to `onMessage` (config included, index -1). */
export async function startWsServer(onMessage: MessageHandler): Promise<TestServer> {
  // A plain GET gets 426, like vosk-server (the probe relies on it).
  const http = createServer((_req, res) => res.writeHead(426, { 'content-type': 'text/plain' }).end('Upgrade Required'));
  const wss = new WebSocketServer({ server: http, maxPayload: 1024 * 1024 });
  const server: TestServer = { url: '', port: 0, received: [], close: () => closeAll(http, wss) };
  wss.on('connection', (socket, request) => {
    server.lastHeaders = request.headers;
    let index = 0;
    let configSeen = false;
    socket.on('message', (data: RawData, isBinary: boolean) => {
      const message = isBinary ? toBuffer(data) : toBuffer(data).toString('utf8');
      server.received.push(message);
      if (!configSeen && typeof message === 'string' && message.includes('"config"')) {
        configSeen = true;
        onMessage(socket, message, -1);
        return;
      }
      onMessage(socket, message, index++);
    });
  });
  await listen(http);
  server.port = (http.address() as AddressInfo).port;
  server.url = `ws://127.0.0.1:${server.port}`;
  return server;
}

/**
 * Behaves like vosk-server without recognizing anything: a partial for each audio frame
 * ("bytes N"), and a final text "frames F bytes B" for eof (then closes 1000) and reset.
 */
export function startEchoVoskServer(options: { resetSupported?: boolean } = {}): Promise<TestServer> {
  let frames = 0;
  let bytes = 0;
  return startWsServer((socket, message, index) => {
    if (index < 0) return;
    if (message === EOF_FRAME || message === RESET_FRAME) {
      if (message === RESET_FRAME && options.resetSupported === false) {
        socket.close(1011, 'unexpected message');
        return;
      }
      socket.send(formatReply({ kind: 'final', text: `frames ${frames} bytes ${bytes}` }));
      frames = 0;
      bytes = 0;
      if (message === EOF_FRAME) socket.close(1000);
      return;
    }
    if (typeof message === 'string') {
      socket.close(1011, 'text frame that is not eof');
      return;
    }
    frames++;
    bytes += message.length;
    socket.send(formatReply({ kind: 'partial', partial: `bytes ${bytes}` }));
  });
}

/**
 * Scripted, because the real vosk-server (Kaldi behind asr_server.py) cannot run on our build
 * machines: a server whose finals come only in the `{"alternatives": […]}` shape a Vosk
 * server sends with max_alternatives (no top-level "text"), pretty-printed, each word timed
 * without conf (vosk-api src/recognizer.cc, NbestResult). Every audio frame gets a partial;
 * every `finalEvery`-th frame of a connection, and eof, a final whose readings say how many
 * bytes it covers: "heard N bytes" (confidence 10.5) and "herd N bytes" (8.25), so a test
 * can add the finals up and find audio lost or counted twice. With `dropFirstAfter`, the
 * first connection is cut (no close frame) after that many audio frames.
 */
export function startAlternativesOnlyServer(options: { finalEvery?: number; dropFirstAfter?: number } = {}): Promise<TestServer & { connections(): number }> {
  const finalEvery = options.finalEvery ?? 4;
  let connections = 0;
  const uncovered = new WeakMap<WebSocket, number>();
  const final = (bytes: number): string =>
    JSON.stringify(
      {
        alternatives: [
          { text: `heard ${bytes} bytes`, confidence: 10.5, result: timedWords(['heard', String(bytes), 'bytes']) },
          { text: `herd ${bytes} bytes`, confidence: 8.25, result: timedWords(['herd', String(bytes), 'bytes']) },
        ],
      },
      null,
      4,
    );
  const started = startWsServer((socket, message, index) => {
    if (index < 0) {
      connections++;
      if (connections === 1 && options.dropFirstAfter !== undefined) uncovered.set(socket, -Infinity); // marks the doomed one
      return;
    }
    const doomed = uncovered.get(socket) === -Infinity;
    const bytes = doomed ? 0 : (uncovered.get(socket) ?? 0);
    if (message === EOF_FRAME || message === RESET_FRAME) {
      socket.send(final(bytes));
      uncovered.set(socket, 0);
      if (message === EOF_FRAME) socket.close(1000);
      return;
    }
    if (typeof message === 'string') return void socket.close(1011, 'text frame that is not eof');
    if (doomed) {
      if (index + 1 >= options.dropFirstAfter!) return void socket.terminate();
      socket.send(JSON.stringify({ partial: 'heard' }, null, 4));
      return;
    }
    const now = bytes + message.length;
    if ((index + 1) % finalEvery === 0) {
      socket.send(final(now));
      uncovered.set(socket, 0);
    } else {
      socket.send(JSON.stringify({ partial: `heard ${now}` }, null, 4));
      uncovered.set(socket, now);
    }
  });
  return started.then((server) => Object.assign(server, { connections: () => connections }));
}

function timedWords(words: string[]): { word: string; start: number; end: number }[] {
  return words.map((word, i) => ({ word, start: i * 0.5, end: i * 0.5 + 0.4 }));
}

/** Answers every websocket upgrade with a plain HTTP status (401, 404, 503, …). */
export async function startHttpStatusServer(status: number, body = ''): Promise<TestServer> {
  const http = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html' }).end(body);
  });
  const server: TestServer = { url: '', port: 0, received: [], close: () => closeAll(http) };
  http.on('upgrade', (request, socket) => {
    server.lastHeaders = request.headers;
    socket.end(`HTTP/1.1 ${status} Status ${status}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
  });
  await listen(http);
  server.port = (http.address() as AddressInfo).port;
  server.url = `ws://127.0.0.1:${server.port}`;
  return server;
}

/** A TCP port that accepts nothing (bound, then closed). */
export async function closedPort(): Promise<number> {
  const http = createServer();
  await listen(http);
  const port = (http.address() as AddressInfo).port;
  await closeAll(http);
  return port;
}

function listen(http: Server): Promise<void> {
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
}

async function closeAll(http: Server, wss?: WebSocketServer): Promise<void> {
  if (wss) {
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }
  http.closeAllConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
}

function toBuffer(data: RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}
