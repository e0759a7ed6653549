// The target rule's state logic: which edits reach which window when the focus moves or an
// edit is refused. The windows here are strings (a simulated desktop whose focused window
// takes each edit as a text box would); the same rule against real Chromium windows on X
// is test/app/typing-target.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCaretEdit } from '../../../electron/dictation/format/apply-edit.js';
import { DictationFormatter } from '../../../electron/dictation/format/index.js';
import { erasesOrMoves, sameWindow, UtteranceTarget } from '../../../electron/dictation/live/typing-target.js';
import type { TextEdit, WindowIdentity } from '../../../electron/dictation/ports.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';

const A: WindowIdentity = { id: 1, pid: 100 };
const B: WindowIdentity = { id: 2, pid: 200 };

/**
 * Windows by id, the focused one taking every edit; `refuse` makes the typist refuse the
 * n-th edit (1-based); `moveAfter` moves the focus to B once the n-th edit has landed.
 */
function desktop(options: { refuse?: number; moveAfter?: number; texts?: Record<number, string> } = {}) {
  const texts: Record<number, string> = { 1: '', 2: '', ...options.texts };
  const sent: { window: number; edit: TextEdit }[] = [];
  let focused: WindowIdentity | undefined = A;
  let calls = 0;
  const formatter = new DictationFormatter(defaultSettings().formatting);
  const errors: string[] = [];
  const target = (start: WindowIdentity | null = A) =>
    new UtteranceTarget({
      start: start ?? undefined,
      formatter,
      focused: async () => focused,
      failed: (e) => void errors.push(e.message),
      output: {
        apply: async (edit) => {
          calls++;
          if (calls === options.refuse) throw new Error('a modifier is held down');
          const window = focused!.id as number;
          sent.push({ window, edit });
          texts[window] = applyCaretEdit(texts[window]!, edit);
          if (calls === options.moveAfter) focused = B;
        },
      },
    });
  return { texts, sent, errors, formatter, target, focus: (w: WindowIdentity | undefined) => (focused = w) };
}

test('same window: every edit goes through, corrections included, and the final reconciles', async () => {
  const d = desktop();
  const t = d.target();
  await t.live({ backspaces: 0, text: 'The weather' });
  await t.live({ backspaces: 7, text: 'whether is' });
  const result = await t.final({ raw: 'the whether is nice', text: 'The whether is nice.', edit: { backspaces: 0, text: ' nice.' } });
  assert.deepEqual(result, {});
  assert.equal(d.texts[1], 'The whether is nice.');
});

test('focus moved mid-utterance: no erasing edit reaches the new window; its untyped words go there as a fresh sentence', async () => {
  const d = desktop({ texts: { 2: 'Dear Anna, thanks for ' } });
  const t = d.target();
  await t.live({ backspaces: 0, text: 'Voice recognition' });
  d.focus(B);
  // A correction computed while the user was clicking: it must not erase in B.
  await t.live({ backspaces: 11, text: 'recognitions is', caretBack: 0 });
  assert.equal(t.typesLive, false, 'live typing stops for the old window');
  const result = await t.final({ raw: 'voice recognition is fun', text: 'Voice recognition is fun', edit: { backspaces: 0, text: ' is fun' } });
  assert.equal(d.texts[1], 'Voice recognition', 'the old window keeps what was typed there');
  assert.equal(d.texts[2], 'Dear Anna, thanks for Is fun', 'the new window only gains the new words, as a fresh sentence');
  assert.ok(d.sent.filter((s) => s.window === 2).every((s) => !erasesOrMoves(s.edit)), 'nothing erasing went to B');
  assert.deepEqual(result, { movedTo: B }, 'the old window holds exactly its part of what was said: nothing to report');
});

test('focus moved and the final changed a word already typed: reported, and the old window is left alone', async () => {
  const d = desktop();
  const t = d.target();
  await t.live({ backspaces: 0, text: 'The weather' });
  d.focus(B);
  const result = await t.final({ raw: 'the whether is nice period', text: 'The whether is nice.', edit: { backspaces: 7, text: 'whether is nice.' } });
  assert.equal(d.texts[1], 'The weather');
  assert.equal(d.texts[2], 'Is nice.');
  assert.equal(result.uncorrected, 'moved');
  // The rest of the utterance goes on in B, live again, corrections included (they are B's own words).
  await t.live({ backspaces: 0, text: ' Then' });
  await t.live({ backspaces: 4, text: 'They' });
  assert.equal(d.texts[2], 'Is nice. They');
});

test('a refused edit mid-utterance: later live edits are dropped, the final only appends, nothing erases text that is not there', async () => {
  const d = desktop({ refuse: 2, texts: { 1: 'Earlier text.' } });
  const t = d.target();
  await t.live({ backspaces: 0, text: ' The weather' });
  await t.live({ backspaces: 0, text: ' is' }); // refused: not on screen
  assert.deepEqual(d.errors, ['a modifier is held down']);
  await t.live({ backspaces: 3, text: 'nice', caretBack: 3 }); // computed as if " is" were there
  const result = await t.final({ raw: 'the weather is nice', text: ' The weather is nice.', edit: { backspaces: 0, text: ' nice.' } });
  assert.equal(d.texts[1], 'Earlier text. The weather is nice.', 'the final appended what was missing');
  assert.ok(d.sent.slice(1).every((s) => !erasesOrMoves(s.edit)), 'no edit after the refusal erased or moved the caret');
  assert.deepEqual(result, {}, 'the window ended with what was said');
});

