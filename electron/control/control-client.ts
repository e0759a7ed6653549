// `voskey control`'s end: sends one action to this user's running Voskey and returns its
// answer, or says plainly that none is running.
import { connect } from 'node:net';
import type { ControlAddress } from './control-address.js';
import { parseControlReply, type ControlAction, type ControlReply } from './control-protocol.js';

/** Nothing listens on the channel: no Voskey of this user is running. */
export class NotRunningError extends Error {}

const REPLY_TIMEOUT_MS = 5000;

export function sendControl(address: ControlAddress, action: ControlAction): Promise<ControlReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(address.path);
    let received = '';
    socket.setEncoding('utf8');
    socket.setTimeout(REPLY_TIMEOUT_MS, () => {
      socket.destroy();
      reject(new Error(`the running Voskey did not answer within ${REPLY_TIMEOUT_MS / 1000} s (${address.path})`));
    });
    socket.on('connect', () => socket.write(`${JSON.stringify({ action })}\n`));
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('end', () => {
      const line = received.split('\n')[0] ?? '';
      resolve(parseControlReply(line));
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') {
        reject(new NotRunningError(`no Voskey is running for this user (nothing answers on ${address.path}): start the app, or "voskey dictate --push-to-talk"`));
      } else {
        reject(new Error(`cannot reach the running Voskey on ${address.path}: ${error.message}`));
      }
    });
  });
}
