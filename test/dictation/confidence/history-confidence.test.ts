// The transcript keeps each utterance's word confidences, so "mark them in the transcript"
// works for what was said before the option was switched on, and after a restart.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { TranscriptHistory } from '../../../electron/dictation/history.js';
import { parseHistory } from '../../../electron/dictation/history-file.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const SCORED = [
  { word: 'hello', confidence: 0.4 },
  { word: 'world', confidence: 1 },
];

test('confidences are saved with the entry and read back after a restart', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'voskey-history-confidence-'));
  const history = new TranscriptHistory({ folder, maxEntries: 100, writeDelayMs: 0, log: quiet });
  history.add('Hello world.', 'hello world period', { scoredWords: SCORED });
  history.add('No words known.', 'no words known');
  await history.close();
  const again = new TranscriptHistory({ folder, maxEntries: 100, writeDelayMs: 0, log: quiet });
  t.after(async () => {
    await again.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const [plain, scored] = again.list();
  assert.deepEqual(scored?.scoredWords, SCORED);
  assert.equal(plain?.text, 'No words known.');
  assert.equal('scoredWords' in plain, false, 'none made up where the recognizer gave none');
});

test('a damaged confidence list loses the marks, never the entry, and nothing else is reported lost', () => {
  const entries = [
    { id: 'a', time: 1, text: 'Hello.', raw: 'hello', scoredWords: [{ word: 'hello', confidence: 'high' }] },
    { id: 'b', time: 2, text: 'Fine.', raw: 'fine', scoredWords: [{ word: 'fine', confidence: 1.5 }] },
    { id: 'c', time: 3, text: 'Ok.', raw: 'ok', scoredWords: [{ word: 'ok', confidence: 0.5 }] },
  ];
  const parsed = parseHistory(new TextEncoder().encode(JSON.stringify({ version: 1, entries })));
  assert.deepEqual(parsed.entries.map((e) => [e.text, e.scoredWords]), [
    ['Hello.', undefined],
    ['Fine.', undefined],
    ['Ok.', [{ word: 'ok', confidence: 0.5 }]],
  ]);
  assert.deepEqual(parsed.problems, []);
});

test('a confidence outside 0..1 handed to add() is not kept', (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'voskey-history-confidence-'));
  const history = new TranscriptHistory({ folder, maxEntries: 100, writeDelayMs: 0, log: quiet });
  t.after(async () => {
    await history.close();
    rmSync(folder, { recursive: true, force: true });
  });
  assert.equal(history.add('Fine.', 'fine', { scoredWords: [{ word: 'fine', confidence: 2 }] })?.scoredWords, undefined);
});
