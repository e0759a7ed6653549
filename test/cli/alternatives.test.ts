// `voskey transcribe --alternatives N`: the real command in a child process, against the
// built-in server on 127.0.0.1 (PocketSphinx n-best) and a speech fixture.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import { speechFixture } from '../helpers/fixtures.js';
import { wordErrorRate } from '../helpers/wer.js';
import { startAlternativesOnlyServer } from '../vosk/helpers/fake-servers.js';
import { runCli } from './run-cli.js';

const weather = speechFixture('weather');
const morning = speechFixture('morning');

let server: BuiltinServer;
before(async () => {
  server = await startBuiltinServer({ engine: 'sphinx' });
});
after(() => server.close());

interface FinalLine {
  type: string;
  text: string;
  alternatives?: { text: string; confidence: number; result?: { word: string }[] }[];
  words?: { word: string }[];
}

test('--alternatives 3 --json: each final line has up to 3 readings, best first and equal to "text"', async () => {
  const result = await runCli(['transcribe', weather.path, '--server', server.url, '--alternatives', '3', '--json']);
  assert.equal(result.code, 0, result.stderr);
  const finals = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as FinalLine);
  assert.ok(finals.length >= 1, result.stdout);
  for (const line of finals) {
    assert.equal(line.type, 'final');
    const alternatives = line.alternatives ?? [];
    assert.ok(alternatives.length >= 1 && alternatives.length <= 3, `${alternatives.length} readings: ${JSON.stringify(line)}`);
    assert.equal(alternatives[0]!.text, line.text, 'the best reading is the text');
    assert.equal(new Set(alternatives.map((a) => a.text)).size, alternatives.length, 'no reading twice');
    for (const a of alternatives) assert.ok(Number.isFinite(a.confidence));
  }
  assert.ok(finals.some((l) => l.alternatives!.length >= 2), 'the fixture has runners-up');
  assert.ok(wordErrorRate(weather.text, finals.map((l) => l.text).join(' ')) <= 0.4, result.stdout);
});

test('--alternatives 2 without --json: the readings numbered below each final line', async () => {
  const result = await runCli(['transcribe', morning.path, '--server', server.url, '--alternatives', '2']);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  const finals = lines.filter((l) => !l.startsWith(' '));
  assert.ok(finals.length >= 1, result.stdout);
  assert.ok(wordErrorRate(morning.text, finals.join(' ')) <= 0.4, result.stdout);
  for (const final of finals) {
    const below = lines.slice(lines.indexOf(final) + 1).filter((_l, i, rest) => rest.slice(0, i + 1).every((r) => r.startsWith(' ')));
    assert.ok(below.length >= 1 && below.length <= 2, `readings below "${final}": ${JSON.stringify(below)}`);
    assert.equal(below[0], `  1. ${final}`, 'reading 1 is the line itself');
    below.forEach((l, i) => assert.match(l, new RegExp(`^  ${i + 1}\\. \\S`)));
  }
});

test('against a server that sends only the {"alternatives"} shape, words and readings still come out', async (t) => {
  // Scripted, because the real vosk-server cannot run here (startAlternativesOnlyServer).
  const scripted = await startAlternativesOnlyServer({ finalEvery: 1_000_000 });
  t.after(() => scripted.close());
  const result = await runCli(['transcribe', weather.path, '--server', scripted.url, '--alternatives', '2', '--json', '--words']);
  assert.equal(result.code, 0, result.stderr);
  const [line, ...rest] = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as FinalLine);
  assert.deepEqual(rest, []);
  assert.match(line!.text, /^heard \d+ bytes$/);
  assert.deepEqual(line!.alternatives!.map((a) => a.text), [line!.text, line!.text.replace('heard', 'herd')]);
  assert.deepEqual(line!.words?.map((w) => w.word), line!.text.split(' '), 'the best reading\'s words');
  const config = JSON.parse(scripted.received[0] as string) as { config: Record<string, unknown> };
  assert.equal(config.config.max_alternatives, 2, 'the number asked for went to the server');
});

test('bad --alternatives values get a clear usage error and exit 1', async () => {
  for (const bad of ['0', '6', 'two', '1.5']) {
    const result = await runCli(['transcribe', weather.path, '--alternatives', bad]);
    assert.equal(result.code, 1, `${bad}: ${result.stderr}`);
    assert.match(result.stderr, new RegExp(`--alternatives must be a whole number of readings from 1 to 5, not "${bad.replace('.', '\\.')}"`));
  }
  const live = await runCli(['transcribe', weather.path, '--alternatives', '2', '--live']);
  assert.equal(live.code, 1);
  assert.match(live.stderr, /--alternatives .* --live/);
});
