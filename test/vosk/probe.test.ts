// "Test connection" against local servers: up, down, not Vosk, insecure; and the Hugging
// Face answers (private, asleep) through the same judgement the probe applies to a GET.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeHttpAnswer, probeServer } from '../../electron/vosk/probe.js';
import { closedPort, startEchoVoskServer, startHttpStatusServer, startWsServer } from './helpers/fake-servers.js';

test('a Vosk server that is up', async (t) => {
  const server = await startEchoVoskServer();
  t.after(() => server.close());
  const probe = await probeServer(server.url, undefined, 5000);
  assert.equal(probe.ok, true, JSON.stringify(probe));
  assert.match(probe.detail, /Vosk server is answering/);
});

test('nothing listening → unreachable, with the reason', async () => {
  const probe = await probeServer(`ws://127.0.0.1:${await closedPort()}`, undefined, 5000);
  assert.deepEqual(probe.ok ? 'ok' : probe.problem, 'unreachable');
  assert.match(probe.detail, /connection refused/);
});

test('an unresolvable host → unreachable', async () => {
  const probe = await probeServer('wss://nonexistent.invalid', undefined, 5000);
  assert.equal(probe.ok ? 'ok' : probe.problem, 'unreachable');
  assert.match(probe.detail, /could not be found/);
});

test('a web server that is not Vosk → not-vosk', async (t) => {
  const server = await startHttpStatusServer(200, '<html>hello</html>');
  t.after(() => server.close());
  const probe = await probeServer(server.url, undefined, 5000);
  assert.equal(probe.ok ? 'ok' : probe.problem, 'not-vosk');
  assert.match(probe.detail, /not a Vosk server/);
});

test('a websocket server that talks nonsense → not-vosk', async (t) => {
  const server = await startWsServer((socket, _m, index) => index >= 0 && socket.send('nonsense'));
  t.after(() => server.close());
  const probe = await probeServer(server.url, undefined, 5000);
  assert.equal(probe.ok ? 'ok' : probe.problem, 'not-vosk');
});

test('a server that wants a token → needs-token', async (t) => {
  const server = await startHttpStatusServer(401);
  t.after(() => server.close());
  const probe = await probeServer(server.url, undefined, 5000);
  assert.equal(probe.ok ? 'ok' : probe.problem, 'needs-token');
});

test('ws:// to another machine is reported insecure without being contacted; nonsense is bad-url', async () => {
  const insecure = await probeServer('ws://10.255.255.1:2700', undefined, 5000);
  assert.equal(insecure.ok ? 'ok' : insecure.problem, 'insecure');
  const bad = await probeServer('ftp://x', undefined, 5000);
  assert.equal(bad.ok ? 'ok' : bad.problem, 'bad-url');
});

test('Hugging Face answers: 404 is a private Space or a wrong name; 503 or a wake page is asleep', () => {
  const space = { host: 'owner-space.hf.space', path: '/', space: true, hasToken: false };
  const judge = (status: number, body = '', hasToken = false) => {
    const v = judgeHttpAnswer(status, body, { ...space, hasToken });
    return v && !v.ok ? `${v.problem}: ${v.detail}` : v ? 'ok' : 'ask the websocket';
  };
  assert.match(judge(404), /^needs-token: .*private Space.*name is wrong/);
  assert.match(judge(404, '', true), /^bad-url: .*token cannot see it/);
  assert.match(judge(503), /^asleep/);
  assert.match(judge(200, '<h1>This Space is sleeping</h1>'), /^asleep/);
  assert.equal(judge(426), 'ask the websocket');
  assert.match(judge(403, '', true), /^needs-token: .*refused the access token/);
  // Off Hugging Face a 503 says nothing about sleep: let the websocket decide.
  assert.equal(judgeHttpAnswer(503, '', { ...space, space: false }), undefined);
});
