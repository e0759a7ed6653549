// The engine the user chose is the engine that runs (issue 13): with a Vosk model installed
// and selected, choosing PocketSphinx in settings runs PocketSphinx, through the real engine
// process; "Use" on a model in "Speech models…" switches back to Vosk.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forkEngineProcess } from '../../electron/app/engine-host.js';
import type { EngineProcessRequest } from '../../electron/engine/engine-process-messages.js';
import { dropModel } from '../models/model-folder.js';
import { headlessCore } from './app-harness.js';

/** The core with no pages, its engine processes real, every request to them recorded. */
function coreWithEngineLog(t: { after(fn: () => unknown): void }) {
  const requests: EngineProcessRequest[] = [];
  const { core, data } = headlessCore(t, {}, undefined, {
    launchEngine: (entry) => {
      const engine = forkEngineProcess(entry);
      const send = (request: EngineProcessRequest) => {
        requests.push(request);
        engine.send(request);
      };
      return { ...engine, send };
    },
  });
  return { core, data, requests };
}

test('PocketSphinx chosen with a Vosk model installed and selected: PocketSphinx runs', async (t) => {
  const { core, data, requests } = coreWithEngineLog(t);
  // The folder only looks like a Vosk model: had the app started libvosk on it, the engine could not start.
  dropModel(data.models.library.modelsDir, 'vosk-model-small-en-us-0.15');
  await core.handlers['models:select']('vosk-model-small-en-us-0.15');
  assert.equal(data.settings.get().engine.kind, 'vosk', '"Use" on a model chooses Vosk');
  assert.equal(core.builtinEngine().engine, 'vosk');

  assert.equal(data.settings.update({ server: { url: '' }, engine: { kind: 'sphinx' } }).ok, true);
  assert.equal(core.builtinEngine().engine, 'sphinx');
  const probe = await core.handlers['settings:test-connection']('');
  assert.equal(probe.ok, true, `the built-in engine answers: ${JSON.stringify(probe)}`);
  assert.deepEqual(
    requests.filter((r) => r.type === 'start').map((r) => r.type === 'start' && r.engine),
    ['sphinx'],
    'the engine process was asked for PocketSphinx, never Vosk',
  );
});

test('Vosk chosen with no model installed: dictation is refused with where to get one', async (t) => {
  const { core, data, requests } = coreWithEngineLog(t);
  assert.equal(data.settings.update({ server: { url: '' }, engine: { kind: 'vosk' } }).ok, true);
  const probe = await core.handlers['settings:test-connection']('');
  assert.equal(probe.ok, false);
  assert.match(probe.ok ? '' : probe.detail, /No Vosk model is installed.*“Speech models…”/);
  assert.deepEqual(requests, [], 'no engine process is started for nothing');
});
