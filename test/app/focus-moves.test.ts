// The focus moves while Voskey types live: the whole app (capture page with a flite
// recording as its microphone, the built-in PocketSphinx engine, the real focus probe,
// robotjs typing) on Xvfb with a real window manager (openbox) and two real Chromium
// windows. A correction must never reach the window the focus went to: that window's text
// is checked byte for byte and its page records every key it receives.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { speechFixture } from '../helpers/fixtures.js';
import { startWindowManager } from '../helpers/window-manager.js';
import { readWavSamples } from '../renderer/pcm.js';
import { startAppRig, type AppRig } from './app-harness.js';

const LIVE = { live: { mode: 'live' as const } };
const ERASING_KEYS = ['Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** The rig with openbox managing its display and the engine warm; null (test skipped) without openbox. */
async function rigWithWindowManager(t: TestContext, micWav: string): Promise<AppRig | null> {
  const rig = await startAppRig({ micWav, settings: LIVE });
  t.after(() => rig.close());
  const wm = await startWindowManager(rig.target.env);
  if (typeof wm === 'string') {
    t.skip(wm);
    return null;
  }
  t.after(() => wm.stop());
  await rig.core.builtinEngineUrl();
  // The typing target on the left half of the screen, so a second window fits beside it.
  execFileSync('xdotool', ['windowsize', '--sync', windowId(rig, 'typing target'), '640', '780'], { env: rig.target.env });
  return rig;
}

function windowId(rig: AppRig, title: string): string {
  return execFileSync('xdotool', ['search', '--sync', '--name', title], { env: rig.target.env }).toString().trim().split('\n')[0]!;
}

function activeWindow(rig: AppRig): string {
  return execFileSync('xdotool', ['getactivewindow'], { env: rig.target.env }).toString().trim();
}

interface OtherWindow {
  page: Page;
  id: string;
  /** The page's visible text and its text box, if any. */
  content(): Promise<string>;
  keys(): Promise<string[]>;
}

/** A second Chromium window on the right half that records every key it receives. */
async function openOtherWindow(rig: AppRig, title: string, body: string): Promise<OtherWindow> {
  const browser = rig.target.page.context().browser()!;
  const page = await (await browser.newContext()).newPage();
  await page.setContent(
    `<title>${title}</title><style>textarea{width:90%;height:300px}</style>${body}` +
      `<script>window.keys = []; addEventListener('keydown', (e) => keys.push(e.key), true);</script>`,
  );
  const id = windowId(rig, title);
  execFileSync('xdotool', ['windowsize', '--sync', id, '630', '780', 'windowmove', '--sync', id, '645', '0'], { env: rig.target.env });
  return {
    page,
    id,
    content: () => page.evaluate<string>('document.body.innerText + "|" + (document.querySelector("textarea")?.value ?? "")'),
    keys: () => page.evaluate<string[]>('window.keys'),
  };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

/** Starts dictation into the typing target and waits until live typing has put `count` words there. */
async function dictateUntilWords(rig: AppRig, count: number): Promise<number> {
  await rig.target.reset();
  assert.equal(activeWindow(rig), windowId(rig, 'typing target'), 'the typing target has the focus');
  const started = performance.now();
  rig.core.toggleDictation(); // from the tray: toggle mode, no keys held
  while (words(await rig.target.value()) < count) {
    if (performance.now() - started > 60_000) assert.fail(`live typing never typed ${count} words: ${JSON.stringify(await rig.target.value())}`);
    await sleep(30);
  }
  return started;
}

/** Lets the recording play out, stops dictation and waits for the last text; the other window's content throughout. */
async function finish(rig: AppRig, other: OtherWindow, started: number, wav: string): Promise<string[]> {
  const seen: string[] = [];
  const audioMs = (readWavSamples(wav).samples.length / 16000) * 1000;
  while (performance.now() - started < audioMs + 1500) {
    seen.push(await other.content());
    await sleep(50);
  }
  rig.core.toggleDictation();
  await rig.core.whenIdle();
  await sleep(500); // Chromium may still be working through the last keys
  seen.push(await other.content());
  return seen;
}

function noticesShown(rig: AppRig): string[] {
  return rig.states.map((s) => s.notice).filter((n, i, all) => n !== '' && n !== all[i - 1]);
}

test('focus moved by a click mid-utterance: no correction reaches the other window; its new words start a fresh sentence there', async (t) => {
  const wav = speechFixture('long').path;
  const rig = await rigWithWindowManager(t, wav);
  if (!rig) return;
  const ORIGINAL = 'Dear Anna, thanks for the notes.';
  const other = await openOtherWindow(rig, 'second window', `<textarea id="b">${ORIGINAL}</textarea>`);
  const before = await other.content();

  const started = await dictateUntilWords(rig, 2);
  // The user clicks into the other window's text box (at its end) while still speaking.
  execFileSync('xdotool', ['mousemove', '900', '200', 'click', '1', 'key', 'ctrl+End'], { env: rig.target.env });
  await other.page.waitForFunction("document.activeElement?.id === 'b'");
  const keysBefore = (await other.keys()).length;
  const seen = await finish(rig, other, started, wav);

  const first = await rig.target.value();
  const after = await other.content();
  const keys = (await other.keys()).slice(keysBefore);
  const said = rig.data.history.list()[0]?.text ?? '';
  t.diagnostic(`typing target: ${JSON.stringify(first)}; other window: ${JSON.stringify(after)}; keys there: ${keys.join(' ')}; history: ${JSON.stringify(said)}; notices: ${noticesShown(rig).join(' | ')}`);

  assert.deepEqual(keys.filter((k) => ERASING_KEYS.includes(k)), [], 'no BackSpace or caret move reached the other window');
  for (const content of seen) assert.ok(content.startsWith(before.replace(/\|.*$/, '')) && content.includes(`|${ORIGINAL}`), `the other window's text was never touched: ${JSON.stringify(content)}`);
  const added = after.slice(after.indexOf('|') + 1 + ORIGINAL.length);
  assert.match(said, /^Voice recognition/, 'the history holds the whole utterance');
  // An append already on its way as the click lands still reaches the other window (X has
  // no "type into window W" that Chromium honours), so the words there are compared, not
  // their first letter: they are the end of what was said, nothing repeated, nothing lost.
  assert.ok(letters(said).endsWith(letters(added)), 'the other window got only the end of what was said');
  if (added) assert.match(added, /[A-Z]/, 'the words after the move start a fresh sentence');
  assert.ok(noticesShown(rig).length <= 1, 'the overlay says it at most once');
  if (noticesShown(rig).length === 0) assert.equal(letters(first) + letters(added), letters(said), 'both windows together hold exactly what was said');
  else assert.match(noticesShown(rig)[0]!, /focus moved/i);
});

test('a dialog takes the focus mid-utterance: its content is byte-identical afterwards and it never gets an erasing key', async (t) => {
  const wav = speechFixture('long').path;
  const rig = await rigWithWindowManager(t, wav);
  if (!rig) return;
  const started = await dictateUntilWords(rig, 2);
  // A new window maps and the window manager gives it the focus, as a dialog does.
  const dialog = await openOtherWindow(rig, 'save changes', '<p>Save changes to "notes.txt" before closing?</p><button>Save</button>');
  const deadline = Date.now() + 10_000;
  while (activeWindow(rig) !== dialog.id && Date.now() < deadline) {
    execFileSync('xdotool', ['windowactivate', '--sync', dialog.id], { env: rig.target.env });
    await sleep(100);
  }
  const before = await dialog.content();
  const keysBefore = (await dialog.keys()).length;
  const seen = await finish(rig, dialog, started, wav);
  const keys = (await dialog.keys()).slice(keysBefore);
  const said = rig.data.history.list()[0]?.text ?? '';
  t.diagnostic(`typing target: ${JSON.stringify(await rig.target.value())}; keys in the dialog: ${keys.join(' ')}; history: ${JSON.stringify(said)}`);

  assert.deepEqual(keys.filter((k) => ERASING_KEYS.includes(k)), [], 'no BackSpace or caret move reached the dialog');
  for (const content of seen) assert.equal(content, before, "the dialog's content is byte-identical");
  assert.match(said, /^Voice recognition/, 'the history holds the whole utterance');
  assert.ok(words(await rig.target.value()) >= 2, 'what was typed before the dialog stays where it was');
});
