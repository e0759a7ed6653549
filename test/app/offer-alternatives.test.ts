// Settings → Recognition → "Offer alternatives" is what the app asks a server for: the config
// a real websocket server on 127.0.0.1 receives when the app opens its socket (at start, to
// warm it) carries max_alternatives, and none at all when the setting is 0. (`words` is asked
// for too: marking unsure words, on by default, needs per-word confidences.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocketServer } from 'ws';
import { eventually } from '../helpers/eventually.js';
import { headlessCore } from './app-harness.js';

async function configSent(t: Parameters<typeof headlessCore>[0], alternatives: number | undefined): Promise<Record<string, unknown>> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const configs: Record<string, unknown>[] = [];
  server.on('connection', (socket) => socket.once('message', (data: Buffer) => void configs.push((JSON.parse(data.toString('utf8')) as { config: Record<string, unknown> }).config)));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const { core, data } = headlessCore(t);
  const { port } = server.address() as { port: number };
  const result = data.settings.update({ server: { url: `ws://127.0.0.1:${port}` }, ...(alternatives !== undefined ? { recognition: { alternatives } } : {}) });
  assert.ok(result.ok, JSON.stringify(result.errors));
  core.start();
  return eventually('the app sent its config', () => configs[0]);
}

test('by default the app asks for 3 alternatives', async (t) => {
  assert.deepEqual(await configSent(t, undefined), { sample_rate: 16000, max_alternatives: 3, words: true });
});

test('the count set in Settings is sent; 0 asks for none', async (t) => {
  assert.deepEqual(await configSent(t, 5), { sample_rate: 16000, max_alternatives: 5, words: true });
  assert.deepEqual(await configSent(t, 0), { sample_rate: 16000, words: true });
});

test('a count outside 0–5 is refused with a message, and the setting keeps its value', (t) => {
  const { data } = headlessCore(t);
  const result = data.settings.update({ recognition: { alternatives: 9 } });
  assert.equal(result.ok, false);
  assert.ok(result.errors['recognition.alternatives'], JSON.stringify(result.errors));
  assert.equal(data.settings.get().recognition.alternatives, 3);
});
