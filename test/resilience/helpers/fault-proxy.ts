// A TCP proxy for fault injection between client and server: it can cut every connection
// at once (as a crashed server or a dropped network does: the client sees 1006), and it
// can close connections that stay idle (as HTTP proxies and load balancers do).
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FaultProxy {
  url: string;
  port: number;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Connections closed for being idle. */
  readonly idleClosed: number;
  /** Destroy every open connection, both sides, without a close frame. */
  cutAll(): void;
  close(): Promise<void>;
}

export interface FaultProxyOptions {
  targetPort: number;
  /** Close a connection after this long without bytes in either direction. */
  idleCloseMs?: number;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let accepted = 0;
  let idleClosed = 0;
  const server: Server = createServer((client) => {
    accepted++;
    const upstream = connect(options.targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    if (options.idleCloseMs) {
      // Like a proxy: a polite FIN both ways, not a reset.
      const onIdle = (): void => {
        idleClosed++;
        pairs.delete(pair);
        client.end();
        upstream.end();
      };
      client.setTimeout(options.idleCloseMs, onIdle);
    }
    // Any byte either way counts as activity for the idle timer.
    if (options.idleCloseMs) upstream.on('data', () => client.setTimeout(options.idleCloseMs!));
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const cutAll = (): void => {
    for (const [client, upstream] of pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    pairs.clear();
  };
  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    get accepted() {
      return accepted;
    },
    get idleClosed() {
      return idleClosed;
    },
    cutAll,
    close() {
      cutAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
