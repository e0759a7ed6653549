// `voskey serve`: the built-in server in the foreground until SIGINT/SIGTERM.
import { once } from 'node:events';
import { exitNow } from '../engine/exit-now.js';
import { startBuiltinServer } from '../engine/server.js';
import { SERVE_MAX_DECODE_SHARE, SERVE_MAX_REPLY_LAG_MS } from '../engine/server-limits.js';
import type { ServeCommand } from './args.js';
import { CliFailure, EXIT } from './exit.js';
import type { CliIo } from './transcribe-command.js';
import { errorMessage } from '../common/error-message.js';

/** SIGTERM to exit: well inside the 2 s a service manager or a user waits. */
const SHUTDOWN_DEADLINE_MS = 1300;

export async function runServe(command: ServeCommand, io: Omit<CliIo, 'stdin'>): Promise<void> {
  let server;
  try {
    server = await startBuiltinServer({
      engine: command.engine,
      ...(command.modelDir ? { modelDir: command.modelDir } : {}),
      host: command.host,
      port: command.port,
      limits: {
        maxReplyLagMs: SERVE_MAX_REPLY_LAG_MS,
        maxDecodeShare: SERVE_MAX_DECODE_SHARE,
        ...(command.capacity !== undefined ? { capacity: command.capacity } : {}),
        ...(command.decodeSlots !== undefined ? { decodeSlots: command.decodeSlots } : {}),
        ...(command.allowOrigins ? { allowedOrigins: command.allowOrigins } : {}),
      },
      // Whoever runs the server sees why a client was turned away, not just the client.
      onRefuse: (reason) => io.stderr.write(`${new Date().toISOString()} refused a client: ${reason}\n`),
    });
  } catch (error) {
    const message = errorMessage(error);
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' || /EADDRINUSE/.test(message);
    throw new CliFailure(EXIT.server, inUse ? `Port ${command.port} on ${command.host} is already in use: pick another with --port.` : `The built-in ${command.engine} server could not start: ${message}`);
  }
  io.stdout.write(`${server.url}\n`);
  io.stderr.write(`Voskey ${command.engine} server listening on ${server.url} (up to ${server.limits.capacity} streams at once); Ctrl+C stops it.\n`);
  const stop = new AbortController();
  await Promise.race([once(process, 'SIGINT', { signal: stop.signal }), once(process, 'SIGTERM', { signal: stop.signal })]);
  stop.abort();
  io.stderr.write('Stopping…\n');
  // close() ends every client and idle worker within its own deadline, but a model load
  // or decode in progress cannot be interrupted; the process need not wait for it: the
  // caller exits, and the OS takes the memory back.
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    server.close().then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), SHUTDOWN_DEADLINE_MS))),
  ]);
  clearTimeout(timer);
  if (!stopped) {
    io.stderr.write('Stopped without waiting for a recognizer that was still loading.\n');
    exitNow(0); // stderr is a pipe or a terminal: written synchronously on Linux, so nothing is lost
  }
}
