// A TCP proxy on 127.0.0.1 that delays every byte by a fixed one-way time in each
// direction: a stand-in for the internet between the app and a Hugging Face Space. It
// works below the websocket, so the upgrade handshake, audio frames, replies and the
// close all pay the delay, as they would on a real link. Order is kept (equal delays fire
// in the order they were set); bandwidth and jitter are not modelled.
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface DelayProxy {
  /** ws://127.0.0.1:PORT, pointing at the target through the delay. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startDelayProxy(targetUrl: string, oneWayMs: number): Promise<DelayProxy> {
  if (!Number.isFinite(oneWayMs) || oneWayMs < 0) throw new RangeError(`one-way delay must be a number of ms ≥ 0, not ${oneWayMs}`);
  const target = new URL(targetUrl);
  const targetPort = Number(target.port);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    forwardWithDelay(client, upstream, oneWayMs);
    forwardWithDelay(upstream, client, oneWayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}${target.pathname === '/' ? '' : target.pathname}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function forwardWithDelay(from: Socket, to: Socket, delayMs: number): void {
  from.on('data', (chunk) => {
    setTimeout(() => {
      if (!to.destroyed) to.write(chunk);
    }, delayMs);
  });
  // A half-close travels with the same delay, after the data sent before it.
  from.on('end', () => setTimeout(() => to.end(), delayMs));
}
