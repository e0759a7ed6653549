// "correct that" end to end, as a user does it: hold Control+Alt+Space (xdotool key events
// seen by the real uiohook hook) and say a sentence (Chromium's fake microphone plays a
// flite recording into the real capture page); the built-in engine (PocketSphinx, in its
// own process) returns it with its n-best alternatives, asked for by the "Offer alternatives"
// setting; it is typed into a real <textarea> on Xvfb. Then say "correct that" (another
// capture page, another recording): the real overlay page lists the readings, numbered.
// Then say "choose three" (spoken: flite's "choose two" is heard as "choose to", which
// the engine's fixture WER test would count as a miss, so the spoken choice is three): the
// textarea holds alternative 3. Last, "correct that" again (the list now starts with what is
// typed, alternative 3) and a digit key: Electron's globalShortcut cannot run here, so the
// shell's grabKeys is a stand-in that records what was grabbed, and the test presses "3"
// through it, as the shortcut would. The textarea ends with the first list's alternative 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { speechFixture } from '../helpers/fixtures.js';
import { eventually } from '../helpers/eventually.js';
import { wordErrorRate } from '../helpers/wer.js';
import { readWavSamples } from '../renderer/pcm.js';
import { startAppRig } from './app-harness.js';

test('say a sentence, "correct that", "choose three", "correct that", a digit key: the overlay lists the readings and the textarea ends with alternative 2', async (t) => {
  const sentence = speechFixture('weather');
  const grabbed: { keys: string[]; pressed: (key: string) => void; released: boolean }[] = [];
  const rig = await startAppRig({
    micWav: sentence.path,
    moreMicWavs: [speechFixture('correct').path, speechFixture('choose').path],
    shell: {
      grabKeys: (keys, pressed) => {
        const grab = { keys, pressed, released: false };
        grabbed.push(grab);
        return { refused: [], release: () => void (grab.released = true) };
      },
    },
  });
  t.after(() => rig.close());
  const key = (...args: string[]) => execFileSync('xdotool', args, { env: rig.target.env });
  const say = async (microphone: number, wav: string) => {
    rig.useMicrophone(microphone);
    key('keydown', 'ctrl+alt+space');
    const { samples } = readWavSamples(wav);
    await sleep((samples.length / 16000) * 1000 + 700);
    key('keyup', 'space');
    key('keyup', 'ctrl+alt');
    await rig.core.whenIdle();
  };

  rig.core.start();
  assert.equal(await rig.core.hotkeyReady(), true, `hold-to-talk should run on Xvfb: ${rig.notices.join('; ')}`);

  await say(0, sentence.path);
  const typed = await rig.target.value();
  t.diagnostic(`typed: ${JSON.stringify(typed)}`);
  assert.ok(wordErrorRate(sentence.text, typed) <= 0.3, `WER of ${JSON.stringify(typed)}`);
  const entry = rig.data.history.list()[0]!;
  assert.ok((entry.alternatives?.length ?? 0) >= 2, `the built-in engine sent readings, kept in the history: ${JSON.stringify(entry)}`);

  await say(1, speechFixture('correct').path);
  const list = rig.overlay.page.locator('[data-testid="choice"] .choice-text');
  await eventually('the overlay lists the readings', async () => (await list.count()) >= 2);
  const choices = await list.allTextContents();
  t.diagnostic(`offered: ${JSON.stringify(choices)}`);
  assert.equal(choices[0], typed, 'reading 1 is what was typed');
  assert.equal(await rig.target.value(), typed, '"correct that" typed nothing');
  assert.deepEqual(grabbed.at(-1)?.keys.filter((k) => !k.startsWith('num')), choices.map((_, i) => String(i + 1)), 'the digits are held while the list shows');

  assert.ok(choices.length >= 3, 'three readings to choose from');
  await say(2, speechFixture('choose').path);
  assert.equal(await rig.target.value(), choices[2], 'the textarea holds alternative 3');
  await eventually('the list closes', async () => (await list.count()) === 0);
  assert.equal(grabbed.at(-1)?.released, true, 'the digits are given back');
  const revised = rig.data.history.list();
  assert.deepEqual(revised.map((e) => e.text), [choices[2]], 'the transcript follows the choice; the commands are not entries');
  assert.deepEqual(revised[0]!.alternatives, entry.alternatives, 'and keeps the readings');

  // The digit key: "correct that" again, then a digit through the grabbed shortcut.
  await say(1, speechFixture('correct').path);
  await eventually('the list shows again', async () => (await list.count()) >= 2);
  assert.deepEqual(await list.allTextContents(), [choices[2], choices[0], ...choices.slice(1, 2), ...choices.slice(3)], 'the same readings, what is typed now first');
  grabbed.at(-1)!.pressed('3');
  await rig.core.whenIdle();
  await eventually('the textarea holds alternative 2', async () => (await rig.target.value()) === choices[1]);
  assert.deepEqual(rig.data.history.list().map((e) => e.text), [choices[1]]);
});
