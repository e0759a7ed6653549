// A local HTTP server (127.0.0.1, port 0) that serves one archive the way a real download
// host might: with or without Range support, slowly (so a test can pause mid-body),
// cutting the connection once part-way, or stalling. Records each request's Range header.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArchiveServerOptions {
  body: Buffer;
  /** Answer Range requests with 206 (default true); false always sends 200 and the whole body. */
  ranges?: boolean;
  /** Bytes per chunk and delay between chunks; default: send everything at once. */
  chunkBytes?: number;
  chunkDelayMs?: number;
  /** On the first request only, destroy the socket after this many body bytes. */
  cutOnceAfter?: number;
  /** Send headers, then nothing (to exercise the idle timeout). */
  stall?: boolean;
  /** Answer every request with this status and no body. */
  status?: number;
  /** Send 200 with no Content-Length (chunked), as streaming hosts and proxies do. */
  noLength?: boolean;
}

export interface ArchiveServer {
  url: string;
  /** The Range header of each request, or null when it had none. */
  ranges: (string | null)[];
  close(): Promise<void>;
}

export async function startArchiveServer(options: ArchiveServerOptions): Promise<ArchiveServer> {
  const ranges: (string | null)[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((request, response) => {
    ranges.push(request.headers.range ?? null);
    if (options.status) {
      response.writeHead(options.status).end();
      return;
    }
    const total = options.body.length;
    let start = 0;
    const match = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
    if (match && options.ranges !== false) {
      start = Number(match[1]);
      if (start >= total) {
        response.writeHead(416, { 'content-range': `bytes */${total}` }).end();
        return;
      }
      response.writeHead(206, {
        'content-length': total - start,
        'content-range': `bytes ${start}-${total - 1}/${total}`,
        'accept-ranges': 'bytes',
      });
    } else {
      response.writeHead(200, options.noLength ? {} : { 'content-length': total });
    }
    if (options.stall) return;
    const cutAt = ranges.length === 1 ? options.cutOnceAfter : undefined;
    const chunk = options.chunkBytes ?? total;
    let at = start;
    const sendNext = (): void => {
      if (response.destroyed) return;
      if (cutAt !== undefined && at - start >= cutAt) {
        response.socket?.destroy();
        return;
      }
      const end = Math.min(total, at + chunk, cutAt !== undefined ? start + cutAt : total);
      const piece = options.body.subarray(at, end);
      at = end;
      if (at >= total) {
        response.end(piece);
        return;
      }
      response.write(piece);
      const timer = setTimeout(() => {
        timers.delete(timer);
        sendNext();
      }, options.chunkDelayMs ?? 0);
      timers.add(timer);
    };
    sendNext();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/model.zip`,
    ranges,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
