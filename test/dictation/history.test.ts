import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { HISTORY_FILE_NAME, TranscriptHistory, type TranscriptHistoryOptions } from '../../electron/dictation/history.js';

interface Fixture {
  folder: string;
  /** A history whose writes wait for flush()/close() unless the options say otherwise. */
  open(options?: Partial<TranscriptHistoryOptions>): TranscriptHistory;
}

/** A temp folder; at the end every history opened on it is closed, then the folder removed. */
function fixture(t: TestContext): Fixture {
  const folder = mkdtempSync(join(tmpdir(), 'voskey-history-'));
  const opened: TranscriptHistory[] = [];
  t.after(async () => {
    await Promise.allSettled(opened.map((h) => h.close()));
    rmSync(folder, { recursive: true, force: true });
  });
  return {
    folder,
    open(options = {}) {
      let clock = Date.UTC(2025, 2, 1, 9, 0, 0);
      const history = new TranscriptHistory({ folder, maxEntries: 100, writeDelayMs: 60_000, now: () => (clock += 1000), ...options });
      opened.push(history);
      return history;
    },
  };
}

test('entries are listed newest first, blank text is not kept', (t) => {
  const history = fixture(t).open();
  const first = history.add('Hello world.', 'hello world');
  history.add('   ', '');
  const second = history.add('Second thought.', 'second thought');
  assert.ok(first && second);
  assert.notEqual(first.id, second.id);
  assert.ok(second.time > first.time);
  assert.deepEqual(
    history.list().map((e) => e.text),
    ['Second thought.', 'Hello world.'],
  );
  assert.deepEqual(history.get(first.id), first);
});

test('search ignores case, looks at the raw words too, and needs every word', (t) => {
  const history = fixture(t).open();
  history.add('Meet Anna at 3 pm.', 'meet anna at three p m');
  history.add('Buy milk.', 'buy milk');
  history.add('Meeting notes: budget.', 'meeting notes colon budget');
  const texts = (query: string) => history.list(query).map((e) => e.text);
  assert.deepEqual(texts('MEET'), ['Meeting notes: budget.', 'Meet Anna at 3 pm.']);
  assert.deepEqual(texts('three'), ['Meet Anna at 3 pm.'], 'found through the raw words');
  assert.deepEqual(texts('meeting budget'), ['Meeting notes: budget.']);
  assert.deepEqual(texts('milk anna'), []);
  assert.equal(texts('  ').length, 3, 'a blank query lists everything');
});

test('delete and clear remove entries and tell listeners', (t) => {
  const history = fixture(t).open();
  let changes = 0;
  const stop = history.onChange(() => changes++);
  const a = history.add('one', 'one');
  history.add('two', 'two');
  assert.equal(changes, 2);
  assert.equal(history.delete(a!.id), true);
  assert.equal(history.delete('no-such-id'), false);
  assert.deepEqual(history.list().map((e) => e.text), ['two']);
  assert.equal(changes, 3, 'deleting nothing is not a change');
  history.clear();
  assert.deepEqual(history.list(), []);
  assert.equal(changes, 4);
  stop();
  history.add('three', 'three');
  assert.equal(changes, 4, 'an unsubscribed listener hears nothing');
});

test('export gives readable text and complete JSON, oldest first', (t) => {
  const history = fixture(t).open();
  history.add('First line.', 'first line');
  history.add('Dear Sam,\nsee you soon.', 'dear sam new line see you soon');

  const txt = history.export('txt');
  const lines = txt.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}First line\.$/);
  assert.match(lines[1]!, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}Dear Sam,$/);
  assert.match(lines[2]!, /^ +see you soon\.$/);

  const json = JSON.parse(history.export('json')) as { text: string; raw: string; id: string; isoTime: string }[];
  assert.deepEqual(json.map((e) => e.text), ['First line.', 'Dear Sam,\nsee you soon.']);
  assert.equal(json[1]?.raw, 'dear sam new line see you soon');
  assert.equal(json[0]?.isoTime, new Date(history.list()[1]!.time).toISOString());
  assert.throws(() => history.export('pdf' as never), /Unknown export format "pdf"/);
});

