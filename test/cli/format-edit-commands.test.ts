// The editing commands through `voskey format` run as a process, exactly as in the app:
// utterances on stdin, the finished document on stdout, and why a command changed nothing
// on stderr (the app's overlay says the same).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

const input = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');

test('"replace X with Y", "delete last sentence" and "undo that" shape the document', async () => {
  const result = await runCli(['format'], {
    stdin: input([
      'the cat sat on the mat period',
      'it was happy period',
      'replace the cat with twenty three dogs',
      'delete last sentence',
      'undo that',
      'replace happy with tired',
      'undo that',
      'they slept period',
    ]),
  });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, '23 dogs sat on the mat. It was happy. They slept.\n');
  assert.equal(result.stderr, '');
});

test('a missing target changes nothing, and stderr names the line and the reason', async () => {
  const result = await runCli(['format'], { stdin: input(['hello world', 'replace zebra with horse', 'delete last sentence', 'delete last sentence']) });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, '\n');
  assert.match(result.stderr, /line 2 \("replace zebra with horse"\): Nothing replaced: "zebra" is not in the text/);
  assert.match(result.stderr, /line 4 \("delete last sentence"\): Nothing deleted/);
});

test('German, French and Spanish use their own words', async () => {
  const run = async (language: string, lines: string[]) => (await runCli(['format', '--language', language], { stdin: input(lines) })).stdout;
  assert.equal(await run('de', ['der hund schläft punkt', 'ersetze der hund durch die katze']), 'Die Katze schläft.\n');
  assert.equal(await run('fr', ['bonjour point', 'il fait beau point', 'supprime la dernière phrase', 'annule ça']), 'Bonjour. Il fait beau.\n');
  assert.equal(await run('es', ['el gato duerme punto', 'reemplaza gato por perro', 'hola punto', 'borra la última frase']), 'El perro duerme.\n');
});

test('--json shows the keys of an edit in the middle: caret moves over the text after it', async () => {
  const result = await runCli(['format', '--json'], { stdin: input(['the cat sat period', 'replace cat with dog']) });
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines[1]!.utterance, 'replace cat with dog');
  assert.equal(lines[1]!.command, true);
  assert.ok((lines[1]!.caretBack as number) >= ' sat.'.length, JSON.stringify(lines[1]));
  assert.deepEqual(lines[2], { document: 'The dog sat.' });
});

test('with --no-edit-commands (or --no-commands) the words are typed as text', async () => {
  for (const flag of ['--no-edit-commands', '--no-commands']) {
    const result = await runCli(['format', flag], { stdin: input(['the cat', 'replace cat with dog']) });
    assert.equal(result.stdout, 'The cat replace cat with dog\n', `${flag}: ${result.stderr}`);
  }
});
