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
  // 100 %: every word the n-best readings do not all agree on is marked, so whatever this
  // run hears, the fixture's disputed words ("how", "world") give the page something to show.
  const rig = await startAppRig({ micWav: fixture.path, settings: { confidence: { markBelowPercent: 100, inTranscript: true } } });
  t.after(() => rig.close());

  rig.core.toggleDictation();
  await sleep((readWavSamples(fixture.path).samples.length / 16000) * 1000 + 1500);
  rig.core.toggleDictation();
  await rig.core.whenIdle();

  const typed = await rig.target.value();
  const overlayFinal = (await rig.overlay.page.getByTestId('final').textContent()) ?? '';
  const marked = await rig.overlay.page.evaluate<{ text: string | null; title: string }[]>(
    `[...document.querySelectorAll('[data-testid="final"] mark.unsure')].map((m) => ({ text: m.textContent, title: m.title }))`,
  );
  t.diagnostic(`typed ${JSON.stringify(typed)}; overlay ${JSON.stringify(overlayFinal)}; marked ${JSON.stringify(marked)}`);
  assert.ok(marked.length >= 1, 'the overlay marks at least one word');
  for (const m of marked) assert.match(m.title, /^unsure word, \d+ % confidence$/);
  assert.ok(overlayFinal.trim() !== '' && typed.endsWith(overlayFinal.trim()), 'the last line is what was typed');
  assert.doesNotMatch(typed, /unsure|%|<mark/, 'no marking reached the typed text');
  const entries = rig.data.history.list();
  assert.ok(entries.length >= 1 && entries.every((e) => (e.scoredWords?.length ?? 0) > 0), 'the transcript keeps each utterance\'s confidences');
});
