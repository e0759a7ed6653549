// "correct that", "choose N", "cancel" in the formatter (issue 24): which utterance the list
// is about, what it offers (each reading as it would have been typed there), what a choice
// types, and that later commands see the chosen text. The field is the tests' stand-in text
// box (editor.ts); the session and the overlay are test/dictation/correction-session.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../electron/dictation/format/index.js';
import type { DictationLanguage } from '../../../electron/settings/types.js';
import { FakeTextField, settings } from './editor.js';

/** A formatter and a field; `say(raw, alternatives?)` dictates one final into the field. */
function dictation(language: DictationLanguage = 'en', overrides = {}) {
  const formatter = new DictationFormatter(settings({ language, ...overrides }));
  const field = new FakeTextField();
  const say = (raw: string, alternatives: string[] = []) => {
    const edit = formatter.finalResult(raw, { alternatives });
    field.apply(edit);
    return edit;
  };
  return { formatter, field, say };
}

describe('correct that', () => {
  it('offers the last utterance\'s readings as they would have been typed, the typed one first', () => {
    const d = dictation();
    d.say('the weather is nice period');
    d.say('we go to the park', ['we go to the park', 'we go to the bark', 'he goes to the park']);
    const shown = d.say('correct that');
    assert.deepEqual(shown.correction, { kind: 'offered' });
    assert.equal(shown.text, '', 'nothing is typed');
    assert.equal(shown.backspaces, 0);
    // After a full stop: each reading starts the sentence, as the typed one did.
    assert.deepEqual(d.formatter.offeredChoices(), ['We go to the park', 'We go to the bark', 'He goes to the park']);
    assert.equal(d.field.value, 'The weather is nice. We go to the park');
  });

  it('readings that type the same text are one choice; a single reading is "no alternatives"', () => {
    const d = dictation();
    d.say('hello world', ['hello world', 'Hello  world', 'hello world']);
    assert.deepEqual(d.say('correct that').correction, { kind: 'nothing', why: 'no-alternatives' });
    assert.deepEqual(d.formatter.offeredChoices(), []);
  });

  it('with nothing typed (or after the focus moved) there is nothing to correct', () => {
    const d = dictation();
    assert.deepEqual(d.say('correct that').correction, { kind: 'nothing', why: 'nothing-typed' });
    d.say('in the old window', ['in the old window', 'in the cold window']);
    d.formatter.resetContext();
    assert.deepEqual(d.say('correct that').correction, { kind: 'nothing', why: 'nothing-typed' });
  });

  it('is text inside a sentence, and when commands are off', () => {
    assert.equal(dictation().say('please correct that for me').text, 'Please correct that for me');
    const off = dictation('en', { commands: false });
    off.say('hi', ['hi', 'high']);
    assert.equal(off.say('correct that').text, ' correct that');
    assert.deepEqual(off.formatter.offeredChoices(), []);
  });
});

