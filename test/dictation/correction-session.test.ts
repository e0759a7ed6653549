// "correct that" through the dictation session (issue 24): the real formatter, finals with
// alternatives as a Vosk reply carries them, and a simulated desktop whose focused window
// takes each edit as a text box does. The recognizer is scripted, as in session.test.ts,
// because these tests choose which readings a final carries; the real server, overlay page
// and a real textarea are in test/app/correct-that.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCaretEdit } from '../../electron/dictation/format/apply-edit.js';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import { DictationSession } from '../../electron/dictation/session.js';
import type { OverlayState } from '../../electron/dictation/overlay-state.js';
import type { FinalReply } from '../../electron/vosk/protocol.js';
import type { TextEdit, UtteranceListener, WindowIdentity } from '../../electron/dictation/ports.js';
import { defaultSettings } from '../../electron/settings/defaults.js';

/** One utterance per say(): its partials, then its final with these readings (best first). */
function desktop(options: { live?: boolean } = {}) {
  const texts: Record<number, string> = { 1: '', 2: '' };
  let focused: WindowIdentity = { id: 1 };
  const sent: TextEdit[] = [];
  const history: { text: string; alternatives?: readonly string[] }[] = [];
  const states: OverlayState[] = [];
  const formatter = new DictationFormatter({ ...defaultSettings().formatting, language: 'en' });
  let listener!: UtteranceListener;
  let ended!: () => void;
  const session = new DictationSession({
    capture: { start: () => {}, stop: () => setTimeout(() => session.onCaptureEnded({ reason: 'stopped' }), 1) },
    recognition: {
      begin: (l) => {
        listener = l;
        return { pushAudio: () => {}, abort: () => {}, finish: () => new Promise<void>((resolve) => (ended = resolve)) };
      },
    },
    formatter,
    output: {
      apply: async (edit) => {
        sent.push(edit);
        texts[focused.id as number] = applyCaretEdit(texts[focused.id as number]!, edit);
      },
    },
    history: {
      add: (text, _raw, extras) => void history.push({ text, ...(extras?.alternatives ? { alternatives: extras.alternatives } : {}) }),
      revise: (before, text) => {
        const entry = [...history].reverse().find((h) => h.text === before);
        if (entry) entry.text = text;
      },
    },
    overlay: (state) => void states.push(state),
    captureOptions: () => ({ deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false }),
    prepareUtterance: async () => ({ live: options.live ?? false, target: focused }),
    focusedWindow: async () => focused,
    stability: { agreement: 1, holdLastWords: 0 },
  });
  const say = async (raw: string, alternatives: string[] = [], partials: string[] = []) => {
    session.start();
    session.onCaptureFrame(new Uint8Array(3200));
    await new Promise((r) => setTimeout(r, 1));
    for (const partial of partials) listener.onPartial(partial);
    session.stop();
    // The reply shape a Vosk server sends with max_alternatives (electron/vosk/protocol.ts).
    const reply: FinalReply = { kind: 'final', text: raw, alternatives: alternatives.map((text) => ({ text, confidence: 0 })) };
    listener.onFinal(raw, reply);
    await new Promise((r) => setTimeout(r, 5));
    ended();
    await session.whenIdle();
  };
  return { session, texts, sent, history, states, say, focus: (id: number) => (focused = { id }) };
}

test('"correct that" lists the readings numbered in the overlay; "choose 2" types the second in their place', async () => {
  const d = desktop();
  await d.say('the weather is nice period');
  await d.say('we go to the park', ['we go to the park', 'we go to the bark', 'he goes to the park']);
  const typedBefore = d.sent.length;
  await d.say('correct that');
  assert.equal(d.sent.length, typedBefore, 'showing the list types nothing');
  assert.deepEqual(d.session.state.choices, ['We go to the park', 'We go to the bark', 'He goes to the park']);
  assert.equal(d.session.state.notice, '');
  assert.equal(d.session.state.choiceHint, 'Say “choose 2” or press 2 · “cancel” closes');
  await d.say('choose two');
  assert.equal(d.texts[1], 'The weather is nice. We go to the bark');
  assert.deepEqual(d.session.state.choices, [], 'the list closed');
  assert.equal(d.session.state.choiceHint, '');
  assert.equal(d.session.state.lastFinal, 'We go to the bark', 'the overlay\'s last line is what the window shows now');
  // Only the changed word was replaced (the caret moved over the rest), as live typing corrects.
  assert.deepEqual(d.sent.at(-1), { backspaces: 1, text: 'b', caretBack: 3 });
  // The transcript follows the choice and keeps the readings; the commands are not entries.
  assert.deepEqual(d.history.map((h) => h.text), ['The weather is nice.', ' We go to the bark']);
  assert.deepEqual(d.history[1]!.alternatives, ['we go to the park', 'we go to the bark', 'he goes to the park']);
});

