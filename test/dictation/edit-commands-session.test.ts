// The editing commands through the dictation session: the overlay says why a command changed
// nothing, a terminal refuses an edit that needs caret moves, and a command whose window
// lost the focus sends no erasing keys anywhere and says so. The windows are simulated
// (strings taking each edit as a text box does, the focused one by id) because these tests
// must move the focus at a chosen moment; the real keys into a real textarea are
// test/app/edit-commands.test.ts, and the real focus moves test/app/focus-moves.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCaretEdit } from '../../electron/dictation/format/apply-edit.js';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import { erasesOrMoves } from '../../electron/dictation/live/typing-target.js';
import { editSteps } from '../../electron/dictation/live/word-edits.js';
import type { TextEdit, WindowIdentity } from '../../electron/dictation/ports.js';
import { DictationSession } from '../../electron/dictation/session.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { scriptedRecognizer } from '../helpers/scripted-recognizer.js';

function desktop(options: { terminal?: boolean } = {}) {
  const texts: Record<number, string> = { 1: '', 2: 'Someone else wrote this.' };
  const sent: { window: number; edit: TextEdit }[] = [];
  const history: string[] = [];
  const focus: { now: WindowIdentity } = { now: { id: 1 } };
  const formatter = new DictationFormatter(defaultSettings().formatting);
  const scripted = scriptedRecognizer(() => session);
  const session: DictationSession = new DictationSession({
    ...scripted.parts,
    formatter,
    output: {
      apply: async (edit) => {
        const window = focus.now.id as number;
        sent.push({ window, edit });
        texts[window] = editSteps(edit).reduce(applyCaretEdit, texts[window]!);
      },
    },
    history: { add: (text) => void history.push(text) },
    overlay: () => {},
    captureOptions: () => ({ deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false }),
    // As the app's core: the target is the window focused at the start; a terminal takes no caret moves.
    prepareUtterance: async () => ({ live: false, target: focus.now, ...(options.terminal ? { caretMoves: false } : {}) }),
    focusedWindow: async () => focus.now,
  });
  /** One utterance whose final is `said`; `beforeFinal` runs between the start and the final. */
  const say = async (said: string, beforeFinal: () => void = () => {}) => {
    session.start();
    await new Promise((r) => setTimeout(r, 0));
    beforeFinal();
    scripted.listener().onFinal(said);
    session.stop();
    await session.whenIdle();
  };
  return { texts, sent, focus, session, say, history };
}

test('a command whose target is missing types nothing, and the overlay says why', async () => {
  const d = desktop();
  await d.say('the cat sat period');
  const before = d.sent.length;
  await d.say('replace zebra with horse');
  assert.equal(d.sent.length, before, 'no keys');
  assert.equal(d.texts[1], 'The cat sat.');
  assert.match(d.session.state.notice, /"zebra" is not in the text Voskey typed in this field.*in the transcript/);
  assert.deepEqual(d.history, ['The cat sat.', 'Replace zebra with horse'], 'the words are kept: they may have been meant as text');
  await d.say('replace cat with dog');
  assert.equal(d.texts[1], 'The dog sat.');
  assert.equal(d.session.state.notice, '', 'a command that worked leaves no notice');
  assert.equal(d.session.state.lastFinal, 'The cat sat.', 'an edit is not shown as new dictation');
  assert.equal(d.history.length, 2, 'nor kept as dictation');
});

test('the focus moved before the command ran: no erasing key reaches any window, and the overlay says so', async () => {
  const d = desktop();
  await d.say('the cat sat period');
  const before = d.sent.length;
  await d.say('replace cat with dog', () => (d.focus.now = { id: 2 }));
  assert.ok(d.sent.slice(before).every((s) => !erasesOrMoves(s.edit)), JSON.stringify(d.sent.slice(before)));
  assert.equal(d.texts[1], 'The cat sat.', 'the old window is left as it was');
  assert.equal(d.texts[2], 'Someone else wrote this.', 'the new window gets nothing');
  assert.match(d.session.state.notice, /focus moved before the command ran: nothing was changed/);
});

test('a terminal: an edit that needs the caret moved is refused with the reason; one at the end is made', async () => {
  const d = desktop({ terminal: true });
  await d.say('first period');
  await d.say('second period');
  await d.say('replace first with one');
  assert.equal(d.texts[1], 'First. Second.');
  assert.match(d.session.state.notice, /caret/);
  await d.say('delete last sentence');
  assert.equal(d.texts[1], 'First.');
  assert.ok(d.sent.every((s) => !s.edit.caretBack && !s.edit.steps), 'no caret moves were sent');
});