test('the size cap drops the oldest entries, also when lowered later; 0 keeps nothing', (t) => {
  const history = fixture(t).open({ maxEntries: 3 });
  for (const word of ['a', 'b', 'c', 'd', 'e']) history.add(word, word);
  assert.deepEqual(history.list().map((e) => e.text), ['e', 'd', 'c']);
  history.setMaxEntries(1);
  assert.deepEqual(history.list().map((e) => e.text), ['e']);
  history.setMaxEntries(0);
  assert.deepEqual(history.list(), []);
  assert.equal(history.add('f', 'f'), undefined);
  assert.deepEqual(history.list(), []);
});

test('writes are coalesced, nothing is lost on close, and history survives a restart', async (t) => {
  const { folder, open } = fixture(t);
  const history = open();
  for (let i = 1; i <= 50; i++) history.add(`utterance ${i}`, `utterance ${i}`);
  assert.equal(existsSync(join(folder, HISTORY_FILE_NAME)), false, 'fifty additions did not cause fifty writes');
  await history.close();

  const restarted = open();
  assert.equal(restarted.list().length, 50);
  assert.equal(restarted.list()[0]?.text, 'utterance 50');
  assert.deepEqual(restarted.startupNotices, []);
  assert.deepEqual(readdirSync(folder), [HISTORY_FILE_NAME], 'no temp files are left behind');
});

test('a pending change reaches the disk by itself after the quiet period', async (t) => {
  const { folder, open } = fixture(t);
  const history = open({ writeDelayMs: 10 });
  history.add('written without flush', 'written without flush');
  const file = join(folder, HISTORY_FILE_NAME);
  for (let waited = 0; !existsSync(file) && waited < 5000; waited += 20) await sleep(20);
  assert.match(readFileSync(file, 'utf8'), /written without flush/);
});

test('a garbage history file is backed up, the history starts empty, and the user is told', async (t) => {
  const { folder, open } = fixture(t);
  writeFileSync(join(folder, HISTORY_FILE_NAME), Buffer.from([0x00, 0xde, 0xad, 0xbe, 0xef]));
  const history = open();
  assert.deepEqual(history.list(), []);
  assert.equal(history.startupNotices.length, 1);
  assert.match(history.startupNotices[0]!, /not valid JSON/);
  const backups = readdirSync(folder).filter((n) => n.startsWith('history.corrupt-'));
  assert.equal(backups.length, 1);
  assert.ok(history.startupNotices[0]!.includes(backups[0]!));
  assert.deepEqual(readFileSync(join(folder, backups[0]!)), Buffer.from([0x00, 0xde, 0xad, 0xbe, 0xef]));

  await history.flush();
  assert.deepEqual(open().startupNotices, [], 'the repaired file loads cleanly');
});

test('unreadable entries are left out and the readable ones kept', (t) => {
  const { folder, open } = fixture(t);
  const good = { id: 'a', time: 1, text: 'kept', raw: 'kept' };
  const file = { version: 1, entries: [good, { id: 'b', time: 'yesterday', text: 'x', raw: 'x' }, null, { ...good, text: 'duplicate id' }] };
  writeFileSync(join(folder, HISTORY_FILE_NAME), JSON.stringify(file));
  const history = open();
  assert.deepEqual(history.list(), [good]);
  assert.match(history.startupNotices[0] ?? '', /3 unreadable entries were left out/);
});

test('a write that fails is reported with the file path, and retried by the next flush', async (t) => {
  const { folder, open } = fixture(t);
  const history = open();
  history.add('precious words', 'precious words');
  rmSync(folder, { recursive: true });
  await assert.rejects(history.flush(), /Could not save the transcript history to .*history\.json/);
  mkdirSync(folder);
  await history.flush();
  assert.match(readFileSync(join(folder, HISTORY_FILE_NAME), 'utf8'), /precious words/);
});

