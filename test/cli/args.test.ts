// test-needs: none (argument parsing only; "sphinx" is just a value here)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCli, UsageError } from '../../electron/cli/args.js';

test('transcribe: flags, and the token from VOSKEY_TOKEN unless --token is given', () => {
  const fromEnv = parseCli(['transcribe', '-', '--server', 'wss://a-b.hf.space', '--json', '--partials'], { VOSKEY_TOKEN: 'hf_env' });
  assert.deepEqual(fromEnv, {
    command: 'transcribe', input: '-', server: 'wss://a-b.hf.space', token: 'hf_env', engine: 'sphinx',
    allowInsecure: false, json: true, partials: true, words: false, realtime: false, format: false, retrySeconds: 15,
  });
  const explicit = parseCli(['transcribe', 'x.wav', '--token', 'hf_flag'], { VOSKEY_TOKEN: 'hf_env' });
  assert.equal(explicit.command === 'transcribe' && explicit.token, 'hf_flag');
});

test('transcribe: --format, --buffer-seconds and --retry-seconds', () => {
  const parsed = parseCli(['transcribe', '-', '--format', '--buffer-seconds', '30', '--retry-seconds', '2.5']);
  assert.ok(parsed.command === 'transcribe');
  assert.equal(parsed.format, true);
  assert.equal(parsed.bufferSeconds, 30);
  assert.equal(parsed.retrySeconds, 2.5);
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
    [['transcribe', 'a.wav', '--buffer-seconds', 'lots'], /--buffer-seconds must be a number of seconds above 0, not "lots"/],
    [['transcribe', 'a.wav', '--retry-seconds', '0'], /--retry-seconds must be a number of seconds above 0/],
    [['serve', '--format'], /--format cannot be used with serve/],
  ] as const) {
    assert.throws(() => parseCli([...argv]), (e: Error) => e instanceof UsageError && message.test(e.message), argv.join(' '));
  }
});

test('transcribe: --live and --auto-stop', () => {
  const parsed = parseCli(['transcribe', '-', '--live', '--auto-stop', '2.5']);
  assert.ok(parsed.command === 'transcribe');
  assert.equal(parsed.live, true);
  assert.equal(parsed.autoStopSeconds, 2.5);
  assert.throws(() => parseCli(['transcribe', '-', '--auto-stop', 'soon']), /--auto-stop must be a number of seconds/);
  assert.throws(() => parseCli(['serve', '--live']), /--live cannot be used with serve/);
});
