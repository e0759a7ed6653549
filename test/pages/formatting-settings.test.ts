// Settings → Formatting on the real page: a control for every formatting rule and for the
// languages, each change saved as a patch of that field.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SETTINGS_FIELDS } from '../../electron/settings/schema.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { eventually } from '../helpers/eventually.js';
import { serveSettings, type ServedSettings } from './page-fakes.js';

let harness: PageHarness;
let fake: ServedSettings;

before(async () => {
  // The harness's bridge is a WebSocket, which the page's CSP forbids (csp.test.ts checks it).
  harness = await startPageHarness({ context: { bypassCSP: true } });
  fake = serveSettings(harness);
  await harness.open('renderer/settings/settings.html');
  await harness.page.waitForSelector('body[data-ready="true"]');
});
after(() => harness.close());

test('every formatting switch and language setting has a control showing its stored value', async () => {
  const keys = SETTINGS_FIELDS.filter((f) => f.key.startsWith('formatting.') && f.schema.type === 'boolean').map((f) => f.key);
  assert.ok(keys.length >= 14, keys.join());
  for (const key of keys) assert.equal(await harness.page.getByTestId(key).isChecked(), true, key);
  const options = (id: string) => harness.page.$$eval(`[data-testid="${id}"] option`, (els) => els.map((e) => (e as unknown as { value: string }).value));
  assert.deepEqual(await options('formatting.language'), ['auto', 'en', 'de', 'fr', 'es']);
  assert.deepEqual(await options('server.language'), ['en', 'de', 'fr', 'es']);
  assert.equal(await harness.page.getByTestId('formatting.language').inputValue(), 'auto');
});

test('switching a rule family off or picking a language saves that field', async () => {
  await harness.page.getByTestId('formatting.times').uncheck();
  assert.deepEqual(await eventually('patch 1', () => fake.patches[0]), { formatting: { times: false } });
  await harness.page.getByTestId('formatting.language').selectOption('fr');
  assert.deepEqual(await eventually('patch 2', () => fake.patches[1]), { formatting: { language: 'fr' } });
  await harness.page.getByTestId('server.language').selectOption('es');
  assert.deepEqual(await eventually('patch 3', () => fake.patches[2]), { server: { language: 'es' } });
  assert.deepEqual(harness.pageErrors, []);
});
