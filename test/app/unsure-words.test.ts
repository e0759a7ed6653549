// Confidence you can see, end to end with real parts (app-harness.ts): the core with the
// built-in engine, the capture page playing a flite recording as the microphone, the
// overlay page in Chromium, and a real <textarea> on Xvfb as the focused app. The overlay
// marks the words the recognizer is unsure of; the textarea gets the same text unmarked;
// the transcript keeps the confidences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { speechFixture } from '../helpers/fixtures.js';
import { readWavSamples } from '../renderer/pcm.js';
import { startAppRig } from './app-harness.js';

test('dictating on Xvfb: the overlay\'s final line marks unsure words, the textarea gets the text without them', async (t) => {
  const fixture = speechFixture('punctuation');
  // 100 %: every word the n-best readings do not all agree on is marked; this fixture's
  // disputed words ("how", "world") usually give the page something to show.
  const rig = await startAppRig({ micWav: fixture.path, settings: { confidence: { markBelowPercent: 100, inTranscript: true } } });
  t.after(() => rig.close());

  // The readings depend on where the captured audio starts and ends, so once in a while
  // they all agree and no word is unsure: then the same words are dictated again (at most
  // three times in all), since nothing marked would show nothing about the marking.
  const dictate = async () => {
    rig.core.toggleDictation();
    await sleep((readWavSamples(fixture.path).samples.length / 16000) * 1000 + 1500);
    rig.core.toggleDictation();
    await rig.core.whenIdle();
    const overlayFinal = (await rig.overlay.page.getByTestId('final').textContent()) ?? '';
    const marked = await rig.overlay.page.evaluate<{ text: string | null; title: string }[]>(
      `[...document.querySelectorAll('[data-testid="final"] mark.unsure')].map((m) => ({ text: m.textContent, title: m.title }))`,
    );
    const unsure = (rig.data.history.list().at(-1)?.scoredWords ?? []).filter((w) => w.confidence < 1);
    return { overlayFinal, marked, unsure };
  };
  let seen = await dictate();
  for (let attempt = 2; attempt <= 3 && seen.unsure.length === 0; attempt++) {
    t.diagnostic(`attempt ${attempt - 1}: every reading agreed on every word; dictating again`);
    seen = await dictate();
  }
  const { overlayFinal, marked, unsure } = seen;
  const typed = await rig.target.value();
  t.diagnostic(`typed ${JSON.stringify(typed)}; overlay ${JSON.stringify(overlayFinal)}; marked ${JSON.stringify(marked)}`);
  assert.ok(unsure.length >= 1, 'in three dictations of the fixture the readings disputed some word');
  // The transcript's unsure words are marked on the overlay, and nothing it holds as sure.
  assert.ok(marked.length >= 1, 'the overlay marks at least one word');
  assert.ok(marked.length <= unsure.length, `marked ${JSON.stringify(marked)}, unsure in the transcript ${JSON.stringify(unsure)}`);
  for (const m of marked) assert.match(m.title, /^unsure word, \d+ % confidence$/);
  assert.ok(overlayFinal.trim() !== '' && typed.endsWith(overlayFinal.trim()), 'the last line is what was typed');
  assert.doesNotMatch(typed, /unsure|%|<mark/, 'no marking reached the typed text');
  const entries = rig.data.history.list();
  assert.ok(entries.length >= 1 && entries.every((e) => (e.scoredWords?.length ?? 0) > 0), 'the transcript keeps each utterance\'s confidences');
});
