// `voskey transcribe --format`: final text as the app would type it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EOF_FRAME, formatReply } from '../../electron/vosk/protocol.js';
import { speechFixture } from '../helpers/fixtures.js';
import { startWsServer } from '../vosk/helpers/fake-servers.js';
import { runCli } from './run-cli.js';

test('--format on spoken punctuation: a capitalised sentence with a period, then a question', async () => {
  const result = await runCli(['transcribe', speechFixture('punctuation').path, '--format']);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 1, result.stdout);
  assert.match(lines[0]!, /^Hello world\. .*\?$/);
});

/**
 * A server that says the k-th scripted final once it has received `FINAL_AFTER_FRAMES[k]`
 * frames of audio, like a recognizer finding endpoints; every other message gets an
 * empty partial. (Counted in bytes: audio said while connecting arrives as one message.)
 */
async function scriptedServer(finals: string[]) {
  let bytes = 0;
  let said = 0;
  return startWsServer((socket, message, index) => {
    if (index < 0) return;
    if (message === EOF_FRAME) {
      socket.send(formatReply({ kind: 'final', text: '' }));
      socket.close(1000);
      return;
    }
    bytes += message.length;
    const due = said < finals.length && bytes >= FINAL_AFTER_FRAMES[said]! * FRAME;
    socket.send(formatReply(due ? { kind: 'final', text: finals[said++]! } : { kind: 'partial', partial: '' }));
  });
}

const SCRIPT = ['hello world period', 'scratch that', 'good morning comma twenty three people came'];
const FRAME = 3200; // 100 ms at 16 kHz
// Well after the connect, and one apart: with --realtime each frame is its own message by then.
const FINAL_AFTER_FRAMES = [12, 14, 16];
const AUDIO = Buffer.alloc(FRAME * 18);
const ARGS = ['transcribe', '-', '--realtime'];

test('--format: "scratch that" prints nothing in text mode; each final is its own line, without the leading space', async (t) => {
  const server = await scriptedServer(SCRIPT);
  t.after(() => server.close());
  const result = await runCli([...ARGS, '--server', server.url, '--format'], { stdin: AUDIO });
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(result.stdout.split('\n'), ['Hello world.', 'Good morning, 23 people came', '']);
});

test('--format --json: every final carries the raw text, the formatted edit and its backspaces', async (t) => {
  const server = await scriptedServer(SCRIPT);
  t.after(() => server.close());
  const result = await runCli([...ARGS, '--server', server.url, '--format', '--json'], { stdin: AUDIO });
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
  assert.deepEqual(lines, [
    { type: 'final', text: 'hello world period', formatted: 'Hello world.', backspaces: 0 },
    { type: 'final', text: 'scratch that', formatted: '', backspaces: 'Hello world.'.length },
    { type: 'final', text: 'good morning comma twenty three people came', formatted: 'Good morning, 23 people came', backspaces: 0 },
  ]);
});

test('without --format the words are printed as the server sent them', async (t) => {
  const server = await scriptedServer(SCRIPT);
  t.after(() => server.close());
  const result = await runCli([...ARGS, '--server', server.url], { stdin: AUDIO });
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(result.stdout.trim().split('\n'), SCRIPT);
});

test('--format --language de: German spoken punctuation and numbers, as the app types German', async (t) => {
  const server = await scriptedServer(['hallo welt punkt', 'wie geht es dir fragezeichen', 'es sind dreiundzwanzig leute']);
  t.after(() => server.close());
  const result = await runCli([...ARGS, '--server', server.url, '--format', '--language', 'de'], { stdin: AUDIO });
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines[0], 'Hallo Welt.');
  assert.equal(lines[1], 'Wie geht es dir?');
  assert.match(lines[2]!, /^Es sind (23|dreiundzwanzig) Leute$/);
});

test('--language without --format or --live, or an unknown language, is a usage error', async () => {
  const alone = await runCli(['transcribe', '-', '--language', 'de'], { stdin: Buffer.alloc(0) });
  assert.equal(alone.code, 1, "usage errors exit 1");
  assert.match(alone.stderr, /--language sets how --format and --live write/);
  const unknown = await runCli(['transcribe', '-', '--format', '--language', 'xx'], { stdin: Buffer.alloc(0) });
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /--language must be one of en, de, fr, es/);
});
