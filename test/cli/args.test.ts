import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCli, UsageError } from '../../electron/cli/args.js';

test('transcribe: flags, and the token from VOSKEY_TOKEN unless --token is given', () => {
  const fromEnv = parseCli(['transcribe', '-', '--server', 'wss://a-b.hf.space', '--json', '--partials'], { VOSKEY_TOKEN: 'hf_env' });
  assert.deepEqual(fromEnv, {
    command: 'transcribe', input: '-', server: 'wss://a-b.hf.space', token: 'hf_env', engine: 'sphinx',
    allowInsecure: false, json: true, partials: true, words: false, realtime: false,
  });
  const explicit = parseCli(['transcribe', 'x.wav', '--token', 'hf_flag'], { VOSKEY_TOKEN: 'hf_env' });
  assert.equal(explicit.command === 'transcribe' && explicit.token, 'hf_flag');
});

test('serve: defaults to 127.0.0.1:2700 with sphinx; vosk takes a model folder', () => {
  assert.deepEqual(parseCli(['serve']), { command: 'serve', host: '127.0.0.1', port: 2700, engine: 'sphinx' });
  assert.deepEqual(parseCli(['serve', '--engine', 'vosk', '--model', '/m', '--port', '0']), { command: 'serve', host: '127.0.0.1', port: 0, engine: 'vosk', modelDir: '/m' });
  assert.deepEqual(parseCli([]), { command: 'help' });
  assert.deepEqual(parseCli(['serve', '--help']), { command: 'help' });
});

test('contradictions and nonsense are usage errors that say what is wrong', () => {
  for (const [argv, message] of [
    [['serve', '--port', '70000'], /--port must be a number from 0 to 65535/],
    [['serve', '--port', 'abc'], /--port must be a number/],
    [['serve', '--json'], /--json cannot be used with serve/],
    [['transcribe', 'a.wav', '--host', 'x'], /--host cannot be used with transcribe/],
    [['transcribe', 'a.wav', 'b.wav'], /exactly one input/],
    [['transcribe', 'a.wav', '--server', 'ws://127.0.0.1:1', '--engine', 'vosk'], /cannot be used with --server/],
    [['transcribe', 'a.wav', '--model', '/m'], /--model is for --engine vosk/],
    [['transcribe', 'a.wav', '--server'], /--server/],
  ] as const) {
    assert.throws(() => parseCli([...argv]), (e: Error) => e instanceof UsageError && message.test(e.message), argv.join(' '));
  }
});