test('entries past the cap are archived before the history drops them; a cap of 0 set by the user archives nothing', async (t) => {
  const { folder, open } = fixture(t);
  const day = new Date(Date.UTC(2025, 2, 1, 9, 0, 0)).toISOString().slice(0, 10);
  writeFileSync(join(folder, `history.archive-${day}.json`), 'not an archive'); // damaged: must not be written over
  const history = open({ maxEntries: 3 });
  for (const word of ['a', 'b', 'c', 'd', 'e']) history.add(word, word);
  await history.flush();
  assert.equal(readFileSync(join(folder, `history.archive-${day}.json`), 'utf8'), 'not an archive');
  const archived = JSON.parse(readFileSync(join(folder, `history.archive-${day}-1.json`), 'utf8')) as { entries: { text: string }[] };
  assert.deepEqual(archived.entries.map((e) => e.text), ['a', 'b']);
  assert.deepEqual(history.archives().map((a) => [a.name, a.entries]), [[`history.archive-${day}-1.json`, 2], [`history.archive-${day}.json`, 0]]);
  assert.match(history.exportArchive(`history.archive-${day}-1.json`, 'txt'), / {2}a\n.* {2}b\n$/s);

  history.setMaxEntries(0);
  await history.flush();
  assert.deepEqual(history.list(), []);
  const after = JSON.parse(readFileSync(join(folder, `history.archive-${day}-1.json`), 'utf8')) as { entries: unknown[] };
  assert.equal(after.entries.length, 2, '"keep no history" deletes, as the user asked');
});

test('archives are read again only when their file changed: listing after every final stays cheap, and stays right', async (t) => {
  const { folder, open } = fixture(t);
  const day = new Date(Date.UTC(2025, 2, 1, 9, 0, 0)).toISOString().slice(0, 10);
  const archive = join(folder, `history.archive-${day}.json`);
  const history = open({ maxEntries: 2 });
  for (const word of ['a', 'b', 'c']) history.add(word, word);
  await history.flush();
  // A whole second, which a file's time holds exactly (a Date or fraction may not round-trip).
  const time = 1_700_000_000;
  utimesSync(archive, time, time);
  assert.deepEqual(history.archives().map((a) => a.entries), [1]);

  // Same size and time as before: the count is the one already read, the file is not parsed
  // again (garbage of the same length would count as damaged, 0 entries, if it were).
  writeFileSync(archive, 'x'.repeat(statSync(archive).size));
  utimesSync(archive, time, time);
  assert.deepEqual(history.archives().map((a) => a.entries), [1]);

  // A real change (more trimmed entries) is read again.
  rmSync(archive);
  for (const word of ['d', 'e']) history.add(word, word);
  await history.flush();
  assert.deepEqual(history.archives().map((a) => [a.name, a.entries]), [[`history.archive-${day}.json`, 2]]);
});

test('a history of 200,000 entries opened with a limit of 1,000 starts, and moves the rest to the archive', async (t) => {
  const f = fixture(t);
  const entries = Array.from({ length: 200_000 }, (_, i) => ({ id: `id-${i}`, time: Date.UTC(2025, 0, 1) + i, text: `Entry ${i}.`, raw: `entry ${i}` }));
  writeFileSync(join(f.folder, HISTORY_FILE_NAME), JSON.stringify({ version: 1, entries }));
  // Spreading the trimmed entries as call arguments threw RangeError here, at every start.
  const history = f.open({ maxEntries: 1000 });
  assert.equal(history.list().length, 1000);
  assert.match(history.startupNotices.join(' '), /199,000 older transcripts/);
  await history.flush();
  const archive = readdirSync(f.folder).find((name) => name.startsWith('history.archive-'));
  assert.ok(archive);
  assert.equal((JSON.parse(readFileSync(join(f.folder, archive), 'utf8')) as { entries: unknown[] }).entries.length, 199_000);
});
