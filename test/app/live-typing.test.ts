// Live typing end to end: the core with live mode on, Chromium's fake microphone playing a
// flite recording through the real capture page, the built-in PocketSphinx engine, the real
// hook (keys held with xdotool) and robotjs typing into a Chromium textarea on Xvfb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DictationFormatter } from '../../electron/dictation/format/index.js';
import { ResultEdits } from '../../electron/dictation/live/result-edits.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { speechFixture } from '../helpers/fixtures.js';
import { applyEdit } from '../helpers/recorded-partials.js';
import { readWavSamples } from '../renderer/pcm.js';
import { startAppRig, type AppRig } from './app-harness.js';

const LIVE = { live: { mode: 'live' as const } };

/**
 * The rig with the built-in engine already running: a cold start (seconds on a loaded
 * machine) makes the first utterance's audio wait and go in a few large messages, so it
 * gets a few partials instead of one per 100 ms frame — real, but not what these tests are about.
 */
async function warmRig(options: Parameters<typeof startAppRig>[0]): Promise<AppRig> {
  const rig = await startAppRig(options);
  await rig.core.builtinEngineUrl();
  return rig;
}

function wavSeconds(path: string): number {
  return readWavSamples(path).samples.length / 16000;
}

/** What final-only typing makes of the finals this run's server gave (the transcript's raw words). */
function finalOnlyText(rig: AppRig, before = ''): string {
  const typing = new ResultEdits(new DictationFormatter(defaultSettings().formatting), { keyCommands: () => true });
  typing.begin(false);
  return [...rig.data.history.list()].reverse().reduce((doc, entry) => applyEdit(doc, typing.final(entry.raw).edit ?? { backspaces: 0, text: '' }), before);
}

/** Fixtures joined with silence between them, as one recording (sox). */
function joined(dir: string, names: string[], gapSeconds = 1.5): string {
  const gap = join(dir, 'gap.wav');
  execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', gap, 'trim', '0', String(gapSeconds)]);
  const out = join(dir, `${names.join('-')}.wav`);
  execFileSync('sox', [...names.flatMap((n) => [speechFixture(n).path, gap]), out]);
  return out;
}

type Seen = { at: number; value: string; lastFinal: string }[];

/**
 * Reads the textarea every 50 ms until the audio has played (`minMs`) and `done` says so,
 * or `maxMs` passed. Waiting on what the user would see, not a fixed time, because on a
 * loaded machine the recognizer runs seconds behind the microphone.
 */
async function watchTextarea(rig: AppRig, minMs: number, done: (seen: Seen) => boolean, maxMs = 45_000): Promise<Seen> {
  const seen: Seen = [];
  const start = performance.now();
  while (performance.now() - start < maxMs && (performance.now() - start < minMs || !done(seen))) {
    const value = await rig.target.value();
    if (value !== seen.at(-1)?.value) seen.push({ at: performance.now(), value, lastFinal: rig.core.state.lastFinal });
    await sleep(50);
  }
  return seen;
}

test('hold the hotkey and speak: the textarea fills while speaking and ends exactly as final-only typing', async (t) => {
  const fixture = speechFixture('long');
  const rig = await warmRig({ micWav: fixture.path, settings: LIVE });
  t.after(() => rig.close());
  const key = (...args: string[]) => execFileSync('xdotool', args, { env: rig.target.env });
  rig.core.start();
  assert.equal(await rig.core.hotkeyReady(), true, rig.notices.join('; '));

  key('keydown', 'ctrl+alt+space');
  const grewBeforeFinal = (seen: Seen) => seen.filter((s) => s.lastFinal === '' && s.value !== '').length;
  const seen = await watchTextarea(rig, wavSeconds(fixture.path) * 1000 + 500, (seen) => grewBeforeFinal(seen) >= 3 || rig.core.state.lastFinal !== '');
  // KNOWN RACE (reported, not fixed): a real key-up that lands while live typing has lifted
  // the hotkey's keys is dropped by X, and pressing them again afterwards leaves them stuck
  // down. This test lets go between edits (typing settles within ~1 s), as it covers the rest.
  await sleep(1000);
  const atRelease = await rig.target.value();
  key('keyup', 'space');
  key('keyup', 'ctrl+alt');
  await rig.core.whenIdle();
  // The keys are sent; Chromium may still be working through them.
  const expected = finalOnlyText(rig);
  const typed = await rig.target.waitForValue(expected, 5000);
  t.diagnostic(`state: ${JSON.stringify(rig.core.state)}; notices: ${rig.notices.join('; ')}`);
  t.diagnostic(`while held: ${seen.map((s) => JSON.stringify(s.value)).join(' → ')}; final: ${JSON.stringify(typed)}`);

  assert.ok(grewBeforeFinal(seen) >= 2, 'the textarea grew, word by word, before any final result');
  assert.ok(atRelease.length > 0, 'text was there before the key was released');
  assert.equal(typed, expected, 'the window ends with exactly what final-only typing gives');
  assert.match(typed, /^Voice recognition/);
  assert.equal(rig.core.state.status, 'idle', 'the hook saw the real key-up (not a max-hold timeout)');
});

