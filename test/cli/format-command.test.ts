// `voskey format` run as a process: utterances on stdin, the finished document on stdout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCli } from '../../electron/cli/args.js';
import { runCli } from './run-cli.js';

const input = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');

test('prints the document a window would end up with: rules applied, "scratch that" erased', async () => {
  const result = await runCli(['format'], {
    stdin: input(['hello world period', 'meet at three thirty pm on march third', 'scratch that', 'write to ada at sign example dot com', 'period', '']),
  });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, 'Hello world. Write to ada@example.com.\n');
});

test('--json prints each edit, then the document', async () => {
  const result = await runCli(['format', '--json'], { stdin: input(['twenty five dollars', 'scratch that', 'five euros']) });
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(result.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown), [
    { utterance: 'twenty five dollars', backspaces: 0, text: '$25', stopDictation: false },
    { utterance: 'scratch that', backspaces: 3, text: '', stopDictation: false, command: true },
    { utterance: 'five euros', backspaces: 0, text: '€5', stopDictation: false },
    { document: '€5' },
  ]);
});

test('--language picks the rules table; --no-<rule> switches a rule off; --replace adds a replacement', async () => {
  const french = await runCli(['format', '--language', 'fr'], { stdin: input(["ça va point d'interrogation"]) });
  assert.equal(french.stdout, 'Ça va\u202F?\n', french.stderr);
  const off = await runCli(['format', '--no-times', '--no-numbers', '--replace', 'voss key=Voskey'], { stdin: input(['voss key at three thirty pm']) });
  assert.equal(off.stdout, 'Voskey at three thirty pm\n', off.stderr);
});

test('"stop dictation" ends the document and says how many later lines were not typed', async () => {
  const result = await runCli(['format'], { stdin: input(['first', 'stop dictation', 'second', 'third']) });
  assert.equal(result.code, 0);
  assert.equal(result.stdout, 'First\n');
  assert.match(result.stderr, /2 later line\(s\) were not typed/);
});

test('Windows line ends, blank lines and non-ASCII are read as text, and empty input prints an empty document', async () => {
  const result = await runCli(['format', '--language', 'es'], { stdin: Buffer.from('abrir interrogación qué tal cerrar interrogación\r\n\r\n') });
  assert.equal(result.stdout, '¿Qué tal?\n', result.stderr);
  const empty = await runCli(['format'], { stdin: Buffer.alloc(0) });
  assert.equal(empty.code, 0);
  assert.equal(empty.stdout, '\n');
});

test('bad arguments are usage errors (exit 1) with a message saying what is wrong', async () => {
  for (const [args, message] of [
    [['format', '--language', 'xx'], /--language must be one of en, de, fr, es/],
    [['format', '--replace', 'nothing'], /--replace takes FROM=TO/],
    [['format', 'file.txt'], /takes no file arguments/],
    [['format', '--no-such-rule'], /Unknown option/],
  ] as const) {
    const result = await runCli([...args], { stdin: Buffer.alloc(0) });
    assert.equal(result.code, 1, args.join(' '));
    assert.match(result.stderr, message);
  }
});

test('parses to the same switches as Settings → Formatting, all on by default', () => {
  const parsed = parseCli(['format', '--no-money', '--language', 'de']);
  assert.ok(parsed.command === 'format');
  assert.equal(parsed.formatting.language, 'de');
  assert.equal(parsed.formatting.money, false);
  assert.equal(parsed.formatting.times, true);
  assert.deepEqual(parseCli(['format', '--help']), { command: 'help' });
});
