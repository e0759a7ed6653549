// Loading the recognizers: a missing library or model is a clear message that says what
// to fix, never a crash (vosk_model_new aborts the process on a broken folder, so the
// folder is checked before it is called).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibvosk, loadVoskEngine } from '../../electron/engine/libvosk.js';
import { loadSphinxEngine } from '../../electron/engine/sphinx.js';
import { startBuiltinServer } from '../../electron/engine/server.js';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-engine-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('libvosk from the npm vosk package loads through koffi', () => {
  console.log('  no Vosk model on this machine: only loading libvosk and the model errors are tested');
  assert.doesNotThrow(() => loadLibvosk());
});

test('a missing Vosk model folder is named in the error', (t) => {
  const missing = join(tempDir(t), 'no-such-model');
  assert.throws(() => loadVoskEngine({ modelDir: missing }), (e: Error) => e.message.includes(missing) && /does not exist/.test(e.message));
});

test('a folder that is not a Vosk model says which file is missing', (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'conf'));
  writeFileSync(join(dir, 'conf', 'model.conf'), '--sample-frequency=16000\n');
  assert.throws(
    () => loadVoskEngine({ modelDir: dir }),
    (e: Error) => e.message.includes(dir) && e.message.includes('am/final.mdl'),
  );
});

test('a Vosk model folder with broken contents is refused with the folder named', (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'am'));
  mkdirSync(join(dir, 'conf'));
  writeFileSync(join(dir, 'am', 'final.mdl'), 'not a Kaldi model');
  writeFileSync(join(dir, 'conf', 'model.conf'), '--no-such-option=1\n');
  assert.throws(() => loadVoskEngine({ modelDir: dir }), (e: Error) => e.message.includes(`loading the Vosk model in ${dir}`));
});

test('a missing PocketSphinx model names the file and the package to install', (t) => {
  const dir = tempDir(t);
  assert.throws(
    () => loadSphinxEngine({ modelDir: dir }),
    (e: Error) => e.message.includes(dir) && e.message.includes('apt-get install libpocketsphinx3 pocketsphinx-en-us'),
  );
});

test('startBuiltinServer rejects with the engine error instead of serving a broken engine', async (t) => {
  const dir = tempDir(t);
  await assert.rejects(startBuiltinServer({ engine: 'vosk', modelDir: dir }), /is not a Vosk model folder: am\/final\.mdl is missing/);
  await assert.rejects(startBuiltinServer({ engine: 'vosk' }), /needs a model folder/);
  await assert.rejects(startBuiltinServer({ engine: 'sphinx', modelDir: dir }), /pocketsphinx-en-us/);
});
