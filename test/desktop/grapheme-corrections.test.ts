// A word with an emoji or a combining accent, corrected in the middle of live text, lands
// right in a real Chromium textarea: the caret moves over grapheme clusters and Backspace
// erases an emoji cluster whole but an accent one code point at a time (common/text-steps.ts).
// The edits come from live typing's own LiveCommit; the typist types them into Chromium on
// a private Xvfb.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { createRobotKeySender } from '../../electron/desktop/robot-key-sender.js';
import { createTypist, type Typist } from '../../electron/desktop/typist.js';
import { LiveCommit } from '../../electron/dictation/live/live-commit.js';
import type { TextEdit } from '../../electron/dictation/ports.js';
import { backspaceSteps, caretSteps, eraseFromEnd } from '../../electron/common/text-steps.js';
import { openTypingTarget, type TypingTarget } from './typing-target.js';

describe('caret steps and Backspaces count as the text field does', () => {
  it('grapheme clusters for the caret; emoji whole, accents per code point for Backspace', () => {
    assert.equal(caretSteps('cafe\u0301 👍🏽 👨‍👩‍👧 🇫🇷'), 10);
    assert.equal(backspaceSteps('👍🏽'), 1);
    assert.equal(backspaceSteps('👨‍👩‍👧'), 1);
    assert.equal(backspaceSteps('🇫🇷🇩🇪'), 2);
    assert.equal(backspaceSteps('cafe\u0301'), 5, 'the accent, then the e');
    assert.equal(backspaceSteps('café'), 4, 'precomposed é is one code point');
    assert.equal(eraseFromEnd('a\u0308\u0301', 1), 'a\u0308', 'as Chromium: one mark at a time');
    assert.equal(eraseFromEnd('x👍🏽', 1), 'x');
    assert.equal(eraseFromEnd('x', 2), undefined);
  });
});

describe('mid-text corrections of emoji and accented words, into Chromium (X11)', () => {
  let target: TypingTarget;
  let typist: Typist;

  before(async () => {
    target = await openTypingTarget();
    typist = createTypist({ method: 'auto', pasteKeys: 'auto' }, { clipboard: createXclipClipboard(target.env), keys: createRobotKeySender({ env: target.env }) });
  });
  after(async () => {
    await typist?.close();
    await target?.close();
  });

  const apply = (edit: TextEdit) =>
    typist.apply({ backspaces: edit.backspaces, text: edit.text, ...(edit.caretBack ? { caretBack: edit.caretBack } : {}), ...(edit.append ? { append: edit.append } : {}) });

  for (const [live, final] of <[string, string][]>[
    ['I like 👍🏽 very much', 'I like 👍 very much'],
    ['un cafe\u0301 noir', 'un the\u0301 noir'],
    ['hi 👨‍👩‍👧 and 🇫🇷 ok', 'ho 👨‍👩‍👧 and 🇫🇷 ok'],
  ]) {
    it(`"${live}" corrected to "${final}"`, async () => {
      await target.reset();
      const commit = new LiveCommit({ agreement: 1, holdLastWords: 0 }, () => false, true);
      const typed = commit.partial(live);
      assert.ok(typed);
      await apply(typed);
      assert.equal(await target.waitForValue(live), live);
      const correction = commit.final({ backspaces: 0, text: final });
      assert.ok(correction.caretBack, `a correction in the middle: ${JSON.stringify(correction)}`);
      await apply(correction);
      assert.equal(await target.waitForValue(final), final);
    });
  }
});
