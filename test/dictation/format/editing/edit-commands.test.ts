// "replace X with Y", "delete last sentence" and "undo that" (issue 24), dictated into a
// stand-in text field that applies every edit as a text box does (caret moves included):
// each case asserts the text the user would see.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../../electron/dictation/format/index.js';
import { checkCases, dictate, FakeTextField, settings } from '../editor.js';

describe('replace X with Y', () => {
  checkCases([
    { say: ['the cat sat on the mat period', 'replace cat with dog'], types: 'The dog sat on the mat.' },
    // Y at a sentence start gets the capital; X there loses it.
    { say: ['the cat sat period', 'replace the cat with a bird'], types: 'A bird sat.' },
    { say: ['it rained period', 'the cat sat', 'replace the cat with a bird'], types: 'It rained. A bird sat' },
    // The word after: loses a sentence capital when Y no longer ends the sentence, gains one when it does.
    { say: ['hello period', 'world is big', 'replace hello period with hello comma'], types: 'Hello, world is big' },
    { say: ['i came home and slept', 'replace home and with home period'], types: 'I came home. Slept' },
    // A name keeps its capital, whatever the sentence does.
    { say: ['we went home period', 'paris was great', 'replace home period with home and'], types: 'We went home and Paris was great' },
    // The last occurrence, whole words, any case.
    { say: ['the dog and the dog period', 'replace dog with cat'], types: 'The dog and the cat.' },
    { say: ['dogma is not a dog period', 'replace dog with cat'], types: 'Dogma is not a cat.' },
    { say: ['the dog period', 'replace the with a'], types: 'A dog.' },
    // An apostrophe ends a word: possessives and contractions are found, and whole ones too.
    { say: ["this is john's car", 'replace john with peter'], types: "This is Peter's car" },
    { say: ["i don't know", "replace don't with do"], types: 'I do know' },
    // Several words each side, across utterances, formatted as dictation (numbers, money, punctuation).
    { say: ['see you', 'next week', 'replace you next with you the next'], types: 'See you the next week' },
    { say: ['i owe you twenty three dollars period', 'replace twenty three dollars with forty five euros'], types: 'I owe you €45.' },
    { say: ['call me tomorrow', 'replace tomorrow with tomorrow question mark'], types: 'Call me tomorrow?' },
    // Dictation goes on from the edited end: a sentence ended by Y starts the next with a capital.
    { say: ['the cat sat', 'replace sat with slept period', 'then it woke'], types: 'The cat slept. Then it woke' },
    // The caret walks over emoji and accents as whole characters, as arrow keys do.
    { say: ['the rocket cat sat', 'replace cat with dog'], types: 'The 👍🏽 dog sat', options: { replacements: [{ from: 'rocket', to: '👍🏽' }] } },
    { say: ['un café crème', 'replace un with une'], types: 'Une café crème' },
    { say: ['i like rocket period', 'replace like with love'], types: 'I love 🚀.', options: { replacements: [{ from: 'rocket', to: '🚀' }] } },
    // X may contain the joining word: the first split whose X is in the text wins.
    { say: ['handle with care', 'replace with care with with caution'], types: 'Handle with caution' },
    // The target is not there: nothing changes, nothing is typed.
    { say: ['hello world', 'replace zebra with horse'], types: 'Hello world' },
    { say: ['replace hello with goodbye'], types: '' },
    // Only as the whole utterance, and not at all with commands off.
    { say: ['please replace the cat with a dog'], types: 'Please replace the cat with a dog' },
    { say: ['the cat', 'replace cat with dog'], types: 'The cat replace cat with dog', options: { commands: false } },
  ]);

  it('says why when the target is not there, and types nothing', () => {
    const formatter = new DictationFormatter(settings());
    formatter.finalResult('hello world');
    const edit = formatter.finalResult('replace zebra with horse');
    assert.equal(edit.backspaces + edit.text.length, 0);
    assert.match(edit.notice ?? '', /"zebra" is not in the text Voskey typed in this field/);
  });

  it('changes only the changed words: the caret moves over the rest instead of retyping it', () => {
    const formatter = new DictationFormatter(settings());
    const field = new FakeTextField();
    field.apply(formatter.finalResult('the cat sat on the mat period'));
    const edit = formatter.finalResult('replace cat with dog');
    field.apply(edit);
    assert.equal(field.value, 'The dog sat on the mat.');
    assert.ok((edit.caretBack ?? 0) >= ' sat on the mat.'.length, JSON.stringify(edit));
    assert.ok(edit.backspaces <= 'cat'.length, JSON.stringify(edit));
  });

  it('has nothing to replace after the context was reset (the text is in another window)', () => {
    const formatter = new DictationFormatter(settings());
    formatter.finalResult('the cat sat');
    formatter.resetContext();
    assert.ok(formatter.finalResult('replace cat with dog').notice);
  });
});

