// `voskey serve` with limits the CLI does not offer, for benchmarks: bench/server-capacity.ts
// compares admission with and without the reply-lag and decode-load bounds, which `voskey
// serve` always sets. Runs the built server from dist/ (as users run it: its worker threads load
// compiled JavaScript, not TypeScript through tsx), prints its URL, stops on SIGTERM.
// Usage: node bench/helpers/serve-with-limits.ts '{"capacity":64,"maxReplyLagMs":null,"maxDecodeShare":null}'
// (null stands for no bound: JSON has no Infinity).
import { fileURLToPath } from 'node:url';
import type { ServerLimits } from '../../electron/engine/server-limits.js';

const server = fileURLToPath(new URL('../../dist/electron/engine/server.js', import.meta.url));
const { startBuiltinServer } = (await import(server)) as typeof import('../../electron/engine/server.js');
const limits = JSON.parse(process.argv[2] ?? '{}') as Partial<Record<keyof ServerLimits, unknown>>;
if (limits.maxReplyLagMs === null) limits.maxReplyLagMs = Infinity;
if (limits.maxDecodeShare === null) limits.maxDecodeShare = Infinity;
const running = await startBuiltinServer({ engine: 'sphinx', port: 0, limits: limits as Partial<ServerLimits> });
process.stdout.write(`${running.url}\n`);
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
