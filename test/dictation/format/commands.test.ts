// Editing commands, empty results, partials (display only) and context resets: the parts
// of the formatter that depend on what was typed before.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../electron/dictation/format/index.js';
import { checkCases, dictate, FakeTextField, settings } from './editor.js';

describe('scratch that / undo that', () => {
  checkCases([
    { say: ['hello world', 'goodbye', 'scratch that'], types: 'Hello world' },
    { say: ['hello world', 'goodbye', 'undo that'], types: 'Hello world' },
    { say: ['one', 'two', 'three', 'scratch that', 'scratch that'], types: 'One' },
    { say: ['only', 'scratch that', 'scratch that', 'scratch that'], types: '' },
    { say: ['scratch that'], types: '' },
    { say: ['SCRATCH   THAT'], types: '' },
    { say: ['first period', 'new paragraph', 'scratch that', 'second'], types: 'First. Second' },
    { say: ['first period new paragraph', 'scratch that', 'again'], types: 'Again' },
    { say: ['hello', 'new line', 'scratch that', 'there'], types: 'Hello there' },
    { say: ['hello', 'comma', 'scratch that', 'period'], types: 'Hello.' },
    { say: ['meet at the cafe', 'scratch that', 'cafe'], types: 'Café', options: { replacements: [{ from: 'cafe', to: 'café' }] } },
    { say: ['smile 😀', 'scratch that', 'ok'], types: 'Ok' },
    { say: ['hello', 'scratch that', 'world'], types: 'World' },
    { say: ['keep', 'drop me', 'scratch that', 'new'], types: 'Keep new' },
  ]);

  checkCases([
    { say: ["i'll scratch that itch"], types: "I'll scratch that itch" },
    { say: ['hello', 'please scratch that'], types: 'Hello please scratch that' },
    { say: ['hello', 'scratch that period'], types: 'Hello scratch that.' },
    { say: ['hello', 'scratch that now'], types: 'Hello scratch that now' },
  ]);

  it('erases exactly what the utterance typed, leading space included', () => {
    const formatter = new DictationFormatter(settings());
    const typed = formatter.finalResult('hello').text;
    const next = formatter.finalResult('big world').text;
    assert.equal(typed + next, 'Hello big world');
    assert.deepEqual(formatter.finalResult('scratch that'), { backspaces: ' big world'.length, text: '', stopDictation: false, command: true });
  });

  it('counts a character outside the BMP as one backspace', () => {
    const formatter = new DictationFormatter(settings({ replacements: [{ from: 'rocket', to: '🚀' }] }));
    assert.equal(formatter.finalResult('rocket').text, '🚀');
    assert.equal(formatter.finalResult('scratch that').backspaces, 1);
  });

  it('has nothing to scratch after the context was reset (the text is in another window)', () => {
    const formatter = new DictationFormatter(settings());
    formatter.finalResult('in the old window');
    formatter.resetContext();
    assert.deepEqual(formatter.finalResult('scratch that'), { backspaces: 0, text: '', stopDictation: false });
  });

  it('is typed as words when commands are off', () => {
    assert.equal(dictate(['hello', 'scratch that'], { commands: false }).text, 'Hello scratch that');
  });
});

describe('stop dictation', () => {
  it('ends dictation and types nothing', () => {
    const { edits, text } = dictate(['hello', 'stop dictation']);
    assert.deepEqual(edits[1], { backspaces: 0, text: '', stopDictation: true });
    assert.equal(text, 'Hello');
  });

  it('counts only as the whole utterance', () => {
    const { edits, text } = dictate(['please stop dictation now']);
    assert.equal(edits[0]?.stopDictation, false);
    assert.equal(text, 'Please stop dictation now');
  });

  it('does not change the spacing of what follows', () => {
    assert.equal(dictate(['hello', 'stop dictation', 'world']).text, 'Hello world');
  });

  it('is typed as words when commands are off', () => {
    const { edits, text } = dictate(['stop dictation'], { commands: false });
    assert.equal(edits[0]?.stopDictation, false);
    assert.equal(text, 'Stop dictation');
  });
});

