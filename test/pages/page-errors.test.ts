// A failed request shows the user the handler's own words, never Electron's
// "Error invoking remote method '…': Error: " prefix (the harness rejects invokes exactly
// as Electron does, prefix included).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { eventually } from '../helpers/eventually.js';
import { serveHistory, serveSettings } from './page-fakes.js';

let harness: PageHarness;
before(async () => {
  // The harness's bridge is a WebSocket, which the pages' CSP rightly forbids (csp.test.ts checks it).
  harness = await startPageHarness({ context: { bypassCSP: true } });
});
after(() => harness.close());

const shown = (testId: string) => eventually(`text in ${testId}`, async () => ((await harness.page.getByTestId(testId).textContent()) ?? '') || undefined);

test('settings: a refused save reads as the reason, without the IPC prefix', async () => {
  serveSettings(harness);
  harness.handle('settings:update', () => {
    throw new Error('The settings file is read-only.');
  });
  await harness.open('renderer/settings/settings.html');
  await harness.page.waitForSelector('body[data-ready="true"]');
  await harness.page.getByTestId('startAtLogin').click();
  const text = await shown('general-error');
  assert.equal(text, 'Could not save: The settings file is read-only.');
});

test('transcript: a failed load reads as the reason, without the IPC prefix', async () => {
  serveHistory(harness);
  harness.handle('history:list', () => {
    throw new Error('The transcript history could not be read.');
  });
  await harness.open('renderer/transcript/transcript.html');
  const text = await shown('status');
  assert.equal(text, 'Could not load the transcript: The transcript history could not be read.');
});
