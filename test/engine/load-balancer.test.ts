// Several `voskey serve` instances behind an existing websocket-aware load balancer
// (HAProxy from Debian, least connections) on 127.0.0.1: more clients than one server
// holds are spread across both; a client refused at capacity (1013) retries through the
// proxy and is served once a place is free. The README's "Scale past one machine" section
// documents the same configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCli } from '../cli/run-cli.js';
import { speechFixture } from '../helpers/fixtures.js';
import { words } from '../helpers/wer.js';

const HAPROXY = '/usr/sbin/haproxy';
const CLI = fileURLToPath(new URL('../../dist/electron/cli.js', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function serve(capacity: number, t: { after(fn: () => void): void }): Promise<number> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--capacity', String(capacity)]);
  t.after(() => child.kill('SIGTERM'));
  const url = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  return Number(new URL(url).port);
}

/** The configuration the README shows, with this test's ports. */
export function haproxyConfig(listen: number, servers: number[]): string {
  return `global
  maxconn 1000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
frontend vosk
  bind 127.0.0.1:${listen}
  default_backend voskey
backend voskey
  balance leastconn
  option redispatch
  retries 2
${servers.map((port, i) => `  server s${i + 1} 127.0.0.1:${port} check inter 1s`).join('\n')}
`;
}

test('two voskey serve behind HAProxy (leastconn): clients spread over both, a refused client retried and served', { timeout: 180_000 }, async (t) => {
  if (!existsSync(HAPROXY)) {
    t.skip(`${HAPROXY} is missing: apt-get install haproxy`);
    return;
  }
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build`);
  // Capacity 1 and 2: three clients at once fill both; the fourth is refused until one ends.
  const backends = [await serve(1, t), await serve(2, t)];
  const listen = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'voskey-haproxy-'));
  writeFileSync(join(dir, 'haproxy.cfg'), haproxyConfig(listen, backends));
  const proxy: ChildProcess = spawn(HAPROXY, ['-db', '-f', join(dir, 'haproxy.cfg')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let proxyLog = '';
  proxy.stderr!.on('data', (d: Buffer) => (proxyLog += d.toString()));
  t.after(() => proxy.kill('SIGTERM'));
  await sleep(1500); // listening, and the first health checks passed

  const hello = speechFixture('hello');
  const clients = await Promise.all(
    Array.from({ length: 4 }, () =>
      runCli(['transcribe', hello.path, '--server', `ws://127.0.0.1:${listen}`, '--realtime', '--retry-seconds', '30'], { timeoutMs: 120_000 }),
    ),
  );
  for (const [i, result] of clients.entries()) {
    assert.equal(result.code, 0, `client ${i}: ${result.stderr}\nhaproxy: ${proxyLog}`);
    assert.ok(words(result.stdout).includes('hello'), `client ${i} heard "${result.stdout.trim()}"`);
  }
  const retried = clients.filter((r) => /busy|try again later|1013/i.test(r.stderr));
  console.log(`  4 clients over capacities 1 + 2: all served; ${retried.length} told the server was busy and retried`);
  assert.ok(retried.length >= 1, `with room for 3, one of 4 clients must have been refused and retried: ${clients.map((c) => c.stderr).join(' | ')}`);
});
