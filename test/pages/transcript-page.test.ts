// The real transcript page in Chromium with this process playing main: lists newest first,
// searches through main, copies, deletes, clears after confirming, exports, and follows
// history:changed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { eventually } from '../helpers/eventually.js';
import { appendToArchive } from '../../electron/dictation/history-archive.js';
import { serveHistory, type ServedHistory } from './page-fakes.js';

const PAGE = 'renderer/transcript/transcript.html';

describe('transcript page', () => {
  let harness: PageHarness;
  let fake: ServedHistory;

  // See settings-page.test.ts: the harness bridge needs the CSP bypassed; csp.test.ts covers it.
  before(async () => {
    harness = await startPageHarness({ context: { bypassCSP: true } });
  });
  after(() => harness.close());

  async function open(options: { cancelExport?: boolean } = {}) {
    fake = serveHistory(harness, options);
    harness.pageErrors.length = 0;
    await harness.open(PAGE);
    await harness.page.waitForSelector('body[data-ready="true"]');
  }
  beforeEach(() => open());

  const byTestId = (id: string) => harness.page.getByTestId(id);
  const shownTexts = () => byTestId('entry-text').allInnerTexts();
  const callsOf = (channel: string) => fake.calls.filter((c) => c.channel === channel);
  const statusIs = (pattern: RegExp) =>
    eventually(`status matches ${pattern}`, async () => pattern.test((await byTestId('status').textContent()) ?? ''));

  test('lists every entry newest first, each with its time', async () => {
    assert.deepEqual(await shownTexts(), ['Third: good morning, Voskey.', 'Second: the weather is fine.', 'First: hello world.']);
    const times = await harness.page.locator('[data-testid="entry"] time').evaluateAll((els: { getAttribute(name: string): string | null }[]) =>
      els.map((el) => el.getAttribute('datetime')),
    );
    assert.deepEqual(times, ['2026-01-15T11:00:00.000Z', '2026-01-15T10:00:00.000Z', '2026-01-15T09:00:00.000Z']);
    assert.equal(await byTestId('empty').isVisible(), false);
    assert.deepEqual(harness.pageErrors, []);
  });

  test('search asks main with the query and shows only what matches', async () => {
    await byTestId('search').fill('voss key');
    await eventually('one match shown', async () => (await shownTexts()).length === 1);
    assert.deepEqual(await shownTexts(), ['Third: good morning, Voskey.']);
    assert.deepEqual(callsOf('history:list').at(-1)?.args, ['voss key']);
    await byTestId('search').fill('zebra');
    await eventually('nothing shown', async () => (await shownTexts()).length === 0);
    assert.match(await byTestId('empty').innerText(), /Nothing matches “zebra”/);
    await byTestId('search').fill('');
    await eventually('all shown again', async () => (await shownTexts()).length === 3);
  });

  test('copy and delete act on the entry they sit on', async () => {
    await byTestId('entry-copy').nth(1).click();
    await statusIs(/Copied/);
    assert.deepEqual(callsOf('history:copy').map((c) => c.args), [['b']]);
    assert.deepEqual(fake.copied, ['Second: the weather is fine.']);
    await byTestId('entry-delete').first().click();
    await eventually('two left', async () => (await shownTexts()).length === 2);
    assert.deepEqual(callsOf('history:delete').map((c) => c.args), [['c']]);
    assert.deepEqual(await shownTexts(), ['Second: the weather is fine.', 'First: hello world.']);
    assert.deepEqual(fake.history.list().map((e) => e.id).sort(), ['a', 'b'], 'deleted from the real history');
  });

  test('clear all asks first; cancel keeps everything, confirm clears', async () => {
    await byTestId('clear-all').click();
    assert.equal(await byTestId('confirm-clear').isVisible(), true);
    await byTestId('confirm-clear-no').click();
    assert.equal(await byTestId('confirm-clear').isVisible(), false);
    assert.equal(callsOf('history:clear').length, 0);
    assert.equal((await shownTexts()).length, 3);

    await byTestId('clear-all').click();
    await byTestId('confirm-clear-yes').click();
    await statusIs(/Deleted 3 entries/);
    assert.equal(callsOf('history:clear').length, 1);
    assert.deepEqual(await shownTexts(), []);
    assert.match(await byTestId('empty').innerText(), /Nothing dictated yet/);
  });

  test('export as text or JSON reports where the file went, or that it was cancelled', async () => {
    await byTestId('export-txt').click();
    await statusIs(/Exported to \S*voskey-transcript\.txt/);
    assert.match(readFileSync(join(fake.folder, 'voskey-transcript.txt'), 'utf8'), /First: hello world\./);
    await byTestId('export-json').click();
    await eventually('json export asked', () => callsOf('history:export').length === 2);
    assert.deepEqual(callsOf('history:export').map((c) => c.args), [['txt'], ['json']]);
    await open({ cancelExport: true });
    await byTestId('export-json').click();
    await statusIs(/Export cancelled/);
  });

  test('archives of trimmed transcripts are listed, each with its own export; no section when there are none', async () => {
    assert.equal(await byTestId('archives').isVisible(), false);
    const trimmed = Array.from({ length: 40 }, (_, i) => ({ id: `old${i}`, time: Date.UTC(2025, 0, 1) + i, text: `Old words ${i}.`, raw: `old words ${i}` }));
    appendToArchive(join(fake.folder, 'history.archive-2026-01-15.json'), trimmed);
    harness.emit('history:changed');
    await eventually('the archive is listed', async () => (await byTestId('archive').count()) === 1);
    assert.match(await byTestId('archive').innerText(), /history\.archive-2026-01-15\.json \(40 entries\)/);
    await byTestId('archive-export-txt').click();
    await statusIs(/Exported to \S*history\.archive-2026-01-15\.txt/);
    assert.match(readFileSync(join(fake.folder, 'history.archive-2026-01-15.txt'), 'utf8'), /Old words 0\.[^]*Old words 39\./);
    assert.deepEqual(callsOf('history:export-archive').map((c) => c.args), [['history.archive-2026-01-15.json', 'txt']]);
  });

  test('an entry with alternatives lists them formatted, and copies the one picked', async () => {
    const second = harness.page.locator('[data-testid="entry"][data-id="b"]');
    assert.equal(await harness.page.getByTestId('entry-alternatives-toggle').count(), 1, 'only the entry with alternatives offers them');
    await second.getByTestId('entry-alternatives-toggle').click();
    const readings = second.getByTestId('entry-alternative');
    await eventually('the readings show', async () => (await readings.count()) === 3);
    assert.deepEqual(await readings.locator('span').allTextContents(), ['Second the weather is fine', 'Second the whether is fine', 'Second the weather is nine']);
    await readings.nth(2).getByTestId('entry-alternative-copy').click();
    await statusIs(/Copied alternative 3/);
    assert.deepEqual(fake.copied, ['Second the weather is nine']);
    assert.deepEqual(callsOf('history:copy-alternative').map((c) => c.args), [['b', 3]]);
    await second.getByTestId('entry-alternatives-toggle').click();
    assert.equal(await second.getByTestId('entry-alternatives').isVisible(), false, 'the toggle closes the list');
    assert.deepEqual(harness.pageErrors, []);
  });

  test('history:changed makes the page fetch the list again', async () => {
    fake.history.add('Fourth, newest.', 'fourth newest');
    harness.emit('history:changed');
    await eventually('the new entry appears', async () => (await shownTexts())[0] === 'Fourth, newest.');
  });
});
