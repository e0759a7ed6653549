// The real `voskey` command against the real built-in PocketSphinx server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readWav } from '../../electron/audio/wav.js';
import { speechFixture } from '../helpers/fixtures.js';
import { pcmWav } from '../helpers/pcm-wav.js';
import { wordErrorRate, words } from '../helpers/wer.js';
import { collect, runCli, startCli } from './run-cli.js';
import { startEchoVoskServer, startWsServer } from '../vosk/helpers/fake-servers.js';

const hello = speechFixture('hello');
const weather = speechFixture('weather');

function assertHeard(reference: string, heard: string, keyWords: string[]): void {
  const wer = wordErrorRate(reference, heard);
  assert.ok(wer <= 0.4, `WER ${(wer * 100).toFixed(0)} % for "${heard}" (said "${reference}")`);
  for (const w of keyWords) assert.ok(words(heard).includes(w), `"${w}" missing from "${heard}"`);
}

test('transcribe FILE.wav with the built-in server prints the words', async () => {
  const result = await runCli(['transcribe', hello.path]);
  assert.equal(result.code, 0, result.stderr);
  assertHeard(hello.text, result.stdout, ['hello']);
  assert.equal(result.stdout.trim().split('\n').length, 1, 'one utterance, one line');
});

test('--json --words --partials: one JSON object per line, partials and finals with word times', async () => {
  const result = await runCli(['transcribe', weather.path, '--json', '--words', '--partials']);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; text: string; words?: { word: string; start: number; end: number; conf: number }[] });
  const finals = lines.filter((l) => l.type === 'final');
  assert.ok(lines.some((l) => l.type === 'partial'), 'partials were asked for');
  assert.ok(finals.length >= 1);
  for (const l of lines) assert.deepEqual(Object.keys(l).sort(), l.type === 'final' ? ['text', 'type', 'words'] : ['text', 'type']);
  assertHeard(weather.text, finals.map((f) => f.text).join(' '), ['weather', 'park']);
  const timed = finals.flatMap((f) => f.words ?? []);
  assert.ok(timed.length >= 5 && timed.every((w) => w.end >= w.start && typeof w.conf === 'number'), JSON.stringify(timed));
});

test('transcribe - streams stdin: a final is printed before stdin ends, and end of stdin finishes', async () => {
  // hello, 1.2 s of silence (an endpoint), then weather: the first final must arrive while
  // stdin is still open, which proves finals are printed as they come, not at the end.
  const helloPcm = readWav(readFileSync(hello.path)).pcm;
  const weatherPcm = readWav(readFileSync(weather.path)).pcm;
  const silence = Buffer.alloc(16000 * 2 * 1.5);
  const child = startCli(['transcribe', '-']);
  const done = collect(child, undefined, 60_000);
  const lines = createInterface({ input: child.stdout });
  const firstLine = new Promise<string>((resolve) => lines.once('line', resolve));
  child.stdin.write(Buffer.concat([helloPcm, silence]));
  const first = await firstLine;
  assertHeard(hello.text, first, ['hello']);
  child.stdin.end(Buffer.concat([weatherPcm, silence.subarray(1)])); // an odd byte count must not matter
  const result = await done;
  assert.equal(result.code, 0, result.stderr);
  const rest = result.stdout.trim().split('\n').slice(1).join(' ');
  assertHeard(weather.text, rest, ['weather']);
});

test('bad arguments: exit 1 with a message and a pointer to --help', async () => {
  for (const [args, message] of [
    [['transcribe', hello.path, '--bogus'], /Unknown option '--bogus'/],
    [['transcribe'], /exactly one input/],
    [['dance'], /Unknown command "dance"/],
    [['transcribe', hello.path, '--engine', 'whisper'], /--engine must be sphinx or vosk/],
    [['transcribe', hello.path, '--server', 'ws://10.1.2.3:2700'], /unencrypted.*--allow-insecure/],
  ] as const) {
    const result = await runCli([...args]);
    assert.equal(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message);
    assert.equal(result.stdout, '');
  }
});

test('bad input files: exit 2 with the reason', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const text = join(dir, 'notes.wav');
  writeFileSync(text, 'shopping list: milk, eggs\n');
  const truncated = join(dir, 'cut.wav');
  writeFileSync(truncated, readFileSync(hello.path).subarray(0, 5000));
  for (const [file, message] of [
    [join(dir, 'missing.wav'), /Cannot read .*missing\.wav: no such file/],
    [text, /notes\.wav is not a WAV file/],
    [truncated, /cut\.wav is truncated/],
    [dir, /it is a folder/],
  ] as const) {
    const result = await runCli(['transcribe', file]);
    assert.equal(result.code, 2, `${file}: ${result.stderr}`);
    assert.match(result.stderr, message);
  }
});

