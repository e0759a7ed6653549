// test-needs: none (engine choice from fake library files; nothing is loaded)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropModel, withLibrary } from './model-folder.js';

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
