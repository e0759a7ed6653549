import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateServerUrl } from '../../electron/vosk/url.js';

function accepted(input: string, allowInsecure = false): { href: string; local: boolean } {
  const result = validateServerUrl(input, allowInsecure);
  assert.ok(result.ok, `expected ${input} to be accepted, got: ${result.ok ? '' : result.message}`);
  return { href: result.url.href, local: result.local };
}

function refused(input: string, allowInsecure = false): string {
  const result = validateServerUrl(input, allowInsecure);
  assert.ok(!result.ok, `expected ${input} to be refused`);
  return result.message;
}

test('wss and local ws URLs are accepted as typed', () => {
  assert.deepEqual(accepted('wss://owner-space.hf.space'), { href: 'wss://owner-space.hf.space/', local: false });
  assert.deepEqual(accepted('ws://127.0.0.1:2700'), { href: 'ws://127.0.0.1:2700/', local: true });
  assert.deepEqual(accepted('  ws://localhost:2700/asr '), { href: 'ws://localhost:2700/asr', local: true });
  assert.equal(accepted('ws://[::1]:2700').local, true);
});

test('http(s) URLs become ws(s), a bare Space host becomes wss', () => {
  assert.equal(accepted('https://owner-space.hf.space').href, 'wss://owner-space.hf.space/');
  assert.equal(accepted('http://127.0.0.1:2700').href, 'ws://127.0.0.1:2700/');
  assert.equal(accepted('owner-space.hf.space').href, 'wss://owner-space.hf.space/');
  assert.equal(accepted('localhost:2700').href, 'ws://localhost:2700/');
});

test('unencrypted ws:// to another machine is refused unless explicitly allowed', () => {
  const message = refused('ws://192.168.1.20:2700');
  assert.match(message, /unencrypted/);
  assert.match(message, /wss:\/\//);
  assert.equal(accepted('ws://192.168.1.20:2700', true).local, false);
});

test('nonsense gets a message that says what is wrong', () => {
  assert.match(refused(''), /Enter a server URL/);
  assert.match(refused('ftp://example.com'), /not a websocket address/);
  assert.match(refused('wss://exa mple.com'), /spaces/);
  assert.match(refused('wss://'), /not a valid URL|no host/);
  assert.match(refused('wss://user:secret@example.com'), /token field/);
});
