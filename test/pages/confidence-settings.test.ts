// Settings → Overlay: the threshold for marking unsure words (0 = off) and "in the
// transcript too", on the real settings page in Chromium against the real settings service.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { eventually } from '../helpers/eventually.js';
import { serveSettings } from './page-fakes.js';

let harness: PageHarness;
before(async () => {
  harness = await startPageHarness({ context: { bypassCSP: true } });
});
after(() => harness.close());

test('the threshold and the transcript option show their values, save as patches, and out-of-range is refused beside the field', async () => {
  const fake = serveSettings(harness);
  await harness.open('renderer/settings/settings.html');
  await harness.page.waitForSelector('body[data-ready="true"]');
  const byTestId = (id: string) => harness.page.getByTestId(id);
  assert.equal(await byTestId('confidence.markBelowPercent').inputValue(), '60', 'the default');
  assert.equal(await byTestId('confidence.inTranscript').isChecked(), false);
  assert.equal(await harness.page.locator('label[for="confidence-threshold"]').innerText(), 'Mark words Voskey is unsure of in the overlay: below this confidence, in % (0 = off)');

  await byTestId('confidence.markBelowPercent').fill('0');
  await byTestId('confidence.markBelowPercent').press('Tab');
  await eventually('saved', () => fake.settings.confidence.markBelowPercent === 0);
  assert.deepEqual(fake.patches.at(-1), { confidence: { markBelowPercent: 0 } });
  await byTestId('confidence.inTranscript').check();
  await eventually('saved', () => fake.settings.confidence.inTranscript);

  await byTestId('confidence.markBelowPercent').fill('150');
  await byTestId('confidence.markBelowPercent').press('Tab');
  await byTestId('error:confidence.markBelowPercent').waitFor();
  assert.match(await byTestId('error:confidence.markBelowPercent').innerText(), /100/);
  assert.equal(fake.settings.confidence.markBelowPercent, 0, 'the refused value is not stored');
  assert.deepEqual(harness.pageErrors, []);
});
