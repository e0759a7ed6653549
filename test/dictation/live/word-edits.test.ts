// A correction in several places as several small edits (word-edits.ts), and LiveCommit
// using them where the output moves the caret. Windows are strings changed as the typist
// changes a real text box (applyCaretEdit); the same edits against real Chromium on Xvfb
// are test/app/live-typing.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyCaretEdit } from '../../../electron/dictation/format/apply-edit.js';
import { LiveCommit } from '../../../electron/dictation/live/live-commit.js';
import { editSteps, wordEdits } from '../../../electron/dictation/live/word-edits.js';
import type { TextEdit } from '../../../electron/dictation/ports.js';

const applyAll = (document: string, edits: TextEdit[]) => edits.reduce(applyCaretEdit, document);
const erased = (edits: TextEdit[]) => edits.reduce((n, e) => n + e.backspaces, 0);

describe('wordEdits', () => {
  it('two changes far apart: one edit each, right to left, touching only the changed words', () => {
    // Recorded on LibriVox against a re-scoring server: the final dropped "The" and changed a word near the end.
    const typed = 'The mr john dashwood and then at leisure to consider crudely';
    const target = 'Mr john dashwood and then at leisure to consider rudely';
    const edits = wordEdits(typed, target);
    assert.equal(applyAll(typed, edits), target);
    assert.deepEqual(edits, [
      { backspaces: 1, text: '', caretBack: 6 }, // "c" of "crudely", caret over "rudely"
      { backspaces: 5, text: 'M', caretBack: 54 }, // "The m" → "M", caret over the rest
    ]);
    // As one edit the correction replaced everything from "The" to "crudely".
    assert.ok(erased(edits) <= 6);
  });

  it('an addition at the end and a change before it: the end first, then the change', () => {
    const edits = wordEdits('Hello world how are', 'Hello word how are you');
    assert.deepEqual(edits, [{ backspaces: 0, text: ' you' }, { backspaces: 1, text: '', caretBack: 13 }]);
    assert.equal(applyAll('Hello world how are', edits), 'Hello word how are you');
  });

  it('equal texts need no edit', () => {
    assert.deepEqual(wordEdits(' same words', ' same words'), []);
  });

  it('never cuts beside an accent or emoji: the caret keys move by grapheme, BackSpace by code point', () => {
    const typed = ' cafe\u0301 noir';
    const edits = wordEdits(typed, ' cafe\u0301s noir');
    assert.equal(applyAll(typed, edits), ' cafe\u0301s noir');
    assert.deepEqual(edits, [{ backspaces: 2, text: 'e\u0301s', caretBack: 5 }]);
    const emoji = wordEdits(' go 👍 now', ' go 👍🏽 now');
    assert.equal(applyAll(' go 👍 now', emoji), ' go 👍🏽 now');
    // The whole old emoji goes and the new one (with its skin-tone modifier) is typed whole.
    assert.deepEqual(emoji, [{ backspaces: 2, text: ' 👍🏽', caretBack: 4 }]);
  });
});

describe('LiveCommit with caret moves', () => {
  it('a final changing two places: steps for the app, and one stretch beside them for an output taking a single edit', () => {
    const typed = 'people write with their voice and type less often';
    const commit = new LiveCommit({ agreement: 1, holdLastWords: 0 }, () => false, true);
    commit.partial(typed);
    const edit = commit.final({ backspaces: 0, text: 'people right with their voice and type fewer often' });
    assert.equal(applyAll(typed, editSteps(edit)), 'people right with their voice and type fewer often');
    assert.equal(erased(editSteps(edit)), 'write'.length + 'less'.length, 'only the two changed words go');
    assert.equal(applyCaretEdit(typed, edit), 'people right with their voice and type fewer often');
    assert.ok(edit.backspaces > erased(editSteps(edit)));
  });

  it('without the split (the benchmark baseline) the same final is one edit over the whole stretch', () => {
    const commit = new LiveCommit({ agreement: 1, holdLastWords: 0 }, () => false, true, false);
    commit.partial('people write with their voice and type less often');
    const edit = commit.final({ backspaces: 0, text: 'people right with their voice and type fewer often' });
    assert.equal(edit.steps, undefined);
    assert.equal(applyCaretEdit('people write with their voice and type less often', edit), 'people right with their voice and type fewer often');
  });
});

describe('editSteps', () => {
  it('each step carries the live flag; spoken keys go with the last', () => {
    const keys = [{ key: 'enter', modifiers: [] }];
    const steps = editSteps({ backspaces: 9, text: 'x', live: true, keys, steps: [{ backspaces: 1, text: 'a', caretBack: 2 }, { backspaces: 1, text: 'b', caretBack: 8 }] });
    assert.deepEqual(steps, [
      { backspaces: 1, text: 'a', caretBack: 2, live: true },
      { backspaces: 1, text: 'b', caretBack: 8, live: true, keys },
    ]);
    assert.deepEqual(editSteps({ backspaces: 1, text: 'a' }), [{ backspaces: 1, text: 'a' }]);
  });
});