test('"scratch that" after a live utterance erases exactly that utterance', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-live-'));
  const wav = joined(dir, ['weather', 'scratch']);
  const rig = await warmRig({ micWav: wav, settings: LIVE });
  t.after(async () => {
    await rig.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await rig.target.page.$eval('#t', (el) => void ((el as unknown as { value: string }).value = 'Keep this.'));
  await rig.target.reset().catch(() => {}); // the click puts the cursor back in the textarea
  await rig.target.page.$eval('#t', (el) => {
    const t = el as unknown as { value: string; setSelectionRange(a: number, b: number): void };
    t.value = 'Keep this.';
    t.setSelectionRange(10, 10);
  });
  rig.core.toggleDictation(); // from the tray: toggle mode, no keys held
  const seen = await watchTextarea(rig, wavSeconds(wav) * 1000, (seen) => seen.some((s) => s.value.length > 10) && seen.at(-1)?.value === 'Keep this.');
  rig.core.toggleDictation();
  await rig.core.whenIdle();
  t.diagnostic(seen.map((s) => JSON.stringify(s.value)).join(' → '));
  assert.ok(seen.some((s) => /^Keep this\.The weather/.test(s.value)), 'the first utterance was typed live');
  assert.equal(await rig.target.waitForValue('Keep this.', 5000), 'Keep this.', 'scratch erased exactly the utterance');
});

test('key commands spoken on their own press keys: "press enter" makes a new line, the next words a new sentence', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-keys-'));
  const wav = joined(dir, ['hello', 'enter', 'morning']);
  const rig = await warmRig({ micWav: wav, settings: LIVE });
  t.after(async () => {
    await rig.close();
    rmSync(dir, { recursive: true, force: true });
  });
  rig.core.toggleDictation();
  await watchTextarea(rig, wavSeconds(wav) * 1000, (seen) => /Good morning/.test(seen.at(-1)?.value ?? ''));
  rig.core.toggleDictation();
  await rig.core.whenIdle();
  const typed = await rig.target.value();
  t.diagnostic(JSON.stringify(typed));
  assert.match(typed, /^Hello world\nGood morning/);
  assert.doesNotMatch(typed, /press|enter/i);
});

test('focus moved to another window between utterances: it starts a fresh sentence there', async (t) => {
  const fixture = speechFixture('hello');
  const rig = await warmRig({ micWav: fixture.path });
  t.after(() => rig.close());
  const dictate = async () => {
    rig.core.toggleDictation();
    await sleep(wavSeconds(fixture.path) * 1000 + 800);
    rig.core.toggleDictation();
    await rig.core.whenIdle();
  };
  await dictate();
  assert.equal(await rig.target.waitForValue('Hello world', 5000), 'Hello world');
  // A second real window on the display, focused with a real click.
  const browser = rig.target.page.context().browser()!;
  const other = await (await browser.newContext()).newPage();
  await other.setContent('<title>second window</title><textarea id="b" style="width:100%;height:300px"></textarea>');
  const env = rig.target.env;
  const id = execFileSync('xdotool', ['search', '--sync', '--name', 'second window'], { env }).toString().trim().split('\n')[0]!;
  execFileSync('xdotool', ['windowraise', id, 'windowfocus', '--sync', id], { env });
  execFileSync('xdotool', ['mousemove', '--window', id, '100', '150', 'click', '1'], { env });
  await other.waitForFunction("document.activeElement?.id === 'b'");
  await dictate();
  await other.waitForFunction("document.getElementById('b').value === 'Hello world'", undefined, { timeout: 5000 }).catch(() => {});
  const there = await other.$eval('#b', (el) => (el as unknown as { value: string }).value);
  assert.equal(there, 'Hello world', 'no leading space and a capital in the new window (same window would give " hello world")');
  assert.equal(await rig.target.value(), 'Hello world', 'the first window is untouched');
});
