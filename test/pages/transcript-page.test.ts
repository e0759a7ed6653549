// The real transcript page in Chromium with this process playing main: lists newest first,
// searches through main, copies, deletes, clears after confirming, exports, and follows
// history:changed.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { eventually } from '../helpers/eventually.js';
import { serveHistory, type FakeHistory } from './page-fakes.js';

const PAGE = 'renderer/transcript/transcript.html';

describe('transcript page', () => {
  let harness: PageHarness;
  let fake: FakeHistory;

  // See settings-page.test.ts: the harness bridge needs the CSP bypassed; csp.test.ts covers it.
  before(async () => {
    harness = await startPageHarness({ context: { bypassCSP: true } });
  });
  after(() => harness.close());

  async function open(exportResult?: { path: string } | { cancelled: true }) {
    fake = serveHistory(harness, exportResult);
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
    await byTestId('entry-delete').first().click();
    await eventually('two left', async () => (await shownTexts()).length === 2);
    assert.deepEqual(callsOf('history:delete').map((c) => c.args), [['c']]);
    assert.deepEqual(await shownTexts(), ['Second: the weather is fine.', 'First: hello world.']);
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
    await statusIs(/Exported to \/home\/u\/voskey.txt/);
    await byTestId('export-json').click();
    await eventually('json export asked', () => callsOf('history:export').length === 2);
    assert.deepEqual(callsOf('history:export').map((c) => c.args), [['txt'], ['json']]);
    await open({ cancelled: true });
    await byTestId('export-json').click();
    await statusIs(/Export cancelled/);
  });

  test('archives of trimmed transcripts are listed, each with its own export; no section when there are none', async () => {
    assert.equal(await byTestId('archives').isVisible(), false);
    fake.archives = [{ name: 'history.archive-2026-01-15.json', path: '/home/u/.config/voskey/history.archive-2026-01-15.json', entries: 4000 }];
    harness.emit('history:changed');
    await eventually('the archive is listed', async () => (await byTestId('archive').count()) === 1);
    assert.match(await byTestId('archive').innerText(), /history\.archive-2026-01-15\.json \(4000 entries\)/);
    await byTestId('archive-export-txt').click();
    await statusIs(/Exported to \/home\/u\/voskey.txt/);
    assert.deepEqual(callsOf('history:export-archive').map((c) => c.args), [['history.archive-2026-01-15.json', 'txt']]);
  });

  test('history:changed makes the page fetch the list again', async () => {
    fake.entries.push({ id: 'd', time: Date.UTC(2026, 0, 16), text: 'Fourth, newest.', raw: 'fourth newest' });
    harness.emit('history:changed');
    await eventually('the new entry appears', async () => (await shownTexts())[0] === 'Fourth, newest.');
  });
});
