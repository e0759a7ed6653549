// The running Voskey's end of `voskey control`: listens on this user's channel
// (control-address.ts) and answers each request line with what the handler did. A socket
// file left by a Voskey that died is replaced; one that answers belongs to a Voskey that
// runs, and this one does not take it over.
import { chmodSync, unlinkSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { errorMessage } from '../common/error-message.js';
import { preparePrivateDir, type ControlAddress } from './control-address.js';
import { parseControlRequest, type ControlHandler, type ControlReply } from './control-protocol.js';

export interface ControlServer {
  readonly path: string;
  close(): Promise<void>;
}

/** Another Voskey of this user already answers on the channel. */
export class ControlBusyError extends Error {}

const MAX_REQUEST_BYTES = 1024;
const IDLE_CLOSE_MS = 5000;

export async function listenForControl(address: ControlAddress, handler: ControlHandler): Promise<ControlServer> {
  if (address.dir) preparePrivateDir(address.dir);
  const server = createServer((socket) => serve(socket, handler));
  try {
    await listen(server, address.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw listenFailure(error, address.path);
    // A Windows named pipe vanishes with its last handle, so one in use has a live owner.
    if (!address.dir || (await answers(address.path))) throw new ControlBusyError(`another Voskey of this user already answers voskey control (${address.path})`);
    // Nobody answers: the socket file of a Voskey that is gone.
    unlinkSync(address.path);
    await listen(server, address.path).catch((again: unknown) => Promise.reject(listenFailure(again, address.path)));
  }
  // The folder already keeps others out; the socket's own mode says so too.
  if (address.dir) chmodSync(address.path, 0o600);
  return {
    path: address.path,
    close: () =>
      new Promise<void>((resolve) => {
        // close() removes the socket file (Node unlinks a Unix socket it listened on).
        server.close(() => resolve());
      }),
  };
}

function serve(socket: Socket, handler: ControlHandler): void {
  let buffered = '';
  socket.setEncoding('utf8');
  socket.setTimeout(IDLE_CLOSE_MS, () => socket.destroy());
  socket.on('error', () => {}); // a client that went away: nothing to answer
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    const end = buffered.indexOf('\n');
    if (end < 0) {
      if (buffered.length > MAX_REQUEST_BYTES) reply(socket, { ok: false, message: 'the request is too long' });
      return;
    }
    const request = parseControlRequest(buffered.slice(0, end));
    if ('error' in request) return reply(socket, { ok: false, message: request.error });
    try {
      reply(socket, { ok: true, state: handler(request.action) });
    } catch (error) {
      reply(socket, { ok: false, message: errorMessage(error) });
    }
  });
}

function reply(socket: Socket, answer: ControlReply): void {
  socket.end(`${JSON.stringify(answer)}\n`);
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    server.once('error', failed);
    server.listen(path, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

/** True when something accepts a connection on the path. */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

function listenFailure(error: unknown, path: string): Error {
  return new Error(`cannot listen for voskey control on ${path}: ${errorMessage(error)}`);
}
