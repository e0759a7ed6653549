// Issue 15: the exact files that used to lose the user's data, each given to the whole core
// at start-up. Every test checks that the app starts, what the user is told, and that the
// original bytes (or every original transcript) still exist where the notice says.
import assert from 'node:assert/strict';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TranscriptEntry } from '../../electron/dictation/history-types.js';
import { headlessCore } from './app-harness.js';
import { filesNamedIn } from '../helpers/random-bytes.js';

const settingsPath = (dir: string) => join(dir, 'config', 'settings.json');
const historyPath = (dir: string) => join(dir, 'data', 'history.json');

function seedSettings(dir: string, content: string | Buffer): void {
  mkdirSync(join(dir, 'config'), { recursive: true });
  writeFileSync(settingsPath(dir), content);
}

function seedHistory(dir: string, content: string | Buffer): void {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(historyPath(dir), content);
}


function entries(count: number, from = 0): TranscriptEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${from + i}`,
    time: Date.UTC(2024, 0, 1) + (from + i) * 60_000,
    text: `Transcript number ${from + i}.`,
    raw: `transcript number ${from + i}`,
  }));
}

test('1. a history file that cannot be read is never written over: new transcripts go to a session file the notice names', async (t) => {
  // Bigger than Node can read into memory (ERR_FS_FILE_TOO_LARGE): unreadable even for root,
  // which ignores file permissions. Sparse, so it costs no disk.
  const head = Buffer.from('{"version":1,"entries":[{"id":"precious"');
  const size = 2 ** 31 + 1;
  const { core, data, recorded, dir } = headlessCore(t, {}, (d) => {
    seedHistory(d, head);
    truncateSync(historyPath(d), size);
  });
  core.start();
  const notice = recorded.notices.find((n) => n.includes('was left untouched'));
  assert.ok(notice, recorded.notices.join('\n'));
  assert.match(notice, /could not be read/);
  data.history.add('Words said after the start.', 'words said after the start');
  await data.history.flush();

  assert.equal(statSync(historyPath(dir)).size, size, 'the unreadable file keeps its size');
  const fd = openSync(historyPath(dir), 'r');
  const start = Buffer.alloc(head.length);
  assert.equal(readSync(fd, start, 0, head.length, 0), head.length);
  closeSync(fd);
  assert.deepEqual(start, head, 'and its bytes');
  const session = filesNamedIn([notice]).find((p) => p.includes('history.session-'));
  assert.ok(session && existsSync(session), `the notice names the session file: ${notice}`);
  assert.match(readFileSync(session, 'utf8'), /Words said after the start\./);
});

test('2a. settings in today\'s layout without schemaVersion are read as today\'s layout: nothing is dropped', (t) => {
  const file = {
    server: { url: 'wss://ada-vosk.hf.space/' },
    hotkey: { accelerator: 'Control+Shift+F9', mode: 'toggle' },
    formatting: { replacements: [{ from: 'voss key', to: 'Voskey' }] },
    history: { maxEntries: 50 },
  };
  for (const version of [undefined, 0]) {
    const { core, data, recorded, dir } = headlessCore(t, {}, (d) => seedSettings(d, JSON.stringify({ ...file, ...(version === 0 ? { schemaVersion: 0 } : {}) })));
    core.start();
    const settings = data.settings.get();
    assert.equal(settings.server.url, 'wss://ada-vosk.hf.space/');
    assert.deepEqual(settings.hotkey, { ...settings.hotkey, accelerator: 'Control+Shift+F9', mode: 'toggle' });
    assert.deepEqual(settings.formatting.replacements, [{ from: 'voss key', to: 'Voskey' }]);
    assert.equal(settings.history.maxEntries, 50);
    assert.ok(!recorded.notices.some((n) => /settings file/i.test(n)), recorded.notices.join('\n'));
    assert.equal((JSON.parse(readFileSync(settingsPath(dir), 'utf8')) as { hotkey: { mode: string } }).hotkey.mode, 'toggle', 'the file on disk still has them');
  }
});

test('2b. an old flat file whose migration drops a field is copied first; the notice lists what was kept and where the copy is', (t) => {
  const original = JSON.stringify({ serverUrl: 'wss://ada-vosk.hf.space', hotkey: 'Control+Alt+V', windowX: 40, theme: 'dark' });
  const { core, data, recorded } = headlessCore(t, {}, (d) => seedSettings(d, original));
  core.start();
  assert.equal(data.settings.get().server.url, 'wss://ada-vosk.hf.space/');
  const notice = recorded.notices.find((n) => /older Voskey/.test(n));
  assert.ok(notice, recorded.notices.join('\n'));
  assert.match(notice, /Kept: server\.url, hotkey\.accelerator\./);
  assert.match(notice, /left out: windowX, theme/);
  const [copy] = filesNamedIn([notice]);
  assert.ok(copy, notice);
  assert.equal(readFileSync(copy, 'utf8'), original, 'the copy holds the original bytes');
});

test('3. transcripts beyond the limit (a reset brought it back to 1,000) are archived, not deleted; the viewer exports the archive', async (t) => {
  const original = entries(1500);
  const { core, data, recorded, dir } = headlessCore(t, {}, (d) => seedHistory(d, JSON.stringify({ version: 1, entries: original })));
  core.start();
  assert.equal(data.history.list().length, 1000);
  const notice = recorded.notices.find((n) => /moved to the archive/.test(n));
  assert.ok(notice, recorded.notices.join('\n'));
  assert.match(notice, /^500 older transcripts beyond the history limit of 1,000/);
  await data.history.flush();

  const [archive] = filesNamedIn([notice]);
  assert.ok(archive && existsSync(archive), notice);
  const kept = new Map<string, TranscriptEntry>();
  for (const file of [archive, historyPath(dir)]) {
    for (const e of (JSON.parse(readFileSync(file, 'utf8')) as { entries: TranscriptEntry[] }).entries) kept.set(e.id, e);
  }
  for (const e of original) assert.deepEqual(kept.get(e.id), e, `entry ${e.id} survives in the history or the archive`);

  const archives = core.handlers['history:archives']();
  assert.deepEqual(archives.map((a) => [a.path, a.entries]), [[archive, 500]]);
  const exported = await core.handlers['history:export-archive'](archives[0]!.name, 'txt');
  assert.ok('path' in exported);
  assert.match(readFileSync(exported.path, 'utf8'), /Transcript number 0\.\n[^]*Transcript number 499\.\n$/);
  await assert.rejects(async () => core.handlers['history:export-archive']('../config/settings.json', 'txt'), /not a transcript archive/);
});

test('4. a settings file nested 5,000 levels deep: the app starts on defaults, the notice names a copy with the original bytes', (t) => {
  const original = `{"schemaVersion":1,"server":{"url":"wss://ada-vosk.hf.space"},"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const { core, data, recorded } = headlessCore(t, {}, (d) => seedSettings(d, original));
  core.start();
  const notice = recorded.notices.find((n) => /nested more than/.test(n));
  assert.ok(notice, recorded.notices.join('\n'));
  const [copy] = filesNamedIn([notice]);
  assert.equal(readFileSync(copy!, 'utf8'), original);
  assert.equal(data.settings.get().hotkey.accelerator, 'Control+Alt+Space', 'running on defaults');
  assert.equal(data.settings.update({ hotkey: { mode: 'toggle' } }).ok, true, 'and settings work');
});