test('a WAV with no samples (empty data chunk, or 65,535 channels and a few bytes) or a single sample exits 2 saying so', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const empty = join(dir, 'empty.wav');
  writeFileSync(empty, pcmWav(Buffer.alloc(0)));
  const wide = join(dir, 'wide.wav');
  writeFileSync(wide, pcmWav(Buffer.alloc(3200, 1), 65535));
  const one = join(dir, 'one.wav');
  writeFileSync(one, pcmWav(Buffer.alloc(2, 1)));
  for (const [file, message] of [
    [empty, /empty\.wav holds no audio: its data chunk is empty/],
    [wide, /wide\.wav holds no audio: .*65535 channels/],
    [one, /one\.wav holds only 1 sample of audio \(under 10 ms\), too short to hold any speech/],
  ] as const) {
    const result = await runCli(['transcribe', file]);
    assert.equal(result.code, 2, `${file}: ${result.stderr}`);
    assert.match(result.stderr, message);
    assert.equal(result.stdout, '');
  }
});

test('a server that cannot be reached: exit 3 with the reason', async () => {
  const result = await runCli(['transcribe', hello.path, '--server', 'ws://127.0.0.1:1']);
  assert.equal(result.code, 3, result.stderr);
  assert.match(result.stderr, /refused/);
});

test('serve prints its URL, answers transcribe --server, and stops cleanly on SIGTERM', async () => {
  const server = startCli(['serve', '--port', '0']);
  const stopped = collect(server, undefined, 60_000);
  const url = await new Promise<string>((resolve) => createInterface({ input: server.stdout }).once('line', resolve));
  assert.match(url, /^ws:\/\/127\.0\.0\.1:\d+/);
  const result = await runCli(['transcribe', hello.path, '--server', url]);
  assert.equal(result.code, 0, result.stderr);
  assertHeard(hello.text, result.stdout, ['hello']);
  server.kill('SIGTERM');
  const end = await stopped;
  assert.equal(end.code, 0, end.stderr);
});

test('transcribe - with a server that fails mid-stream exits 3 at once, without waiting for stdin to end', async (t) => {
  const server = await startWsServer((socket, _message, index) => {
    if (index >= 0) socket.close(1011, 'recognizer crashed');
  });
  t.after(() => server.close());
  const child = startCli(['transcribe', '-', '--server', server.url]);
  const done = collect(child, undefined, 30_000);
  child.stdin.write(Buffer.alloc(3200 * 3)); // stdin stays open: only the failure can end this
  const result = await done;
  assert.equal(result.code, 3, result.stderr);
  assert.match(result.stderr, /server-error.*recognizer crashed/);
});

test('--token-file sends the token from a file, so it appears in no command line; a token with a space or control character is refused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-cli-'));
  const server = await startEchoVoskServer();
  t.after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const tokenFile = join(dir, 'token');
  writeFileSync(tokenFile, 'hf_FromAFile123\n', { mode: 0o600 }); // a trailing newline, as editors and `echo` leave
  const args = ['transcribe', hello.path, '--server', server.url, '--token-file', tokenFile];
  const result = await runCli(args);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(server.lastHeaders?.authorization, 'Bearer hf_FromAFile123');
  assert.ok(!args.join(' ').includes('hf_FromAFile123'), 'the token is not in the argv the child ran with');

  writeFileSync(tokenFile, 'hf_one hf_two\n');
  const spaced = await runCli(args);
  assert.equal(spaced.code, 1, spaced.stderr);
  assert.match(spaced.stderr, /--token-file: An access token has no spaces or control characters/);
  const control = await runCli(['transcribe', hello.path, '--server', server.url], { env: { VOSKEY_TOKEN: 'hf_abc\u0007def' } });
  assert.equal(control.code, 1, control.stderr);
  assert.match(control.stderr, /VOSKEY_TOKEN: An access token has no spaces or control characters/);
  const missing = await runCli(['transcribe', hello.path, '--server', server.url, '--token-file', join(dir, 'nope')]);
  assert.equal(missing.code, 2, missing.stderr);
  assert.match(missing.stderr, /Cannot read the token file .*nope: no such file/);
  writeFileSync(tokenFile, '\n');
  const empty = await runCli(args);
  assert.equal(empty.code, 1, empty.stderr);
  assert.match(empty.stderr, /--token-file: The access token is empty/);
  // A file that says it is empty and never ends: read up to the limit, then refused.
  const endless = await runCli(['transcribe', hello.path, '--server', server.url, '--token-file', '/dev/zero']);
  assert.equal(endless.code, 1, endless.stderr);
  assert.match(endless.stderr, /--token-file: \/dev\/zero is too large to hold an access token/);
});
