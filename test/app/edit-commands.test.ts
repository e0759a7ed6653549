// The editing commands end to end with real parts: the dictation session, the real
// formatter, the real typist (robotjs keys for the caret moves and BackSpaces, xclip paste)
// behind its guard, the real X11 focus probe, and a Chromium textarea on Xvfb that already
// holds text of its own. The recognizer's finals are scripted: what is tested is what the
// edit keys do to a real text box, not recognition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createX11ActiveWindowProbe } from '../../electron/desktop/active-window.js';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { createRobotKeySender } from '../../electron/desktop/robot-key-sender.js';
import { guardTypist } from '../../electron/desktop/typist-guard.js';
import { createTypist } from '../../electron/desktop/typist.js';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import type { TextEdit } from '../../electron/dictation/ports.js';
import { DictationSession } from '../../electron/dictation/session.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { openTypingTarget } from '../desktop/typing-target.js';
import { scriptedRecognizer } from '../helpers/scripted-recognizer.js';

const BEFORE = 'Note:\n';

test('replace, delete last sentence and undo reach a real textarea as caret moves and BackSpaces, never touching the text before', async (t) => {
  const target = await openTypingTarget();
  const probe = createX11ActiveWindowProbe(target.env);
  const typist = guardTypist(
    createTypist(() => ({ method: 'auto', pasteKeys: 'auto' }), { clipboard: createXclipClipboard(target.env), keys: createRobotKeySender({ env: target.env }), activeWindow: probe }),
    { ownWindowFocused: () => false },
  );
  t.after(async () => {
    await typist.close();
    await target.close();
  });
  await target.page.$eval('#t', (el) => {
    const box = el as unknown as { value: string; setSelectionRange(a: number, b: number): void };
    box.value = 'Note:\n';
    box.setSelectionRange(6, 6);
  });
  const sent: TextEdit[] = [];
  const scripted = scriptedRecognizer(() => session);
  const session: DictationSession = new DictationSession({
    ...scripted.parts,
    formatter: new DictationFormatter(defaultSettings().formatting),
    output: {
      // As the app's core does: a refusal is an error, the edit was not delivered.
      apply: async (edit) => {
        const report = await typist.apply(edit);
        if (report.refused) throw new Error(report.refused);
        sent.push(edit);
      },
    },
    history: { add: () => {} },
    overlay: () => {},
    captureOptions: () => ({ deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false }),
    prepareUtterance: async () => {
      const window = await probe.current();
      return window ? { live: false, target: window } : { live: false };
    },
    focusedWindow: () => probe.current(),
  });
  const say = async (said: string, expected: string) => {
    session.start();
    scripted.listener().onFinal(said);
    session.stop();
    await session.whenIdle();
    const value = await target.waitForValue(BEFORE + expected, 10_000);
    assert.equal(value, BEFORE + expected, `after "${said}" (edits: ${JSON.stringify(sent.slice(-2))})`);
  };

  await say('the cat sat on the mat period', 'The cat sat on the mat.');
  await say('it was happy period', 'The cat sat on the mat. It was happy.');
  await say('replace the cat with a dog', 'A dog sat on the mat. It was happy.');
  assert.ok(sent.at(-1)!.caretBack || sent.at(-1)!.steps, 'the replace moved the caret instead of retyping the text after it');
  await say('delete last sentence', 'A dog sat on the mat.');
  await say('undo that', 'A dog sat on the mat. It was happy.');
  await say('undo that', 'The cat sat on the mat. It was happy.');
  const keysBefore = sent.length;
  await say('replace zebra with horse', 'The cat sat on the mat. It was happy.');
  assert.equal(sent.length, keysBefore, 'a missing target sends no keys');
  assert.match(session.state.notice, /"zebra" is not in the text/);
  // Dictation goes on at the end, where the caret was left.
  await say('they slept period', 'The cat sat on the mat. It was happy. They slept.');
});
