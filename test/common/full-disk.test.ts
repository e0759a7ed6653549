// Writes on a disk that is really full: a 256 KiB tmpfs filled to the brim, where write(2)
// returns short counts and then ENOSPC (a mock could not show what the kernel does). Every
// file Voskey keeps must come out of that either fully new or exactly as it was, and the
// failure must reach the user — never a truncated file renamed over a good one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { writeFileDurably, writeFileDurablySync } from '../../electron/common/durable-write.js';
import { TranscriptHistory } from '../../electron/dictation/history.js';
import { parseHistory } from '../../electron/dictation/history-file.js';
import { SettingsService } from '../../electron/settings/service.js';
import { aesSecretBox, confStore } from '../settings/support.js';

/** A fresh 256 KiB tmpfs, unmounted after the test; undefined (with the reason) when this user cannot mount. */
function tinyDisk(t: TestContext): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    t.skip('mounting a tmpfs needs root on Linux (CI runs as root)');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'voskey-full-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]);
  t.after(() => {
    try {
      execFileSync('umount', [dir]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return dir;
}

/** Fills the disk holding `dir` until not one more byte fits, then frees `room` bytes (in 4 KiB files). */
function fill(dir: string, room = 0): void {
  fillToTheBrim(dir);
  for (let n = 0; n * 4096 < room; n++) rmSync(join(dir, `filler-${n}`));
}

function fillToTheBrim(dir: string): void {
  const chunk = Buffer.alloc(4096, 0x61);
  for (let n = 0; ; n++) {
    try {
      writeFileSync(join(dir, `filler-${n}`), chunk);
    } catch {
      try {
        writeFileSync(join(dir, `filler-${n}-last`), Buffer.alloc(1));
      } catch {
        return;
      }
    }
  }
}

const noTemps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

test('a write that does not fit throws and leaves the previous file byte for byte, with no temp file', async (t) => {
  const disk = tinyDisk(t);
  if (!disk) return;
  const file = join(disk, 'kept.json');
  writeFileDurablySync(file, 'the previous content');
  fill(disk);
  const big = 'x'.repeat(100_000);
  assert.throws(() => writeFileDurablySync(file, big), /ENOSPC|no space|disk is full/i);
  await assert.rejects(writeFileDurably(file, big), /ENOSPC|no space|disk is full/i);
  assert.equal(readFileSync(file, 'utf8'), 'the previous content');
  assert.deepEqual(noTemps(disk), []);
});

test('a write that fits is complete and replaces the file', (t) => {
  const disk = tinyDisk(t);
  if (!disk) return;
  const file = join(disk, 'file.bin');
  const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, i) => i % 251));
  writeFileDurablySync(file, 'old');
  writeFileDurablySync(file, bytes);
  assert.ok(readFileSync(file).equals(bytes));
  assert.deepEqual(noTemps(disk), []);
});

test('on a full disk the transcript archive and history stay valid, and flush() says the save failed', async (t) => {
  const disk = tinyDisk(t);
  if (!disk) return;
  const folder = join(disk, 'data');
  mkdirSync(folder);
  let clock = Date.UTC(2026, 2, 1, 9);
  const open = (maxEntries: number) => new TranscriptHistory({ folder, maxEntries, writeDelayMs: 60_000, now: () => (clock += 1000) });
  const first = open(1000);
  const words = (i: number) => `Transcript number ${i}: ${'with some words in it '.repeat(70)}`; // about 1.5 KB
  for (let i = 0; i < 60; i++) first.add(words(i), `transcript number ${i}`);
  first.setMaxEntries(20); // 40 to today's archive
  await first.close();
  const archiveName = readdirSync(folder).find((name) => name.startsWith('history.archive-'));
  assert.ok(archiveName);
  const archiveBefore = readFileSync(join(folder, archiveName));
  const historyBefore = readFileSync(join(folder, 'history.json'));

  const second = open(20);
  for (let i = 60; i < 80; i++) second.add(words(i), `transcript number ${i}`); // the first 20 go to the archive
  // Room for part of the new archive only: write(2) then writes a short count (64 KiB of
  // about 90) without an error — the write that once truncated a day's archive.
  fill(disk, 64 * 1024);
  await assert.rejects(second.flush(), /Could not save the transcript history/);
  assert.ok(readFileSync(join(folder, archiveName)).equals(archiveBefore), 'the archive is as it was');
  assert.ok(readFileSync(join(folder, 'history.json')).equals(historyBefore), 'the history file is as it was');
  assert.equal(parseHistory(archiveBefore).entries.length, 40);
  assert.deepEqual(noTemps(folder), []);
  // Nothing said is lost: the session still holds the newest 20, and the archive the 40 before.
  assert.equal(second.list().length, 20);
  for (const name of readdirSync(disk).filter((n) => n.startsWith('filler-'))) rmSync(join(disk, name));
  await second.close();
  const archived = parseHistory(readFileSync(join(folder, archiveName))).entries;
  assert.equal(archived.length, 60, 'once there is room the 20 trimmed transcripts reach the archive');
  assert.equal(parseHistory(readFileSync(join(folder, 'history.json'))).entries.length, 20);
});

test('on a full disk a settings change applies but reports it could not be saved, and the file is kept', (t) => {
  const disk = tinyDisk(t);
  if (!disk) return;
  const dir = join(disk, 'config');
  const first = new SettingsService({ createStore: confStore(dir), secretBox: aesSecretBox() });
  assert.equal(first.update({ hotkey: { mode: 'toggle' } }).ok, true);
  const file = join(dir, 'settings.json');
  const before = readFileSync(file);
  fill(disk);
  const result = first.update({ hotkey: { mode: 'hold' }, server: { url: `ws://${'a'.repeat(60_000)}.example:2700` } });
  assert.match(result.errors.settings ?? '', /could not be saved/, JSON.stringify(result.errors));
  assert.ok(readFileSync(file).equals(before), 'settings.json is as it was');
  assert.deepEqual(noTemps(dir), []);
});
