// Property test (seeded, bounded): whatever bytes the settings file holds, the service
// starts without throwing and the original is never lost — the file is as it was, or a
// copy named in a notice holds the original bytes, or the rewrite only added to it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { SettingsService } from '../../electron/settings/service.js';
import { filesNamedIn, randomFileBytes, seededRandom } from '../helpers/random-bytes.js';
import { aesSecretBox, confStore, tempDir } from './support.js';

const SEED = 0x5e771265;
const CASES = 250;

/** Every value of `original` is in `now` (schemaVersion aside): the rewrite only added. */
function onlyAdded(original: unknown, now: unknown): boolean {
  if (typeof original !== 'object' || original === null || Array.isArray(original)) return isDeepStrictEqual(original, now);
  if (typeof now !== 'object' || now === null || Array.isArray(now)) return false;
  return Object.entries(original).every(([key, value]) => key === 'schemaVersion' || onlyAdded(value, (now as Record<string, unknown>)[key]));
}

function decodesCleanly(bytes: Buffer): unknown {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return JSON.parse(text);
}

test(`settings: ${CASES} random files (seed ${SEED}) never throw and never lose the original`, (t) => {
  const random = seededRandom(SEED);
  const valid = Buffer.from(JSON.stringify({ ...defaultSettings(), hotkey: { accelerator: 'Control+Shift+F9', mode: 'toggle', maxUtteranceSeconds: 60 } }, null, 1));
  for (let i = 0; i < CASES; i++) {
    const dir = tempDir(t);
    const file = join(dir, 'settings.json');
    const original = randomFileBytes(random, valid);
    writeFileSync(file, original);
    const where = `case ${i} (seed ${SEED}): ${JSON.stringify(original.toString('latin1').slice(0, 120))}`;

    let service: SettingsService;
    assert.doesNotThrow(() => (service = new SettingsService({ createStore: confStore(dir), secretBox: aesSecretBox() })), where);
    const now = readFileSync(file);
    assert.doesNotThrow(() => service!.update({ hotkey: { mode: 'hold' } }), `${where}: settings work after start-up`);
    if (now.equals(original)) continue;
    if (filesNamedIn(service!.startupNotices).some((p) => readFileSync(p).equals(original))) continue;
    let parsed: unknown;
    try {
      parsed = decodesCleanly(original);
    } catch {
      assert.fail(`${where}: unreadable, yet no notice names a copy with its bytes (notices: ${service!.startupNotices.join(' | ')})`);
    }
    const written: unknown = JSON.parse(now.toString('utf8'));
    assert.ok(onlyAdded(parsed, written), `${where}: rewritten at start-up without a copy, and something was lost`);
  }
});
