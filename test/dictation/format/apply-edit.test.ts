// test-needs: none
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdit, TypedDocument } from '../../../electron/dictation/format/apply-edit.js';

test('backspaces erase code points from the end (an emoji is one), then the text is added', () => {
  assert.equal(applyEdit('Hello 👋', { backspaces: 1, text: '!' }), 'Hello !');
  assert.equal(applyEdit('a👋b', { backspaces: 2, text: '' }), 'a');
  assert.equal(applyEdit('', { backspaces: 0, text: 'x' }), 'x');
  assert.throws(() => applyEdit('ab', { backspaces: 3, text: '' }), /3 backspaces but only 2 characters typed/);
  assert.throws(() => applyEdit('👋', { backspaces: 2, text: '' }), /2 backspaces but only 1 characters typed/);
});

test('100,000 edits build the document `voskey format` prints, touching only its end each time', { timeout: 20_000 }, () => {
  // The old whole-document split took 32 s for 10,000 lines and never finished 100,000; the timeout is the bound.
  const document = new TypedDocument();
  for (let i = 0; i < 100_000; i++) document.apply({ backspaces: i % 3 === 1 ? 1 : 0, text: ` word${i}.` });
  assert.ok(document.toString().endsWith(' word99999.'));
  assert.ok(document.toString().includes(' word0 word1.'), 'the backspace erased the full stop before it');
});