describe('empty results', () => {
  for (const raw of ['', '   ', '\n\t ']) {
    it(`${JSON.stringify(raw)} types nothing and changes nothing`, () => {
      const formatter = new DictationFormatter(settings());
      assert.deepEqual(formatter.finalResult(raw), { backspaces: 0, text: '', stopDictation: false });
      // Still the start of the dictation: capital, no leading space.
      assert.equal(formatter.finalResult('hello').text, 'Hello');
      assert.deepEqual(formatter.finalResult(raw), { backspaces: 0, text: '', stopDictation: false });
      // And scratch still erases "hello", not an empty entry.
      assert.equal(formatter.finalResult('scratch that').backspaces, 'Hello'.length);
    });
  }

  it('an utterance replaced away entirely types nothing and is not what scratch erases', () => {
    const formatter = new DictationFormatter(settings({ replacements: [{ from: 'um', to: '' }] }));
    assert.equal(formatter.finalResult('hello').text, 'Hello');
    assert.deepEqual(formatter.finalResult('um um'), { backspaces: 0, text: '', stopDictation: false });
    assert.equal(formatter.finalResult('scratch that').backspaces, 5);
  });

  it('non-string input is treated as empty, not a crash', () => {
    const formatter = new DictationFormatter(settings());
    assert.deepEqual(formatter.finalResult(undefined as unknown as string), { backspaces: 0, text: '', stopDictation: false });
    assert.equal(formatter.partial(null as unknown as string), '');
  });
});

describe('partial results (overlay only)', () => {
  it('shows commands as words and never runs them', () => {
    const formatter = new DictationFormatter(settings());
    const field = new FakeTextField();
    field.apply(formatter.finalResult('keep this'));
    assert.equal(formatter.partial('scratch that'), 'scratch that');
    assert.equal(formatter.partial('stop dictation'), 'stop dictation');
    field.apply(formatter.finalResult('more'));
    assert.equal(field.value, 'Keep this more');
    // Scratch erases "more", the last final, not something the partials mentioned.
    field.apply(formatter.finalResult('scratch that'));
    assert.equal(field.value, 'Keep this');
  });

  it('formats as the final would, without the leading space', () => {
    const formatter = new DictationFormatter(settings());
    formatter.finalResult('first period');
    assert.equal(formatter.partial('twenty three percent comma i think'), '23%, I think');
    assert.equal(formatter.finalResult('twenty three percent comma i think').text, ' 23%, I think');
  });

  it('does not change what the next final types', () => {
    const formatter = new DictationFormatter(settings());
    formatter.partial('hello period new paragraph');
    formatter.partial('');
    assert.equal(formatter.finalResult('hello').text, 'Hello');
    formatter.partial('period');
    assert.equal(formatter.finalResult('world').text, ' world');
  });

  it('is empty for an empty partial', () => {
    assert.equal(new DictationFormatter(settings()).partial('  '), '');
  });
});

describe('context resets and option changes', () => {
  it('after resetContext the next utterance starts capitalised with no leading space', () => {
    const formatter = new DictationFormatter(settings());
    assert.equal(formatter.finalResult('hello comma').text, 'Hello,');
    formatter.resetContext();
    assert.equal(formatter.finalResult('world').text, 'World');
  });

  it('setOptions takes effect for the next utterance and keeps the context', () => {
    const formatter = new DictationFormatter(settings());
    assert.equal(formatter.finalResult('twenty three').text, '23');
    formatter.setOptions(settings({ numbers: false, replacements: [{ from: 'voss key', to: 'Voskey' }] }));
    assert.equal(formatter.finalResult('twenty three voss key').text, ' twenty three Voskey');
    assert.equal(formatter.finalResult('scratch that').backspaces, ' twenty three Voskey'.length);
  });

  it('missing fields in hand-edited settings default to on; an unknown language falls back to English', () => {
    const formatter = new DictationFormatter({ language: 'xx' } as never);
    assert.equal(formatter.finalResult('twenty three period').text, '23.');
  });
});
