// test-needs: none (engine choice from fake library files; nothing is loaded)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ModelLibrary, resolveEngine } from '../../electron/models/library.js';

/** Writes a model folder by hand, the way a user unzipping one into the folder would. */
function dropModel(modelsDir: string, name: string, files = ['am/final.mdl', 'conf/model.conf', 'graph/HCLG.fst']): string {
  const dir = join(modelsDir, name);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${file}\n`);
  }
  return dir;
}

function withLibrary(run: (library: ModelLibrary, root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'voskey-library-'));
  try {
    run(new ModelLibrary(join(root, 'models')), root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a missing models folder lists nothing', () => {
  withLibrary((library) => assert.deepEqual(library.list(), []));
});

test('a model dropped in by hand is listed; incomplete folders and work in progress are not', () => {
  withLibrary((library) => {
    dropModel(library.modelsDir, 'my-own-model');
    dropModel(library.modelsDir, 'vosk-model-small-en-us-0.15', ['am/final.mdl', 'conf/mfcc.conf', 'graph/HCLr.fst', 'graph/Gr.fst']);
    dropModel(library.modelsDir, 'half-a-model', ['am/final.mdl', 'graph/HCLr.fst']);
    dropModel(library.modelsDir, '.unpack-something-1234');
    const listed = library.list();
    assert.deepEqual(listed.map((m) => m.name), ['my-own-model', 'vosk-model-small-en-us-0.15']);
    assert.equal(listed[0]?.language, null);
    assert.equal(listed[1]?.language, 'en-us');
    assert.ok(listed.every((m) => m.sizeBytes > 0));
  });
});

test('select marks a model; deleting it removes the folder and the selection', () => {
  withLibrary((library) => {
    dropModel(library.modelsDir, 'a-model');
    dropModel(library.modelsDir, 'b-model');
    library.select('b-model');
    assert.equal(library.selectedName(), 'b-model');
    assert.deepEqual(library.list().filter((m) => m.selected).map((m) => m.name), ['b-model']);
    assert.equal(library.delete('b-model'), true);
    assert.deepEqual(library.list().map((m) => m.name), ['a-model']);
    assert.equal(library.selectedName(), null);
    assert.equal(library.delete('b-model'), false);
  });
});

test('selecting something that is not an installed model is refused with a message', () => {
  withLibrary((library) => {
    assert.throws(() => library.select('nope'), /not an installed model/);
    assert.throws(() => library.select('../escape'), /not an installed model/);
    assert.throws(() => library.delete('../escape'), /not a valid model name/);
  });
});

test('resolveEngine prefers the selected Vosk model', () => {
  withLibrary((library) => {
    dropModel(library.modelsDir, 'a-model');
    const b = dropModel(library.modelsDir, 'b-model');
    library.select('b-model');
    assert.deepEqual(resolveEngine({ library, platform: 'linux' }), { engine: 'vosk', modelDir: b, model: 'b-model' });
  });
});

test('resolveEngine uses an installed model even when none was selected', () => {
  withLibrary((library) => {
    const dir = dropModel(library.modelsDir, 'only-model');
    assert.deepEqual(resolveEngine({ library, platform: 'win32' }), { engine: 'vosk', modelDir: dir, model: 'only-model' });
  });
});

test('resolveEngine falls back to PocketSphinx on Linux when its library and model exist', () => {
  withLibrary((library, root) => {
    const libDir = join(root, 'lib');
    const hmmDir = join(root, 'en-us');
    mkdirSync(libDir);
    mkdirSync(hmmDir);
    writeFileSync(join(libDir, 'libpocketsphinx.so.3'), '');
    const choice = resolveEngine({ library, platform: 'linux', sphinxLibraryDirs: [libDir], sphinxModelDir: hmmDir });
    assert.deepEqual(choice, { engine: 'sphinx', hmmDir, library: join(libDir, 'libpocketsphinx.so.3') });
    // The same files do not count on another platform.
    assert.equal(resolveEngine({ library, platform: 'darwin', sphinxLibraryDirs: [libDir], sphinxModelDir: hmmDir }).engine, 'none');
  });
});

test('resolveEngine with nothing installed says what to do', () => {
  withLibrary((library, root) => {
    const choice = resolveEngine({ library, platform: 'linux', sphinxLibraryDirs: [join(root, 'none')], sphinxModelDir: join(root, 'none') });
    assert.equal(choice.engine, 'none');
    assert.match(choice.engine === 'none' ? choice.message : '', /download one.*apt install libpocketsphinx3/s);
  });
});

test('resolveEngine honours a model folder from settings, and explains a bad one', () => {
  withLibrary((library, root) => {
    const good = dropModel(root, 'elsewhere');
    assert.deepEqual(resolveEngine({ library, modelDirOverride: good }), { engine: 'vosk', modelDir: good, model: 'elsewhere' });
    const bad = dropModel(root, 'broken', ['am/final.mdl']);
    const choice = resolveEngine({ library, modelDirOverride: bad });
    assert.equal(choice.engine, 'none');
    assert.match(choice.engine === 'none' ? choice.message : '', /missing conf\/model\.conf.*graph/);
  });
});
