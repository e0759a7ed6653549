// The transcript keeps each utterance's alternatives (issue 24) in an optional field: they
// survive a restart, a file from before the field loads as it always did, and a damaged
// list costs only itself, never the entry or the history.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { HISTORY_FILE_NAME, TranscriptHistory } from '../../electron/dictation/history.js';

function folderFor(t: TestContext): { folder: string; open(): TranscriptHistory } {
  const folder = mkdtempSync(join(tmpdir(), 'voskey-history-alternatives-'));
  const opened: TranscriptHistory[] = [];
  t.after(async () => {
    await Promise.allSettled(opened.map((h) => h.close()));
    rmSync(folder, { recursive: true, force: true });
  });
  return {
    folder,
    open() {
      const history = new TranscriptHistory({ folder, maxEntries: 100, writeDelayMs: 60_000 });
      opened.push(history);
      return history;
    },
  };
}

test('alternatives are kept with their utterance and survive a restart; one reading is not kept', async (t) => {
  const { open } = folderFor(t);
  const history = open();
  history.add('We go to the park', 'we go to the park', { alternatives: ['we go to the park', 'we go to the bark'] });
  history.add('Hello', 'hello', { alternatives: ['hello'] });
  history.add('Plain', 'plain');
  await history.close();
  const again = open();
  assert.deepEqual(
    again.list().map((e) => [e.text, e.alternatives]),
    [
      ['Plain', undefined],
      ['Hello', undefined],
      ['We go to the park', ['we go to the park', 'we go to the bark']],
    ],
  );
  assert.deepEqual(again.startupNotices, []);
  // A copy: changing what get() returns changes nothing kept.
  const entry = again.list()[2]!;
  again.get(entry.id)!.alternatives!.push('changed');
  assert.equal(again.get(entry.id)!.alternatives!.length, 2);
});

test('a history written before alternatives existed loads unchanged, with no notice', (t) => {
  const { folder, open } = folderFor(t);
  const old = { id: 'a', time: 1, text: 'From an older Voskey.', raw: 'from an older voskey' };
  writeFileSync(join(folder, HISTORY_FILE_NAME), JSON.stringify({ version: 1, entries: [old] }));
  const history = open();
  assert.deepEqual(history.list(), [old]);
  assert.deepEqual(history.startupNotices, []);
});

test('damaged alternatives are left out, the entry kept, the file backed up and the user told', (t) => {
  const { folder, open } = folderFor(t);
  const entries = [
    { id: 'a', time: 1, text: 'Kept.', raw: 'kept', alternatives: 'not a list' },
    { id: 'b', time: 2, text: 'Also kept.', raw: 'also kept', alternatives: ['also kept', 42] },
    { id: 'c', time: 3, text: 'Fine.', raw: 'fine', alternatives: ['fine', 'find'] },
  ];
  writeFileSync(join(folder, HISTORY_FILE_NAME), JSON.stringify({ version: 1, entries }));
  const history = open();
  assert.deepEqual(
    history.list().map((e) => [e.id, e.alternatives]),
    [
      ['c', ['fine', 'find']],
      ['b', undefined],
      ['a', undefined],
    ],
  );
  assert.match(history.startupNotices.join(' '), /unreadable alternatives of 2 entries were left out/);
  assert.equal(readdirSync(folder).filter((n) => n.startsWith('history.corrupt-')).length, 1, 'the original is kept aside');
});

test('a chosen alternative revises the newest entry typed that way, keeping its readings; nothing else changes', async (t) => {
  const { open } = folderFor(t);
  const history = open();
  history.add('Hello', 'hello', { alternatives: ['hello', 'yellow'] });
  history.add(' hello', 'hello', { alternatives: ['hello', 'yellow'] });
  history.revise(' hello', ' yellow', 'yellow');
  history.revise(' not typed', ' anything', 'anything');
  await history.close();
  assert.deepEqual(
    open().list().map((e) => [e.text, e.raw, e.alternatives]),
    [
      [' yellow', 'yellow', ['hello', 'yellow']],
      ['Hello', 'hello', ['hello', 'yellow']],
    ],
  );
});
