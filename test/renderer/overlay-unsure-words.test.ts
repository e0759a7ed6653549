// Confidence you can see: the overlay page in Chromium marks the words the recognizer is
// unsure of (a <mark> with a dotted underline and words for screen readers, not colour
// alone), and the marks never reach the typist.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DictationSession } from '../../electron/dictation/session.js';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import { IDLE_OVERLAY, type OverlayState } from '../../electron/dictation/overlay-state.js';
import type { TextEdit } from '../../electron/dictation/ports.js';
import { startBuiltinServer, type BuiltinServer } from '../../electron/engine/server.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { testRecognition } from '../resilience/helpers/recognition.js';
import { feed, speech } from '../resilience/helpers/speech.js';

const OVERLAY_PAGE = 'renderer/overlay/overlay.html';

interface MarkInfo {
  text: string;
  title: string;
  description: string | null;
  underline: string;
}

describe('unsure words on the overlay page', () => {
  let harness: PageHarness;
  let server: BuiltinServer;

  before(async () => {
    harness = await startPageHarness({ context: { viewport: { width: 380, height: 130 } } });
    harness.handle('overlay:get-state', () => IDLE_OVERLAY);
    await harness.open(OVERLAY_PAGE);
    server = await startBuiltinServer({ engine: 'sphinx' });
  });
  after(async () => {
    await harness.close();
    await server.close();
  });

  async function show(state: Partial<OverlayState>): Promise<void> {
    harness.emit('overlay:state', { ...IDLE_OVERLAY, ...state });
    await harness.page.evaluate('new Promise(requestAnimationFrame)');
    await harness.page.evaluate('new Promise(requestAnimationFrame)');
  }
  const marks = (testId: string) =>
    harness.page.evaluate<MarkInfo[]>(
      `[...document.querySelectorAll('[data-testid="${testId}"] mark.unsure')].map((m) => ({
        text: m.textContent, title: m.title, description: m.getAttribute('aria-description'),
        underline: getComputedStyle(m).textDecorationStyle + ' ' + getComputedStyle(m).textDecorationLine,
      }))`,
    );
  const text = async (testId: string) => (await harness.page.getByTestId(testId).textContent()) ?? '';

  test('marked spans show as dotted-underlined <mark>s that say "unsure" in words; the line reads as the plain text', async () => {
    await show({
      status: 'listening',
      partial: 'please call me and seven',
      partialSpans: [{ text: 'please call me ' }, { text: 'and', unsure: 0.41 }, { text: ' seven' }],
      lastFinal: 'Hello world. Now are you?',
      finalSpans: [{ text: 'Hello world. ' }, { text: 'Now', unsure: 0.26 }, { text: ' are you?' }],
    });
    assert.deepEqual(await marks('partial'), [{ text: 'and', title: 'unsure word, 41 % confidence', description: 'unsure word, 41 % confidence', underline: 'dotted underline' }]);
    assert.deepEqual((await marks('final')).map((m) => [m.text, m.title]), [['Now', 'unsure word, 26 % confidence']]);
    assert.equal(await text('partial'), 'please call me and seven');
    assert.equal(await text('final'), 'Hello world. Now are you?');
  });

  test('no spans, or spans that do not spell the text, mark nothing', async () => {
    await show({ status: 'listening', partial: 'hello there', lastFinal: 'Fine.', finalSpans: [] });
    assert.deepEqual(await marks('partial'), []);
    assert.deepEqual(await marks('final'), []);
    assert.equal(await text('final'), 'Fine.');
    await show({ status: 'listening', partial: 'hello there', partialSpans: [{ text: 'hello', unsure: 0.2 }, { text: ' world' }] });
    assert.deepEqual(await marks('partial'), [], 'a mark in the wrong place would be worse than none');
    assert.equal(await text('partial'), 'hello there');
  });

  test('real speech through the session: the overlay marks words below the threshold, and the typist gets plain text', async () => {
    const typed: TextEdit[] = [];
    const states: OverlayState[] = [];
    const recognition = testRecognition(server.url, { config: () => ({ sample_rate: 16000, words: true }) });
    const session: DictationSession = new DictationSession({
      capture: { start: () => {}, stop: () => setTimeout(() => session.onCaptureEnded({ reason: 'stopped' }), 5) },
      recognition,
      formatter: new DictationFormatter(defaultSettings().formatting),
      output: { apply: async (edit) => void typed.push(edit) },
      history: { add: () => {} },
      overlay: (state) => {
        states.push(state);
        harness.emit('overlay:state', state);
      },
      captureOptions: () => ({ deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false }),
      // Everything below certainty: the built-in engine's words are scored by how far its
      // n-best readings agree, and this fixture always has readings that disagree somewhere.
      markBelowConfidence: () => 1,
    });
    const audio = speech('punctuation');
    session.start();
    // No microphone here: the fixture's frames go in as the capture page would send them.
    await feed({ pushAudio: (pcm) => session.onCaptureFrame(pcm), finish: async () => {}, abort: () => {} }, audio, 8);
    session.stop();
    await session.whenIdle();
    await recognition.close();

    const shown = states.filter((s) => s.finalSpans.length > 0).at(-1);
    assert.ok(shown, `a final had unsure words: ${JSON.stringify(states.map((s) => s.lastFinal).filter(Boolean))}`);
    await show(shown);
    const marked = await marks('final');
    assert.ok(marked.length >= 1, 'the page marks them');
    assert.ok(marked.length < shown.lastFinal.split(' ').length, `not every word: ${JSON.stringify(marked)}`);
    const typedText = typed.map((e) => e.text).join('');
    assert.equal(await text('final'), shown.lastFinal, 'the line reads as the final');
    assert.equal(typedText.trim(), shown.lastFinal.trim(), 'the typist got exactly the final text');
    assert.doesNotMatch(typedText, /mark|unsure|%|</, 'nothing of the marking was typed');
  });
});
