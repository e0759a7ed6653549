// What live typing delivers, with real parts: the dictation session, the real formatter,
// the real typist (robotjs keys, xclip paste) behind its real guard, the real X11 focus
// probe, a Chromium textarea on Xvfb. The recognizer's replies are the ones recorded from
// PocketSphinx (test/fixtures/partials.json), so each run is the same; a refusal is the
// guard's own ("one of Voskey's windows has the focus"), switched on for one edit.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createX11ActiveWindowProbe } from '../../electron/desktop/active-window.js';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { createRobotKeySender } from '../../electron/desktop/robot-key-sender.js';
import { guardTypist } from '../../electron/desktop/typist-guard.js';
import { createTypist } from '../../electron/desktop/typist.js';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import type { RecordedReply } from '../../electron/dictation/live/recorded.js';
import type { TextEdit } from '../../electron/dictation/ports.js';
import { DictationSession } from '../../electron/dictation/session.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { openTypingTarget, type TypingTarget } from '../desktop/typing-target.js';
import { recordedUtterances } from '../helpers/recorded-partials.js';
import { scriptedRecognizer } from '../helpers/scripted-recognizer.js';

const BEFORE = 'Keep this.';

interface Run {
  target: TypingTarget;
  sent: { edit: TextEdit; refused?: string }[];
  history: string[];
  session: DictationSession;
}

/**
 * One utterance of recorded replies typed live into a textarea that already holds BEFORE;
 * `refuse` is the 1-based number of the edit the guard refuses.
 */
async function typeLive(t: TestContext, replies: RecordedReply[], refuse?: number): Promise<Run> {
  const target = await openTypingTarget();
  let refusing = false;
  const probe = createX11ActiveWindowProbe(target.env);
  const typist = guardTypist(
    createTypist(() => ({ method: 'auto', pasteKeys: 'auto' }), { clipboard: createXclipClipboard(target.env), keys: createRobotKeySender({ env: target.env }), activeWindow: probe }),
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
  const sent: Run['sent'] = [];
  const history: string[] = [];
  const scripted = scriptedRecognizer(() => session);
  const session: DictationSession = new DictationSession({
    ...scripted.parts,
    formatter: new DictationFormatter(defaultSettings().formatting),
    output: {
      // As the app's core does: a refusal is an error, the edit was not delivered.
      apply: async (edit) => {
        refusing = sent.length + 1 === refuse;
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
  for (const reply of replies) {
    // The client passes no empty final on (vosk/recognition/replaying-stream.ts).
    if ('partial' in reply) scripted.listener().onPartial(reply.partial);
    else if (reply.text) scripted.listener().onFinal(reply.text);
    await sleep(60); // about the pace a server answers 100 ms frames at
  }
  session.stop();
  await session.whenIdle();
  return { target, sent, history, session };
}

test('a live edit refused mid-utterance: no later edit erases text that is not there, and the final adds what is missing', async (t) => {
  const replies = recordedUtterances().find((u) => u.fixture === 'weather')!.replies;
  const run = await typeLive(t, replies, 2);
  const said = replies.flatMap((r) => ('text' in r && r.text ? [r.text] : [])).join(' ');
  const expected = BEFORE + new DictationFormatter(defaultSettings().formatting).finalResult(said).text;
  const value = await run.target.waitForValue(expected, 5000);
  t.diagnostic(`edits: ${JSON.stringify(run.sent)}; window: ${JSON.stringify(value)}`);

  const refusedAt = run.sent.findIndex((s) => s.refused);
  assert.equal(refusedAt, 1, 'the second edit was refused');
  assert.ok(run.sent.length > 2, 'the utterance went on after the refusal');
  for (const { edit } of run.sent.slice(refusedAt + 1)) {
    assert.equal(edit.backspaces, 0, `no BackSpace after the refusal: ${JSON.stringify(edit)}`);
    assert.ok(!edit.caretBack, `no caret move after the refusal: ${JSON.stringify(edit)}`);
  }
  assert.equal(value, expected, 'the window ends with what was said: the final added exactly the missing words');
  assert.deepEqual(run.history, [expected.slice(BEFORE.length)]);
  assert.match(run.session.state.message, /Voskey window/, 'the refusal is shown');
});

test('an empty final after live words: they are erased in the window they were typed in', async (t) => {
  // The words of a recording, then a final that drops them all (noise, a re-scoring pass).
  const partials = recordedUtterances().find((u) => u.fixture === 'weather')!.replies.filter((r) => 'partial' in r);
  const run = await typeLive(t, [...partials, { text: '' }]);
  const value = await run.target.waitForValue(BEFORE, 5000);
  t.diagnostic(`edits: ${JSON.stringify(run.sent)}; window: ${JSON.stringify(value)}`);
  assert.ok(run.sent.some((s) => s.edit.text !== ''), 'words were typed live first');
  assert.equal(value, BEFORE, 'the live words are gone, nothing before them touched');
  assert.deepEqual(run.history, [], 'nothing was said');
  assert.equal(run.session.state.notice, '', 'nothing to report');
});
