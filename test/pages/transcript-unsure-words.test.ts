// Settings → confidence → "in the transcript": the real transcript page in Chromium, with
// the real history and its real list handler, marks the words the recognizer was unsure
// of when they were said; with the option off (or threshold 0) nothing is marked, and
// copying an entry copies the plain text.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { serveHistory, type ServedHistory } from './page-fakes.js';

const PAGE = 'renderer/transcript/transcript.html';
const SAID = { text: 'Please call me at 7.', raw: 'please call me at seven period' };
const SCORED = [
  { word: 'please', confidence: 1 },
  { word: 'call', confidence: 1 },
  { word: 'me', confidence: 0.95 },
  { word: 'at', confidence: 0.31 },
  { word: 'seven', confidence: 0.9 },
  { word: 'period', confidence: 1 },
];

describe('unsure words in the transcript', () => {
  let harness: PageHarness;
  before(async () => {
    harness = await startPageHarness({ context: { bypassCSP: true } });
  });
  after(() => harness.close());

  async function open(markBelowConfidence: number): Promise<ServedHistory> {
    const fake = serveHistory(harness, { markBelowConfidence });
    fake.history.add(SAID.text, SAID.raw, { scoredWords: SCORED });
    await harness.open(PAGE);
    await harness.page.waitForSelector('body[data-ready="true"]');
    return fake;
  }
  const newestMarks = () =>
    harness.page.evaluate<{ text: string | null; title: string }[]>(
      `[...document.querySelectorAll('[data-testid="entry-text"]')[0].querySelectorAll('mark.unsure')].map((m) => ({ text: m.textContent, title: m.title }))`,
    );

  test('with the option on, the entry marks its unsure words and still reads (and copies) as typed', async () => {
    const fake = await open(0.6);
    assert.deepEqual(await newestMarks(), [{ text: 'at', title: 'unsure word, 31 % confidence' }]);
    assert.equal(await harness.page.getByTestId('entry-text').first().textContent(), SAID.text);
    await harness.page.getByTestId('entry-copy').first().click();
    await harness.page.waitForFunction(`document.querySelector('[data-testid="status"]').textContent === 'Copied.'`);
    assert.deepEqual(fake.copied, [SAID.text]);
    assert.deepEqual(harness.pageErrors, []);
  });

  test('with the option off nothing is marked', async () => {
    await open(0);
    assert.deepEqual(await newestMarks(), []);
    assert.equal(await harness.page.getByTestId('entry-text').first().textContent(), SAID.text);
  });
});
