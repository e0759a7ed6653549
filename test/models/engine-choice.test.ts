// Which built-in engine runs follows the user's choice (settings engine.kind), and when it
// cannot run, the message says what to do and where models are managed.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chooseBuiltinEngine } from '../../electron/models/engine-choice.js';
import type { EngineChoice } from '../../electron/models/types.js';
import { dropModel, withLibrary } from './model-folder.js';

/** A PocketSphinx install in temp folders: the library file and the model folder. */
function fakeSphinx(root: string): { sphinxLibraryDirs: string[]; sphinxModelDir: string } {
  const libDir = join(root, 'lib');
  const sphinxModelDir = join(root, 'en-us');
  mkdirSync(libDir);
  mkdirSync(sphinxModelDir);
  writeFileSync(join(libDir, 'libpocketsphinx.so.3'), '');
  return { sphinxLibraryDirs: [libDir], sphinxModelDir };
}

const messageOf = (choice: EngineChoice) => (choice.engine === 'none' ? choice.message : '');

test('PocketSphinx chosen: PocketSphinx runs even with a Vosk model installed and selected', () => {
  withLibrary((library, root) => {
    dropModel(library.modelsDir, 'vosk-model-small-en-us-0.15');
    library.select('vosk-model-small-en-us-0.15');
    const sphinx = fakeSphinx(root);
    const choice = chooseBuiltinEngine({ kind: 'sphinx', library, platform: 'linux', ...sphinx });
    assert.deepEqual(choice, { engine: 'sphinx', modelDir: sphinx.sphinxModelDir, library: join(root, 'lib', 'libpocketsphinx.so.3') });
  });
});

test('Vosk chosen: the selected model runs, else the only one installed', () => {
  withLibrary((library, root) => {
    const sphinx = fakeSphinx(root);
    const only = dropModel(library.modelsDir, 'a-model');
    assert.deepEqual(chooseBuiltinEngine({ kind: 'vosk', library, platform: 'linux', ...sphinx }), { engine: 'vosk', modelDir: only, model: 'a-model' });
    const b = dropModel(library.modelsDir, 'b-model');
    library.select('b-model');
    assert.deepEqual(chooseBuiltinEngine({ kind: 'vosk', library, platform: 'win32' }), { engine: 'vosk', modelDir: b, model: 'b-model' });
  });
});

test('Vosk chosen with nothing installed: no silent switch to PocketSphinx, and the message points at "Speech models…"', () => {
  withLibrary((library, root) => {
    const choice = chooseBuiltinEngine({ kind: 'vosk', library, platform: 'linux', ...fakeSphinx(root) });
    assert.equal(choice.engine, 'none');
    assert.match(messageOf(choice), /No Vosk model is installed.*“Speech models…”/);
  });
});

test('PocketSphinx chosen but missing: the message says how to install it or where to get a Vosk model', () => {
  withLibrary((library, root) => {
    dropModel(library.modelsDir, 'a-model');
    const missing = chooseBuiltinEngine({ kind: 'sphinx', library, platform: 'linux', sphinxLibraryDirs: [join(root, 'none')], sphinxModelDir: join(root, 'none') });
    assert.equal(missing.engine, 'none');
    assert.match(messageOf(missing), /apt install libpocketsphinx3 pocketsphinx-en-us.*“Speech models…”/);
  });
});

test('off Linux, where PocketSphinx does not exist, its default choice runs the installed model', () => {
  withLibrary((library, root) => {
    const sphinx = fakeSphinx(root);
    assert.match(messageOf(chooseBuiltinEngine({ kind: 'sphinx', library, platform: 'darwin', ...sphinx })), /No Vosk model is installed.*“Speech models…”/);
    const dir = dropModel(library.modelsDir, 'a-model');
    assert.deepEqual(chooseBuiltinEngine({ kind: 'sphinx', library, platform: 'win32', ...sphinx }), { engine: 'vosk', modelDir: dir, model: 'a-model' });
  });
});

test('a Vosk model folder set by hand wins over the library, and a bad one is explained', () => {
  withLibrary((library, root) => {
    dropModel(library.modelsDir, 'a-model');
    const good = dropModel(root, 'elsewhere');
    assert.deepEqual(chooseBuiltinEngine({ kind: 'vosk', modelDir: good, library }), { engine: 'vosk', modelDir: good, model: 'elsewhere' });
    const bad = dropModel(root, 'broken', ['am/final.mdl']);
    const choice = chooseBuiltinEngine({ kind: 'vosk', modelDir: bad, library });
    assert.equal(choice.engine, 'none');
    assert.match(messageOf(choice), /missing conf\/model\.conf.*graph/);
  });
});
