// The client against servers that fail in every way we know of: each failure must become
// a VoskError with the right code and a message that says what to do, never a crash or a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VoskConnection, type CloseInfo } from '../../electron/vosk/connection.js';
import type { VoskError, VoskErrorCode } from '../../electron/vosk/errors.js';
import { formatReply } from '../../electron/vosk/protocol.js';
import { closedPort, startHttpStatusServer, startWsServer, type MessageHandler } from './helpers/fake-servers.js';

const config = { sample_rate: 16000 };

// Not events.once: that rejects on the 'error' event we also want to observe.
function closedEvent(connection: VoskConnection): Promise<CloseInfo> {
  return new Promise((resolve) => connection.once('closed', resolve));
}

async function openFails(url: string, code: VoskErrorCode, message: RegExp, token?: string): Promise<void> {
  await assert.rejects(VoskConnection.open({ url, config, token, connectTimeoutMs: 5000 }), (error: VoskError) => {
    assert.equal(error.code, code, error.message);
    assert.match(error.message, message);
    if (token) assert.doesNotMatch(error.message, new RegExp(token), 'the token must never appear in messages');
    return true;
  });
}

test('connection refused', async () => {
  await openFails(`ws://127.0.0.1:${await closedPort()}`, 'refused', /connection refused.*server running/);
});

test('a host name that does not resolve', async () => {
  await openFails('wss://nonexistent.invalid', 'dns', /could not be found.*spelling/);
});

test('wss:// to a server without TLS', async (t) => {
  const server = await startWsServer(() => {});
  t.after(() => server.close());
  await openFails(`wss://127.0.0.1:${server.port}`, 'tls', /TLS.*ws:\/\//);
});

test('HTTP 404 on upgrade names both causes: wrong URL or private Space', async (t) => {
  const server = await startHttpStatusServer(404);
  t.after(() => server.close());
  await openFails(server.url, 'not-found', /URL is wrong.*private Space/);
});

test('HTTP 401 on upgrade asks for a token, or says the token was refused', async (t) => {
  const server = await startHttpStatusServer(401);
  t.after(() => server.close());
  await openFails(server.url, 'unauthorized', /needs an access token/);
  await openFails(server.url, 'unauthorized', /token was refused/, 'hf_topsecret');
  assert.equal(server.lastHeaders?.authorization, 'Bearer hf_topsecret');
});

test('other HTTP statuses on upgrade', async (t) => {
  const server = await startHttpStatusServer(503);
  t.after(() => server.close());
  await openFails(server.url, 'http', /HTTP 503.*asleep/);
});

test('a server that accepts TCP but never answers the upgrade: connect-timeout', async (t) => {
  const { createServer } = await import('node:net');
  const sockets: import('node:net').Socket[] = [];
  const silent = createServer((s) => sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  t.after(() => {
    sockets.forEach((s) => s.destroy());
    silent.close();
  });
  const port = (silent.address() as import('node:net').AddressInfo).port;
  await assert.rejects(VoskConnection.open({ url: `ws://127.0.0.1:${port}`, config, connectTimeoutMs: 300 }), {
    code: 'connect-timeout',
    message: /did not accept the connection within 0\.3 s/,
  });
});

/** Open against a hostile handler, send one audio frame, and collect what happens. */
async function afterOneFrame(handler: MessageHandler, replyTimeoutMs = 5000): Promise<{ errors: VoskError[]; closed: CloseInfo }> {
  const server = await startWsServer(handler);
  try {
    const connection = await VoskConnection.open({ url: server.url, config, replyTimeoutMs });
    const errors: VoskError[] = [];
    connection.on('error', (e) => errors.push(e));
    const closed = closedEvent(connection);
    connection.sendAudio(new Uint8Array(3200));
    const info = await closed;
    return { errors, closed: info };
  } finally {
    await server.close();
  }
}

const onAudio = (act: Parameters<MessageHandler>[0] extends infer S ? (socket: S) => void : never): MessageHandler =>
  (socket, _message, index) => {
    if (index >= 0) act(socket);
  };

for (const [closeCode, code, message] of [
  [1011, 'server-error', /internal error.*sample rate/],
  [1009, 'frame-too-big', /too big/],
  [4000, 'closed', /closed the connection unexpectedly \(code 4000 \("go away"\)\)/],
] as const) {
  test(`close ${closeCode} while replies are owed → ${code}`, async () => {
    const { errors, closed } = await afterOneFrame(onAudio((s) => s.close(closeCode, 'go away')));
    assert.equal(closed.code, closeCode);
    assert.equal(closed.error?.code, code);
    assert.match(closed.error?.message ?? '', message);
    assert.deepEqual(errors.map((e) => e.code), [code], 'reported once as an error event too');
  });
}

for (const [name, reply, message] of [
  ['garbage text', 'hello?', /not JSON/],
  ['JSON of the wrong shape', '{"banana": 1}', /unknown reply/],
  ['a JSON array', '[1,2]', /not an object/],
] as const) {
  test(`${name} as a reply → protocol error`, async () => {
    const { errors, closed } = await afterOneFrame(onAudio((s) => s.send(reply)));
    assert.equal(closed.error?.code, 'protocol');
    assert.match(closed.error?.message ?? '', message);
    assert.match(closed.error?.message ?? '', /Vosk server/);
    assert.equal(errors.length, 1);
  });
}

test('a binary reply → protocol error', async () => {
  const { closed } = await afterOneFrame(onAudio((s) => s.send(Buffer.from([1, 2, 3]))));
  assert.equal(closed.error?.code, 'protocol');
  assert.match(closed.error?.message ?? '', /binary data \(3 bytes\)/);
});

test('a reply larger than 1 MiB is refused without buffering it → protocol error', async () => {
  const huge = JSON.stringify({ partial: 'x'.repeat(2 * 1024 * 1024) });
  const { closed } = await afterOneFrame(onAudio((s) => s.send(huge)));
  assert.equal(closed.error?.code, 'protocol');
  assert.match(closed.error?.message ?? '', /larger than 1 MiB/);
});

test('more replies than messages sent → protocol error', async () => {
  const { closed } = await afterOneFrame(
    onAudio((s) => {
      s.send(formatReply({ kind: 'partial', partial: '' }));
      s.send(formatReply({ kind: 'partial', partial: '' }));
    }),
  );
  assert.equal(closed.error?.code, 'protocol');
  assert.match(closed.error?.message ?? '', /never sent/);
});

test('a server that stops answering → reply-timeout', async () => {
  const { errors, closed } = await afterOneFrame(() => {}, 300);
  assert.equal(closed.error?.code, 'reply-timeout');
  assert.match(closed.error?.message ?? '', /no reply for 0\.3 s with 1 message\(s\) unanswered/);
  assert.equal(errors[0]?.code, 'reply-timeout');
});

test('a clean close (1000) with replies still owed is not mistaken for success', async () => {
  const { closed } = await afterOneFrame(onAudio((s) => s.close(1000)));
  assert.equal(closed.error?.code, 'closed');
  assert.match(closed.error?.message ?? '', /1 message\(s\) unanswered/);
});

test('without an error listener, a hostile server still cannot crash the process', async (t) => {
  const server = await startWsServer(onAudio((s) => s.send('garbage')));
  t.after(() => server.close());
  const connection = await VoskConnection.open({ url: server.url, config });
  const closed = closedEvent(connection);
  connection.sendAudio(new Uint8Array(10));
  const info = await closed;
  assert.equal(info.error?.code, 'protocol');
});
