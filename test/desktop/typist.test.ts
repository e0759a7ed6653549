// The typist typing into a real window: headed Chromium on a private Xvfb, text read back
// from the <textarea> and compared exactly.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TypingSettings } from '../../electron/desktop/typist.js';
import { createTypist, type Typist } from '../../electron/desktop/typist.js';
import { guardTypist, OWN_WINDOW_REFUSAL } from '../../electron/desktop/typist-guard.js';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { createX11ActiveWindowProbe } from '../../electron/desktop/active-window.js';
import { createRobotKeySender, type RobotKeySender } from '../../electron/desktop/robot-key-sender.js';
import type { Clipboard } from '../../electron/desktop/clipboard.js';
import { openTypingTarget, type TypingTarget } from './typing-target.js';
import { startXvfb, type XDisplay } from '../helpers/xvfb.js';
import { eventually } from '../helpers/eventually.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_PASTE_TIMING } from '../../electron/desktop/typist-paste.js';
import { wordEdits } from '../../electron/dictation/live/word-edits.js';

const UNICODE = 'café naïve — 100%';
const PUNCTUATION = '!@#$%^&*()_+{}|:"<>?~';

describe('typist into a focused Chromium textarea', () => {
  let target: TypingTarget;
  let clipboard: Clipboard;
  let keys: RobotKeySender;
  let typist: Typist;
  let ownWindowFocused = false;
  const settings: TypingSettings = { method: 'auto', pasteKeys: 'auto' };

  let decoy: XDisplay;

  before(async () => {
    // Another X server started first, so the target's is not the lowest display number:
    // robotjs opens ":0.0" before $DISPLAY, and typed into the wrong server.
    decoy = await startXvfb();
    target = await openTypingTarget();
    clipboard = createXclipClipboard(target.env);
    keys = createRobotKeySender({ env: target.env });
    typist = guardTypist(
      createTypist(() => settings, { clipboard, keys, activeWindow: createX11ActiveWindowProbe(target.env) }),
      { ownWindowFocused: () => ownWindowFocused },
    );
  });
  after(async () => {
    await typist?.close();
    await target?.close();
    await decoy?.stop();
  });
  beforeEach(async () => {
    settings.method = 'auto';
    ownWindowFocused = false;
    await target.reset();
  });

  it('types short ASCII by keystrokes', async () => {
    const report = await typist.apply({ backspaces: 0, text: 'Hello world' });
    assert.equal(report.method, 'keystrokes');
    assert.deepEqual(report.window?.wmClass.at(-1), 'Chromium');
    assert.equal(await target.waitForValue('Hello world'), 'Hello world');
  });

  it('types shifted punctuation by keystrokes without losing the shift', async () => {
    settings.method = 'keystrokes';
    await typist.apply({ backspaces: 0, text: PUNCTUATION });
    assert.equal(await target.waitForValue(PUNCTUATION), PUNCTUATION);
  });

  it('pastes Unicode exactly and gives the old clipboard back', async () => {
    await clipboard.writeText('the user had this');
    const report = await typist.apply({ backspaces: 0, text: UNICODE });
    assert.equal(report.method, 'paste');
    assert.equal(report.pasteKeys, 'ctrl+v');
    assert.equal(await target.waitForValue(UNICODE), UNICODE);
    // Given back in the background once the target has been quiet for a second. Reading
    // the clipboard is a fetch too and would keep the offer busy: look once it is due.
    await sleep(DEFAULT_PASTE_TIMING.targetQuietMs + DEFAULT_PASTE_TIMING.restoreQuietMs + 300);
    await eventually('the old clipboard given back', async () => (await clipboard.readText()) === 'the user had this');
  });

  it('pastes a 500-character text exactly', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `wörd${String(i).padStart(2, '0')} ok `).join('').slice(0, 500);
    assert.equal(text.length, 500);
    const report = await typist.apply({ backspaces: 0, text });
    assert.equal(report.method, 'paste');
    assert.equal(await target.waitForValue(text), text);
  });

  it('types new lines as Enter, by keystrokes and by paste', async () => {
    await typist.apply({ backspaces: 0, text: 'line one\nline two\n' });
    settings.method = 'paste';
    await typist.apply({ backspaces: 0, text: 'line three\nend' });
    assert.equal(await target.waitForValue('line one\nline two\nline three\nend'), 'line one\nline two\nline three\nend');
  });

  it('replaces text with backspaces', async () => {
    await typist.apply({ backspaces: 0, text: 'hello wrold' });
    await typist.apply({ backspaces: 5, text: 'world.' });
    assert.equal(await target.waitForValue('hello world.'), 'hello world.');
  });

  it('fixes a word in the middle where it is: caret over the words after it, back to the end, then appends', async () => {
    await typist.apply({ backspaces: 0, text: 'people write with their voice' });
    await typist.apply({ backspaces: 5, text: 'right', caretBack: 17, append: ' instead' });
    assert.equal(await target.waitForValue('people right with their voice instead'), 'people right with their voice instead');
    // Unicode in the middle goes by paste, at the caret.
    await typist.apply({ backspaces: 5, text: 'ríght', caretBack: 25, append: ' of it' });
    assert.equal(await target.waitForValue('people ríght with their voice instead of it'), 'people ríght with their voice instead of it');
  });

  it('a correction in two places, split per changed word, lands as the simulated window says', async () => {
    // Recorded on LibriVox against a re-scoring server (test/fixtures/partials-rescored.json).
    const typed = 'The mr john dashwood and then at leisure to consider crudely';
    const final = 'Mr john dashwood and then at leisure to consider rudely';
    await typist.apply({ backspaces: 0, text: typed });
    await target.waitForValue(typed);
    const steps = wordEdits(typed, final);
    assert.equal(steps.length, 2, JSON.stringify(steps));
    for (const step of steps) await typist.apply(step);
    assert.equal(await target.waitForValue(final), final);
  });

  it('presses the keys of spoken key commands after the text: Enter, arrows, Ctrl+Backspace', async () => {
    await typist.apply({ backspaces: 0, text: 'first line', keys: [{ key: 'enter', modifiers: [] }] });
    await typist.apply({ backspaces: 0, text: 'second werd', keys: [{ key: 'backspace', modifiers: ['control'] }] });
    assert.equal(await target.waitForValue('first line\nsecond '), 'first line\nsecond ', '"delete last word" erased one word');
    await typist.apply({ backspaces: 0, text: 'ab', keys: [{ key: 'left', modifiers: [] }] });
    await typist.apply({ backspaces: 0, text: 'X' });
    assert.equal(await target.waitForValue('first line\nsecond aXb'), 'first line\nsecond aXb', 'the Left arrow moved the cursor');
  });

  it('keystrokes method pastes only what robotjs cannot type', async () => {
    settings.method = 'keystrokes';
    const report = await typist.apply({ backspaces: 0, text: `say ${UNICODE} twice` });
    assert.equal(report.method, 'mixed');
    assert.equal(await target.waitForValue(`say ${UNICODE} twice`), `say ${UNICODE} twice`);
  });

  it('refuses to type when one of our own windows has focus', async () => {
    ownWindowFocused = true;
    const report = await typist.apply({ backspaces: 0, text: 'secret' });
    assert.equal(report.method, 'none');
    assert.equal(report.refused, OWN_WINDOW_REFUSAL);
    assert.equal(await target.value(), '');
  });

  it('refuses a malformed edit with a message instead of throwing', async () => {
    const report = await typist.apply({ backspaces: -2, text: 'x' });
    assert.match(report.refused ?? '', /backspaces/);
    assert.equal(await target.value(), '');
  });

  it('restarts a dead typing worker once, then reports it clearly', async () => {
    await typist.apply({ backspaces: 0, text: 'a' });
    process.kill(keys.workerPid!, 'SIGKILL');
    await eventually('the typing worker to exit', () => keys.workerPid === undefined);
    await typist.apply({ backspaces: 0, text: 'b' });
    assert.equal(await target.waitForValue('ab'), 'ab');
    process.kill(keys.workerPid!, 'SIGKILL');
    await eventually('the typing worker to exit', () => keys.workerPid === undefined);
    await assert.rejects(typist.apply({ backspaces: 0, text: 'c' }), /typing worker stopped twice.*restart Voskey/);
    assert.equal(await target.waitForValue('ab'), 'ab');
  });
});