test('a refused edit and a final that disagrees with what is on screen: the missing words are appended and it is reported', async () => {
  const d = desktop({ refuse: 2 });
  const t = d.target();
  await t.live({ backspaces: 0, text: 'The weather' });
  await t.live({ backspaces: 0, text: ' is' });
  const result = await t.final({ raw: 'the whether is nice', text: 'The whether is nice.', edit: { backspaces: 7, text: 'whether is nice.' } });
  assert.equal(d.texts[1], 'The weather is nice.');
  assert.equal(result.uncorrected, 'failed');
  // The rest of the utterance stays append-only.
  assert.equal(t.typesLive, false);
});

// A correction in two places arrives as two steps (word-edits.ts), each checked on its own.
const TWO_PLACES: TextEdit = {
  backspaces: 27,
  text: 'Mr john dashwood rudely',
  steps: [
    { backspaces: 1, text: '', caretBack: 6 },
    { backspaces: 5, text: 'M', caretBack: 22 },
  ],
};

test('a correction in two places: each step touches only its word, and the window ends as the final says', async () => {
  const d = desktop({ texts: { 1: 'Before. ' } });
  const t = d.target();
  await t.live({ backspaces: 0, text: 'The mr john dashwood crudely' });
  assert.deepEqual(await t.final({ raw: 'mr john dashwood rudely', text: 'Mr john dashwood rudely', edit: TWO_PLACES }), {});
  assert.equal(d.texts[1], 'Before. Mr john dashwood rudely');
  assert.deepEqual(d.sent.slice(1).map((s) => s.edit.backspaces), [1, 5], 'six characters erased, not the 27 between the changes');
});

test('a correction in two places whose second step is refused: nothing more erases, the first step stays counted as delivered', async () => {
  const d = desktop({ refuse: 3 });
  const t = d.target();
  await t.live({ backspaces: 0, text: 'The mr john dashwood crudely' });
  await t.live(TWO_PLACES);
  assert.equal(d.texts[1], 'The mr john dashwood rudely', 'the first step landed, the second did not');
  assert.equal(t.typedLive, 'The mr john dashwood rudely', 'the live record holds exactly what landed');
  assert.equal(t.typesLive, false, 'no more erasing edits for this utterance');
  await t.live({ backspaces: 3, text: 'x', caretBack: 2 });
  assert.equal(d.sent.length, 2, 'nothing sent after the refusal');
});

test('focus moved between the two steps of a correction: the second never reaches the new window', async () => {
  const d = desktop({ moveAfter: 2, texts: { 2: 'Dear Anna' } });
  const t = d.target();
  await t.live({ backspaces: 0, text: 'The mr john dashwood crudely' });
  const result = await t.final({ raw: 'mr john dashwood rudely', text: 'Mr john dashwood rudely', edit: TWO_PLACES });
  assert.equal(d.texts[1], 'The mr john dashwood rudely');
  assert.equal(d.texts[2], 'Dear Anna', 'byte-identical: the final had no words beyond those typed in the old window');
  assert.equal(result.uncorrected, 'moved');
  assert.deepEqual(result.movedTo, B);
});

test('an empty final after live words: erased in the unchanged window; left and reported after a move', async () => {
  const same = desktop({ texts: { 1: 'Keep.' } });
  const t1 = same.target();
  await t1.live({ backspaces: 0, text: ' Um so' });
  assert.deepEqual(await t1.final({ raw: '', text: '', edit: { backspaces: 6, text: '' } }), {});
  assert.equal(same.texts[1], 'Keep.');

  const moved = desktop({ texts: { 2: 'Other app' } });
  const t2 = moved.target();
  await t2.live({ backspaces: 0, text: 'Um so' });
  moved.focus(B);
  const result = await t2.final({ raw: '', text: '', edit: { backspaces: 5, text: '' } });
  assert.equal(moved.texts[1], 'Um so');
  assert.equal(moved.texts[2], 'Other app', 'byte-identical');
  assert.deepEqual(result, { uncorrected: 'moved', leftBehind: 'Um so', movedTo: B });
});

test('a failed stream after live words: erased where they were typed, else left and reported', async () => {
  const same = desktop();
  const t1 = same.target();
  await t1.live({ backspaces: 0, text: 'Half a sentence' });
  assert.deepEqual(await t1.abandon(), { erased: 'Half a sentence' });
  assert.equal(same.texts[1], '');

  const moved = desktop({ texts: { 2: 'Password: hunter2' } });
  const t2 = moved.target();
  await t2.live({ backspaces: 0, text: 'Half a sentence' });
  moved.focus(B);
  assert.deepEqual(await t2.abandon(), { uncorrected: 'moved', leftBehind: 'Half a sentence', movedTo: B });
  assert.equal(moved.texts[2], 'Password: hunter2');
});

test('a focus that cannot be named during the utterance counts as moved: nothing erasing is sent', async () => {
  const d = desktop({ texts: { 1: '' } });
  const t = d.target();
  await t.live({ backspaces: 0, text: 'Hello' });
  d.focus(undefined);
  await t.live({ backspaces: 5, text: 'Jello' });
  assert.equal(d.sent.length, 1);
});

test('an unknown target: erasing live edits are never sent', async () => {
  const d = desktop();
  const t = d.target(null);
  await t.live({ backspaces: 0, text: 'Hello' });
  await t.live({ backspaces: 5, text: 'Jello' });
  assert.deepEqual(
    d.sent.map((s) => s.edit.text),
    ['Hello'],
  );
});

test('the same window is the same id and, where both are known, the same process', () => {
  assert.equal(sameWindow({ id: 7 }, { id: 7, pid: 3 }), true);
  assert.equal(sameWindow({ id: 7, pid: 4 }, { id: 7, pid: 3 }), false, 'an id reused by another program');
  assert.equal(sameWindow({ id: 'con-7' }, { id: 'con-7' }), true, 'ids are opaque');
  assert.equal(sameWindow({ id: 7 }, { id: '7' }), false);
});
