// A websocket relay between the app and a real Vosk server that records the audio frames
// passing through, so a test can compare what reached the server with what was spoken.
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

export interface WsTap {
  url: string;
  /** Binary messages the client sent, in order, over all connections. */
  audio: Buffer[];
  close(): Promise<void>;
}

export async function startWsTap(upstreamUrl: string): Promise<WsTap> {
  const audio: Buffer[] = [];
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  server.on('connection', (client) => {
    const upstream = new WebSocket(upstreamUrl);
    const pending: [RawData, boolean][] = [];
    upstream.on('open', () => {
      for (const [data, binary] of pending.splice(0)) upstream.send(data, { binary });
    });
    client.on('message', (data, binary) => {
      if (binary) audio.push(Buffer.from(data as Buffer));
      if (upstream.readyState === WebSocket.OPEN) upstream.send(data, { binary });
      else pending.push([data, binary]);
    });
    upstream.on('message', (data, binary) => client.send(data, { binary }));
    upstream.on('close', (code, reason) => client.close(code === 1005 ? 1000 : code, reason));
    client.on('close', () => upstream.close());
    upstream.on('error', () => client.terminate());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    audio,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