describe('choose N', () => {
  it('replaces the typed text with alternative N, in the same capitals and spacing', () => {
    const d = dictation();
    d.say('good morning comma');
    d.say('i like the whether', ['i like the whether', 'i like the weather']);
    d.say('correct that');
    const chosen = d.say('choose two');
    assert.deepEqual(chosen.correction, { kind: 'chosen', number: 2, replaced: ' I like the whether', text: ' I like the weather', raw: 'i like the weather' });
    assert.equal(d.field.value, 'Good morning, I like the weather');
    assert.deepEqual(d.formatter.offeredChoices(), [], 'the list closes');
    // The context after it is the chosen text's: the next words follow it.
    d.say('period');
    assert.equal(d.field.value, 'Good morning, I like the weather.');
  });

  it('"pick", digits, and a key press (choose()) do the same', () => {
    for (const pick of [(d: ReturnType<typeof dictation>) => d.say('pick 3'), (d: ReturnType<typeof dictation>) => d.field.apply(d.formatter.choose(3))]) {
      const d = dictation();
      d.say('write it', ['write it', 'right it', 'rite it']);
      d.say('correct that');
      pick(d);
      assert.equal(d.field.value, 'Rite it');
    }
  });

  it('a number that is not in the list changes nothing and keeps the list', () => {
    const d = dictation();
    d.say('hello', ['hello', 'yellow']);
    d.say('correct that');
    const edit = d.say('choose five');
    assert.deepEqual(edit.correction, { kind: 'not-offered', number: 5 });
    assert.equal(d.field.value, 'Hello');
    assert.deepEqual(d.formatter.offeredChoices(), ['Hello', 'Yellow'], 'still showing');
    d.say('choose 2');
    assert.equal(d.field.value, 'Yellow');
  });

  it('a number heard as its sound-alike ("choose to") still chooses while the list shows', () => {
    const d = dictation();
    d.say('hello', ['hello', 'yellow']);
    d.say('correct that');
    d.say('choose to');
    assert.equal(d.field.value, 'Yellow');
    assert.equal(d.say('choose to').text, ' choose to', 'with no list it is text');
  });

  it('choose 1 (what is typed) types nothing', () => {
    const d = dictation();
    d.say('hello', ['hello', 'yellow']);
    d.say('correct that');
    const edit = d.say('choose one');
    assert.deepEqual([edit.backspaces, edit.text], [0, '']);
    assert.equal(d.field.value, 'Hello');
  });

  it('then "scratch that" erases the chosen text, not the old one', () => {
    const d = dictation();
    d.say('first period');
    d.say('a short one', ['a short one', 'a much longer reading of it']);
    d.say('correct that');
    d.say('choose 2');
    assert.equal(d.field.value, 'First. A much longer reading of it');
    d.say('scratch that');
    assert.equal(d.field.value, 'First.');
    // Correcting again offers the same readings, what is typed now first, so choose 2 goes back.
    d.say('a short one', ['a short one', 'a much longer reading of it']);
    d.say('correct that');
    d.say('choose 2');
    d.say('correct that');
    assert.deepEqual(d.formatter.offeredChoices(), ['A much longer reading of it', 'A short one']);
    d.say('choose 2');
    assert.equal(d.field.value, 'First. A short one');
  });

  it('is text when no list shows', () => {
    const d = dictation();
    d.say('pick', ['pick', 'kick']);
    assert.equal(d.say('choose two').text, ' choose two');
  });

  it('after the focus moved, the list\'s text is gone: nothing is typed and the list closes', () => {
    const d = dictation();
    d.say('hello', ['hello', 'yellow']);
    d.say('correct that');
    d.formatter.resetContext();
    const edit = d.say('choose 2');
    assert.deepEqual(edit.correction, { kind: 'gone' });
    assert.deepEqual([edit.backspaces, edit.text], [0, '']);
    assert.deepEqual(d.formatter.offeredChoices(), []);
  });
});

describe('cancel, and any other speech', () => {
  it('"cancel" closes the list and types nothing', () => {
    const d = dictation();
    d.say('hello', ['hello', 'yellow']);
    d.say('correct that');
    assert.deepEqual(d.say('cancel').correction, { kind: 'closed' });
    assert.deepEqual(d.formatter.offeredChoices(), []);
    assert.equal(d.field.value, 'Hello');
    assert.equal(d.say('cancel').text, ' cancel', 'with no list, "cancel" is a word');
  });

  it('other speech closes the list and is dictated as usual', () => {
    const d = dictation();
    d.say('hello', ['hello', 'yellow']);
    d.say('correct that');
    d.say('and more');
    assert.deepEqual(d.formatter.offeredChoices(), []);
    assert.equal(d.say('choose 2').text, ' choose 2');
    assert.equal(d.field.value, 'Hello and more choose 2');
  });

  it('while the list shows, its phrases are commands live typing holds back', () => {
    const d = dictation();
    assert.ok(d.formatter.commandPhrases().includes('correct that'));
    assert.ok(!d.formatter.commandPhrases().includes('choose two'));
    d.say('hello', ['hello', 'yellow']);
    d.say('correct that');
    for (const phrase of ['choose two', 'pick 2', 'cancel']) assert.ok(d.formatter.commandPhrases().includes(phrase), phrase);
  });
});

describe('in German, French and Spanish, with their own words', () => {
  const cases: { language: DictationLanguage; correct: string; choose: string; cancel: string }[] = [
    { language: 'de', correct: 'korrigiere das', choose: 'nimm zwei', cancel: 'abbrechen' },
    { language: 'de', correct: 'korrigier das', choose: 'wähle 2', cancel: 'abbrechen' },
    { language: 'fr', correct: 'corrige ça', choose: 'choisis deux', cancel: 'annuler' },
    { language: 'es', correct: 'corrige eso', choose: 'elige dos', cancel: 'cancelar' },
  ];
  for (const c of cases) {
    it(`${c.language}: "${c.correct}", "${c.choose}", "${c.cancel}"`, () => {
      const d = dictation(c.language);
      d.say('eins', ['eins', 'zwei']);
      assert.deepEqual(d.say(c.correct).correction, { kind: 'offered' });
      assert.ok(d.formatter.choiceHint().includes(`“${c.cancel}”`), `the overlay's hint uses the language's words: ${d.formatter.choiceHint()}`);
      assert.equal(d.say(c.choose).correction?.kind, 'chosen');
      assert.equal(d.field.value, 'Zwei');
      d.say('eins', ['eins', 'drei']);
      d.say(c.correct);
      assert.deepEqual(d.say(c.cancel).correction, { kind: 'closed' });
      assert.equal(d.field.value, 'Zwei eins');
    });
  }
});
