// A live edit refused mid-utterance, with real parts: the dictation session, the real
// formatter, the real typist (robotjs keys, xclip paste) behind its real guard, the real X11
// focus probe, a Chromium textarea on Xvfb. The recognizer's replies are the ones recorded
// from PocketSphinx (test/fixtures/partials.json), so the run is the same every time; the
// refusal is the guard's own ("one of Voskey's windows has the focus"), switched on for one edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createX11ActiveWindowProbe } from '../../electron/desktop/active-window.js';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { createRobotKeySender } from '../../electron/desktop/robot-key-sender.js';
import { guardTypist } from '../../electron/desktop/typist-guard.js';
import { createTypist } from '../../electron/desktop/typist.js';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import type { TextEdit, UtteranceListener } from '../../electron/dictation/ports.js';
import { DictationSession } from '../../electron/dictation/session.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { openTypingTarget } from '../desktop/typing-target.js';
import { recordedUtterances } from '../helpers/recorded-partials.js';

test('a live edit refused mid-utterance: no later edit erases text that is not there, and the final adds what is missing', async (t) => {
  const target = await openTypingTarget();
  const keys = createRobotKeySender({ env: target.env });
  let refusing = false;
  const typist = guardTypist(
    createTypist(() => ({ method: 'auto', pasteKeys: 'auto' }), { clipboard: createXclipClipboard(target.env), keys, activeWindow: createX11ActiveWindowProbe(target.env) }),
    { ownWindowFocused: () => refusing },
  );
  t.after(async () => {
    await typist.close();
    await target.close();
  });
  await target.page.$eval('#t', (el) => {
    const box = el as unknown as { value: string; setSelectionRange(a: number, b: number): void };
    box.value = 'Keep this.';
    box.setSelectionRange(10, 10);
  });

  const sent: { edit: TextEdit; refused?: string }[] = [];
  const probe = createX11ActiveWindowProbe(target.env);
  const recorded = recordedUtterances().find((u) => u.fixture === 'weather')!;
  let listener!: UtteranceListener;
  const history: string[] = [];
  const session: DictationSession = new DictationSession({
    capture: { start: () => {}, stop: () => setTimeout(() => session.onCaptureEnded({ reason: 'stopped' }), 5) },
    recognition: {
      begin: (l) => {
        listener = l;
        return { pushAudio: () => {}, finish: async () => {}, abort: () => {} };
      },
    },
    formatter: new DictationFormatter(defaultSettings().formatting),
    output: {
      // As the app's core does: a refusal is an error, the edit was not delivered.
      apply: async (edit) => {
        refusing = sent.length === 1; // the second edit: "one of Voskey's windows has the focus"
        const report = await typist.apply(edit);
        refusing = false;
        sent.push({ edit, ...(report.refused ? { refused: report.refused } : {}) });
        if (report.refused) throw new Error(report.refused);
      },
    },
    history: { add: (text) => void history.push(text) },
    overlay: () => {},
    captureOptions: () => ({ deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false }),
    prepareUtterance: async () => {
      const window = await probe.current();
      return window ? { live: true, target: window } : { live: true };
    },
    focusedWindow: () => probe.current(),
    stability: { agreement: 2, holdLastWords: 1 },
  });

  session.start();
  for (const reply of recorded.replies) {
    if ('partial' in reply) listener.onPartial(reply.partial);
    else if (reply.text) listener.onFinal(reply.text);
    await sleep(60); // about the pace a server answers 100 ms frames at
  }
  session.stop();
  await session.whenIdle();
  const finalText = recorded.replies.flatMap((r) => ('text' in r && r.text ? [r.text] : []));
  const expected = 'Keep this.' + new DictationFormatter(defaultSettings().formatting).finalResult(finalText.join(' ')).text;
  const value = await target.waitForValue(expected, 5000);
  t.diagnostic(`edits: ${JSON.stringify(sent)}; window: ${JSON.stringify(value)}; state: ${JSON.stringify(session.state)}`);

  const refusedAt = sent.findIndex((s) => s.refused);
  assert.equal(refusedAt, 1, 'the second edit was refused');
  assert.ok(sent.length > 2, 'the utterance went on after the refusal');
  for (const { edit } of sent.slice(refusedAt + 1)) {
    assert.equal(edit.backspaces, 0, `no BackSpace after the refusal: ${JSON.stringify(edit)}`);
    assert.ok(!edit.caretBack, `no caret move after the refusal: ${JSON.stringify(edit)}`);
  }
  assert.ok(value.startsWith('Keep this.'), 'text before the utterance is untouched');
  assert.equal(value, expected, 'the window ends with what was said: the final added exactly the missing words');
  assert.deepEqual(history, [expected.slice('Keep this.'.length)]);
  assert.match(session.state.message, /Voskey/, 'the refusal is shown');
});