test('a server that sends no alternatives: "correct that" says so, types nothing, shows no list', async () => {
  const d = desktop();
  await d.say('hello world');
  await d.say('correct that');
  assert.equal(d.texts[1], 'Hello world');
  assert.deepEqual(d.session.state.choices, []);
  assert.match(d.session.state.notice, /No alternatives/);
  assert.equal(d.history[0]!.alternatives, undefined, 'nothing to keep');
});

test('"choose 5" with three readings: nothing typed, the overlay says why, the list stays for another try', async () => {
  const d = desktop();
  await d.say('hello', ['hello', 'yellow', 'fellow']);
  await d.say('correct that');
  await d.say('choose five');
  assert.equal(d.texts[1], 'Hello');
  assert.match(d.session.state.notice, /no alternative 5/);
  assert.equal(d.session.state.choices.length, 3);
  await d.say('choose three');
  assert.equal(d.texts[1], 'Fellow');
});

test('a digit key while the list shows chooses; after the focus moved it sends no erasing key and says so', async () => {
  const d = desktop();
  await d.say('hello', ['hello', 'yellow']);
  await d.say('correct that');
  d.session.choose(2);
  await d.session.whenIdle();
  assert.equal(d.texts[1], 'Yellow');
  assert.deepEqual(d.session.state.choices, []);

  await d.say('and more', ['and more', 'and moore']);
  await d.say('correct that');
  d.focus(2); // the user clicked into another window while the list showed
  const sentBefore = d.sent.length;
  d.session.choose(2);
  await d.session.whenIdle();
  assert.equal(d.sent.length, sentBefore, 'nothing at all went to the other window');
  assert.deepEqual(d.texts, { 1: 'Yellow and more', 2: '' });
  assert.match(d.session.state.notice, /focus moved: alternative 2 was not typed/);
});

test('a spoken "choose 2" after the focus moved: nothing is typed in either window, the overlay says so', async () => {
  const d = desktop();
  await d.say('hello', ['hello', 'yellow']);
  await d.say('correct that');
  d.focus(2);
  await d.say('choose two');
  assert.deepEqual(d.texts, { 1: 'Hello', 2: '' });
  assert.match(d.session.state.notice, /focus moved/);
  assert.deepEqual(d.session.state.choices, []);
});

test('after live typing: the utterance typed live is replaced word by word, and "scratch that" then erases the chosen text', async () => {
  const d = desktop({ live: true });
  await d.say('first period');
  await d.say('the whether is fine', ['the whether is fine', 'the weather is fine'], ['the', 'the whether', 'the whether is']);
  assert.equal(d.texts[1], 'First. The whether is fine');
  assert.ok(d.sent.some((e) => e.live), 'words were typed live');
  await d.say('correct that', [], ['correct', 'correct that']);
  assert.equal(d.texts[1], 'First. The whether is fine', '"correct" was held back, not typed live');
  await d.say('choose two', [], ['choose', 'choose two']);
  assert.equal(d.texts[1], 'First. The weather is fine');
  const last = d.sent.at(-1)!;
  assert.ok((last.caretBack ?? 0) > 0, `the caret moved over the unchanged words: ${JSON.stringify(last)}`);
  await d.say('scratch that');
  assert.equal(d.texts[1], 'First.');
});

test('"cancel" closes the list; other speech closes it and is typed', async () => {
  const d = desktop();
  await d.say('hello', ['hello', 'yellow']);
  await d.say('correct that');
  await d.say('cancel');
  assert.deepEqual(d.session.state.choices, []);
  assert.equal(d.texts[1], 'Hello');
  await d.say('correct that');
  assert.equal(d.session.state.choices.length, 2);
  await d.say('goodbye');
  assert.deepEqual(d.session.state.choices, []);
  assert.equal(d.texts[1], 'Hello goodbye');
});