describe('delete last sentence', () => {
  checkCases([
    { say: ['first sentence period', 'second one period', 'delete last sentence'], types: 'First sentence.' },
    { say: ['first period', 'second part', 'goes on period', 'delete last sentence'], types: 'First.' },
    { say: ['is it question mark', 'yes period', 'delete the last sentence'], types: 'Is it?' },
    { say: ['just one sentence', 'delete last sentence'], types: '' },
    { say: ['one period two period three period', 'delete last sentence', 'delete last sentence'], types: 'One.' },
    // A line break before the sentence stays; dictation goes on after it with a capital.
    { say: ['dear ada', 'new line', 'thanks period', 'delete last sentence', 'bye'], types: 'Dear Ada\nBye' },
    { say: ['first period', 'second period', 'delete last sentence', 'third'], types: 'First. Third' },
    { say: ['delete last sentence'], types: '' },
  ]);

  it('says why when there is no sentence to delete', () => {
    const formatter = new DictationFormatter(settings());
    assert.match(formatter.finalResult('delete last sentence').notice ?? '', /no sentence/);
  });
});

describe('undo that', () => {
  checkCases([
    // After dictation it keeps its old meaning: the last utterance goes.
    { say: ['hello', 'world', 'undo that'], types: 'Hello' },
    // After an edit it reverts the edit, several in a row, then the dictation before them.
    { say: ['the cat sat period', 'replace cat with dog', 'undo that'], types: 'The cat sat.' },
    { say: ['first period', 'second period', 'delete last sentence', 'undo that'], types: 'First. Second.' },
    { say: ['first period', 'second period', 'delete last sentence', 'undo that', 'third'], types: 'First. Second. Third' },
    { say: ['a cat and a dog', 'replace cat with cow', 'replace dog with pig', 'undo that'], types: 'A cow and a dog' },
    { say: ['a cat and a dog', 'replace cat with cow', 'replace dog with pig', 'undo that', 'undo that'], types: 'A cat and a dog' },
    { say: ['a cat and a dog', 'replace cat with cow', 'delete last sentence', 'undo that', 'undo that', 'undo that'], types: '' },
    // A command that changed nothing is not a step to undo.
    { say: ['hello', 'world', 'replace zebra with horse', 'undo that'], types: 'Hello' },
    { say: ['undo that'], types: '' },
  ]);
});

describe('scratch that and undo that differ after an edit', () => {
  checkCases([
    // scratch: the last dictation goes, with the edits made since; undo: only the last edit.
    { say: ['hello there', 'the cat sat', 'replace cat with dog', 'scratch that'], types: 'Hello there' },
    { say: ['hello there', 'the cat sat', 'replace cat with dog', 'undo that'], types: 'Hello there the cat sat' },
    { say: ['one period', 'two period', 'delete last sentence', 'scratch that'], types: 'One.' },
  ]);
});

describe('the editing-commands switch', () => {
  checkCases([
    // Off: replace and delete are words; undo only ever has dictation to take back.
    { say: ['the cat', 'replace cat with dog'], types: 'The cat replace cat with dog', options: { editCommands: false } },
    { say: ['one period', 'delete last sentence'], types: 'One. Delete last sentence', options: { editCommands: false } },
    { say: ['one', 'two', 'undo that'], types: 'One', options: { editCommands: false } },
  ]);
});

describe('a window that cannot move the caret (a terminal)', () => {
  const noCaret = { caretMoves: false };

  it('refuses an edit in the middle, says why, and keeps the field as it was', () => {
    const formatter = new DictationFormatter(settings());
    const field = new FakeTextField();
    field.apply(formatter.finalResult('the cat sat period'));
    const refused = formatter.finalResult('replace cat with dog', noCaret);
    assert.deepEqual([refused.backspaces, refused.text, refused.caretBack], [0, '', undefined]);
    assert.match(refused.notice ?? '', /caret/);
    // Nothing was done, so there is nothing to undo but the dictation, and the text is still known.
    field.apply(formatter.finalResult('replace cat with dog'));
    assert.equal(field.value, 'The dog sat.');
  });

  it('still runs edits at the end of the text: deleting the last sentence, and undoing that', () => {
    const formatter = new DictationFormatter(settings());
    const field = new FakeTextField();
    for (const said of ['first period', 'second period', 'delete last sentence']) field.apply(formatter.finalResult(said, noCaret));
    assert.equal(field.value, 'First.');
    field.apply(formatter.finalResult('undo that', noCaret));
    assert.equal(field.value, 'First. Second.');
  });

  it('refuses to undo a replace there, and the replace can still be undone later', () => {
    const formatter = new DictationFormatter(settings());
    const field = new FakeTextField();
    field.apply(formatter.finalResult('the cat sat period'));
    field.apply(formatter.finalResult('replace cat with dog'));
    assert.match(formatter.finalResult('undo that', noCaret).notice ?? '', /caret/);
    field.apply(formatter.finalResult('undo that'));
    assert.equal(field.value, 'The cat sat.');
  });
});

it('dictate() sees an edit typed as keys: the stand-in field never erases past its start', () => {
  // Guards the helper the cases rely on: applyEdit throws on more backspaces than text.
  assert.equal(dictate(['hello', 'replace hello with goodbye']).text, 'Goodbye');
});
