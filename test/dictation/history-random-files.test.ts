// Property test (seeded, bounded): whatever bytes history.json holds, the history opens
// without throwing, records and saves a new transcript, and the original is never lost — the
// file is as it was, or a file named in a notice holds its bytes, or it read cleanly and every
// one of its transcripts is in what was written.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { HISTORY_FILE_NAME, TranscriptHistory } from '../../electron/dictation/history.js';
import type { TranscriptEntry } from '../../electron/dictation/history-types.js';
import { filesNamedIn, randomFileBytes, seededRandom } from '../helpers/random-bytes.js';

const SEED = 0x4157021;
const CASES = 250;

/** The original's transcripts when it is a clean version-1 file of well-formed entries only. */
function cleanEntries(bytes: Buffer): TranscriptEntry[] | undefined {
  try {
    const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as { version?: unknown; entries?: unknown };
    if (!Array.isArray(data.entries)) return undefined;
    return data.entries as TranscriptEntry[];
  } catch {
    return undefined;
  }
}

test(`history: ${CASES} random files (seed ${SEED}) never throw and never lose the original`, async (t) => {
  const random = seededRandom(SEED);
  const valid = Buffer.from(
    JSON.stringify({
      version: 1,
      entries: [
        { id: 'a', time: 1_700_000_000_000, text: 'Dear Sam, see you soon.', raw: 'dear sam comma see you soon' },
        { id: 'b', time: 1_700_000_060_000, text: 'The PIN is 4711.', raw: 'the pin is four seven one one' },
      ],
    }),
  );
  const folder = mkdtempSync(join(tmpdir(), 'voskey-history-random-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  for (let i = 0; i < CASES; i++) {
    const dir = mkdtempSync(join(folder, `${i}-`));
    const file = join(dir, HISTORY_FILE_NAME);
    const original = randomFileBytes(random, valid);
    writeFileSync(file, original);
    const where = `case ${i} (seed ${SEED}): ${JSON.stringify(original.toString('latin1').slice(0, 120))}`;

    let history: TranscriptHistory;
    assert.doesNotThrow(() => (history = new TranscriptHistory({ folder: dir, maxEntries: 100, writeDelayMs: 60_000 })), where);
    history!.add('Said after opening.', 'said after opening');
    await history!.close();

    const now = readFileSync(file);
    if (now.equals(original)) continue;
    if (filesNamedIn(history!.startupNotices).some((p) => readFileSync(p).equals(original))) continue;
    const before = cleanEntries(original);
    assert.ok(before, `${where}: the file changed, and no notice names a copy of its bytes (notices: ${history!.startupNotices.join(' | ')})`);
    const after = (JSON.parse(now.toString('utf8')) as { entries: TranscriptEntry[] }).entries;
    for (const entry of before) assert.ok(after.some((e) => isDeepStrictEqual(e, entry)), `${where}: ${JSON.stringify(entry)} was lost`);
  }
});