test('5a. a UTF-8 byte order mark is accepted in settings and history: nothing is reset, nobody is warned', async (t) => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const settings = Buffer.concat([bom, Buffer.from(JSON.stringify({ schemaVersion: 1, hotkey: { mode: 'toggle' } }))]);
  const history = Buffer.concat([bom, Buffer.from(JSON.stringify({ version: 1, entries: entries(3) }))]);
  const { core, data, recorded, dir } = headlessCore(t, {}, (d) => {
    seedSettings(d, settings);
    seedHistory(d, history);
  });
  core.start();
  assert.equal(data.settings.get().hotkey.mode, 'toggle');
  assert.equal(data.history.list().length, 3);
  assert.ok(!recorded.notices.some((n) => /repair|invalid|untouched/.test(n)), recorded.notices.join('\n'));
  assert.deepEqual(readdirSync(join(dir, 'config')).filter((n) => n.includes('corrupt')), []);
  await data.history.flush();
  assert.deepEqual(readFileSync(historyPath(dir)), history, 'the history was not rewritten');
});

test('5c. a newer history whose shape this version does not know is left alone too', async (t) => {
  const original = JSON.stringify({ version: 3, transcripts: { e0: 'kept as it is' } });
  const { core, data, recorded, dir } = headlessCore(t, {}, (d) => seedHistory(d, original));
  core.start();
  assert.ok(recorded.notices.some((n) => /newer Voskey \(history format 3\)/.test(n)), recorded.notices.join('\n'));
  data.history.add('Fresh words.', 'fresh words');
  await data.history.flush();
  assert.equal(readFileSync(historyPath(dir), 'utf8'), original);
});

test('5b. a history file from a newer Voskey is shown read-only and never rewritten in the old format', async (t) => {
  const original = JSON.stringify({ version: 2, entries: entries(2), tags: ['work'] });
  const { core, data, recorded, dir } = headlessCore(t, {}, (d) => seedHistory(d, original));
  core.start();
  const notice = recorded.notices.find((n) => /newer Voskey/.test(n));
  assert.ok(notice, recorded.notices.join('\n'));
  assert.match(notice, /Its 2 entries are shown read-only/);
  assert.deepEqual(data.history.list().map((e) => e.id), ['e1', 'e0']);
  await assert.rejects(async () => core.handlers['history:delete']('e0'), /cannot change/);
  data.history.add('New words.', 'new words');
  data.history.clear();
  data.history.add('Newer words.', 'newer words');
  await data.history.flush();
  assert.equal(readFileSync(historyPath(dir), 'utf8'), original, 'the newer file is byte for byte what it was');
  const session = filesNamedIn([notice]).find((p) => p.includes('history.session-'));
  assert.match(readFileSync(session!, 'utf8'), /Newer words\./);
  const listed = core.handlers['history:archives']();
  assert.deepEqual(listed.map((a) => [a.path, a.entries]), [[session, 1]], 'the transcript window lists the session file for export');
});

test('6. a half-unpacked model left by a killed install is removed when the app starts', async (t) => {
  const leftover = join('data', 'models', '.unpack-vosk-model-small-en-us-0.15-9f8e7d6c');
  const { core, data, dir } = headlessCore(t, {}, (d) => {
    mkdirSync(join(d, leftover, 'am'), { recursive: true });
    writeFileSync(join(d, leftover, 'am', 'final.mdl'), Buffer.alloc(64 * 1024));
  });
  core.start();
  await data.models.leftoversCleaned;
  assert.equal(existsSync(join(dir, leftover)), false);
  assert.deepEqual(data.models.state().installed, []);
});
