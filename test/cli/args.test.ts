// test-needs: none (argument parsing only; "sphinx" is just a value here)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCli, USAGE, UsageError } from '../../electron/cli/args.js';

test('transcribe: flags, and the token from VOSKEY_TOKEN unless --token is given', () => {
  const fromEnv = parseCli(['transcribe', '-', '--server', 'wss://a-b.hf.space', '--json', '--partials'], { VOSKEY_TOKEN: 'hf_env' });
  assert.deepEqual(fromEnv, {
    command: 'transcribe', input: '-', server: 'wss://a-b.hf.space', token: 'hf_env', engine: 'sphinx',
    allowInsecure: false, json: true, partials: true, words: false, realtime: false, format: false, language: 'en', retrySeconds: 15,
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
  assert.deepEqual(parseCli(['serve', '--capacity', '6', '--decode-slots', '1']), {
    command: 'serve', host: '127.0.0.1', port: 2700, engine: 'sphinx', capacity: 6, decodeSlots: 1,
  });
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
    [['serve', '--capacity', '0'], /--capacity must be a whole number of streams from 1, not "0"/],
    [['serve', '--decode-slots', 'all'], /--decode-slots must be a whole number of decodes from 1, not "all"/],
    [['transcribe', 'a.wav', '--decode-slots', '2'], /--decode-slots cannot be used with transcribe/],
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

test('tokens: the help warns that --token shows in process listings; spaces and control characters are refused as in Settings', () => {
  assert.match(USAGE, /--token T .*visible to every local user \(ps\)/s);
  assert.match(USAGE, /Prefer VOSKEY_TOKEN in the environment,\s+or --token-file/);
  assert.match(USAGE, /--token-file PATH/);
  for (const bad of ['hf_a b', 'hf_a\tb', 'hf_a\u0000b', 'hf_a\u001bb', 'hf_a\u00a0b']) {
    assert.throws(() => parseCli(['transcribe', '-', '--token', bad]), (e: Error) => e instanceof UsageError && /--token: An access token has no spaces or control characters/.test(e.message), JSON.stringify(bad));
    assert.throws(() => parseCli(['transcribe', '-'], { VOSKEY_TOKEN: bad }), /VOSKEY_TOKEN: An access token/);
  }
  const fromFile = parseCli(['transcribe', '-', '--server', 'wss://a-b.hf.space', '--token-file', '/run/user/1000/hf-token'], { VOSKEY_TOKEN: 'hf_env' });
  assert.ok(fromFile.command === 'transcribe');
  assert.equal(fromFile.tokenFile, '/run/user/1000/hf-token');
  assert.equal(fromFile.token, undefined, 'the file wins over the environment');
  assert.throws(() => parseCli(['transcribe', '-', '--token', 'hf_a', '--token-file', '/x']), /use one/);
  assert.throws(() => parseCli(['serve', '--token-file', '/x']), /--token-file cannot be used with serve/);
  // Without --server the token would go nowhere: said, not silently ignored.
  assert.throws(() => parseCli(['transcribe', '-', '--token-file', '/x']), /--token-file is for a server given with --server/);
});

test('--allow-origin takes only what a browser can send as Origin: scheme://host[:port]', () => {
  const ok = parseCli(['serve', '--allow-origin', 'https://example.org', '--allow-origin', 'http://localhost:5173']);
  assert.ok(ok.command === 'serve');
  assert.deepEqual(ok.allowOrigins, ['https://example.org', 'http://localhost:5173']);
  assert.throws(() => parseCli(['serve', '--allow-origin', '*']), /--allow-origin needs an origin such as a browser sends .* not "\*"/);
  assert.throws(() => parseCli(['serve', '--allow-origin', '']), /--allow-origin needs an origin .* not ""/);
  assert.throws(() => parseCli(['serve', '--allow-origin', 'null']), /--allow-origin null cannot be allowed/);
  assert.throws(() => parseCli(['serve', '--allow-origin', 'https://example.org/app']), /without a path or trailing slash: https:\/\/example\.org, not/);
  assert.throws(() => parseCli(['serve', '--allow-origin', 'https://example.org/']), /without a path or trailing slash/);
  assert.throws(() => parseCli(['serve', '--allow-origin', 'file:///tmp/x']), /needs an http or https origin/);
});

test('a negative value says what is wrong with it, not that the argument is ambiguous', () => {
  assert.throws(() => parseCli(['transcribe', '-', '--auto-stop', '-1']), (e: Error) => e instanceof UsageError && e.message === '--auto-stop cannot be "-1": no value of it is negative or starts with "-".');
  assert.throws(() => parseCli(['serve', '--capacity', '-3']), /--capacity cannot be "-3"/);
});

test('dictate: stdin or the microphone, the transcribe options that apply, --no-settings and --push-to-talk', () => {
  assert.deepEqual(parseCli(['dictate']), { command: 'dictate', engine: 'sphinx', allowInsecure: false, live: false, useSettings: true, pushToTalk: false });
  const parsed = parseCli(['dictate', '-', '--server', 'ws://127.0.0.1:2700', '--live', '--auto-stop', '2', '--language', 'de', '--no-settings', '--push-to-talk']);
  assert.deepEqual(parsed, {
    command: 'dictate',
    input: '-',
    server: 'ws://127.0.0.1:2700',
    allowInsecure: false,
    engine: 'sphinx',
    language: 'de',
    live: true,
    autoStopSeconds: 2,
    useSettings: false,
    pushToTalk: true,
  });
  assert.throws(() => parseCli(['dictate', 'talk.wav']), /dictate takes - for raw audio on stdin, or nothing for the microphone/);
  assert.throws(() => parseCli(['dictate', '-', '--json']), /--json cannot be used with dictate/);
  assert.throws(() => parseCli(['transcribe', '-', '--push-to-talk']), /--push-to-talk cannot be used with transcribe/);
});

test('control: exactly one of begin, end, toggle, cancel', () => {
  assert.deepEqual(parseCli(['control', 'toggle']), { command: 'control', action: 'toggle' });
  assert.throws(() => parseCli(['control']), /control takes one of begin, end, toggle, cancel/);
  assert.throws(() => parseCli(['control', 'start']), /control takes one of begin, end, toggle, cancel \(got start\)/);
  assert.throws(() => parseCli(['control', 'begin', '--live']), /control takes no options/);
});
