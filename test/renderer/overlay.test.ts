// The overlay page in Chromium, driven like main drives it: 'overlay:state' events and an
// 'overlay:get-state' answer at load. Checks what a user sees: the words, the live text,
// the meter, and that nothing on it can take the keyboard focus.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { IDLE_OVERLAY, type DictationStatus, type OverlayState } from '../../electron/dictation/overlay-state.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';

const OVERLAY_PAGE = 'renderer/overlay/overlay.html';
const WINDOW = { width: 380, height: 130 };

const LONG_PARTIAL =
  'voice recognition lets people write with their voice instead of a keyboard and it works well ' +
  'for short messages and for long letters alike as long as the microphone is close enough finally';

describe('overlay page', () => {
  let harness: PageHarness;
  const text = (testId: string) => harness.page.getByTestId(testId).textContent();
  const visible = (testId: string) => harness.page.getByTestId(testId).isVisible();

  async function show(state: Partial<OverlayState>): Promise<void> {
    const full = { ...IDLE_OVERLAY, ...state };
    harness.emit('overlay:state', full);
    await harness.page.waitForSelector(`[data-testid="overlay"][data-status="${full.status}"]`, { state: 'attached' });
    // One more round trip, so every field of this state is on screen (not just the status).
    await harness.page.evaluate('new Promise(requestAnimationFrame)');
  }

  before(async () => {
    harness = await startPageHarness({ context: { viewport: WINDOW } });
    // Fake timers, so the waking counter can be moved on without waiting.
    await harness.page.clock.install();
    harness.handle('overlay:get-state', () => ({ ...IDLE_OVERLAY, status: 'listening', partial: 'hello from the last state' }));
    await harness.open(OVERLAY_PAGE);
  });
  after(() => harness.close());

  test('at load it shows the state main reports', async () => {
    await harness.page.waitForSelector('[data-status="listening"]');
    assert.equal(await text('status'), 'Listening');
    assert.equal(await text('partial'), 'hello from the last state');
  });

  test('each status has its own words', async () => {
    const expected: [DictationStatus, RegExp][] = [
      ['idle', /^Ready$/],
      ['connecting', /^Connecting…$/],
      ['listening', /^Listening$/],
      ['finishing', /^Finishing…$/],
      ['reconnecting', /^Reconnecting… 4 s$/],
    ];
    for (const [status, words] of expected) {
      await show({ status, elapsedSeconds: 4 });
      assert.match((await text('status')) ?? '', words, status);
    }
  });

  test('waking the server shows the reason and seconds that keep counting', async () => {
    await show({ status: 'waking', elapsedSeconds: 12, message: 'The Space is starting up' });
    assert.equal(await text('status'), 'Waking the server… 12 s');
    assert.equal(await text('detail'), 'The Space is starting up');
    await harness.page.clock.runFor(3000);
    assert.equal(await text('status'), 'Waking the server… 15 s');
  });

  test('an error shows its reason', async () => {
    await show({ status: 'error', message: 'The server refused the access token' });
    assert.equal(await text('status'), 'Error: The server refused the access token');
    assert.equal(await visible('detail'), false, 'the reason is not shown twice');
  });

  test('a notice that text could not be corrected is shown under the status until the next utterance', async () => {
    const notice = 'The focus moved while you spoke: text already typed in the other window was left as it was.';
    await show({ status: 'idle', lastFinal: 'Voice recognition is fun', notice });
    assert.equal(await text('status'), 'Ready');
    assert.equal(await text('detail'), notice);
    await show({ status: 'connecting', message: '', notice: '' });
    assert.equal(await visible('detail'), false);
  });

  test('partial and last final text are shown, and hidden when empty', async () => {
    await show({ status: 'listening', partial: 'the weather is', lastFinal: 'Good morning everyone.' });
    assert.equal(await text('partial'), 'the weather is');
    assert.equal(await text('final'), 'Good morning everyone.');
    await show({ status: 'idle', partial: '', lastFinal: 'Good morning everyone.' });
    assert.equal(await visible('partial'), false);
    assert.equal(await visible('final'), true);
  });

  test('a long partial keeps its newest words in view, inside the window', async () => {
    await show({ status: 'listening', partial: LONG_PARTIAL, lastFinal: 'Earlier text.' });
    const words = await harness.page.evaluate<{ first: Rect; last: Rect; box: Rect }>(`(() => {
      const partial = document.querySelector('[data-testid="partial"]');
      const node = partial.firstChild;
      const rectOf = (start, end) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const r = range.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      const text = node.textContent;
      const box = partial.parentElement.getBoundingClientRect();
      return {
        first: rectOf(0, text.indexOf(' ')),
        last: rectOf(text.lastIndexOf(' ') + 1, text.length),
        box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
      };
    })()`);
    assert.ok(inside(words.last, words.box), `newest word ${JSON.stringify(words.last)} inside ${JSON.stringify(words.box)}`);
    assert.ok(words.first.bottom <= words.box.top, 'the oldest words went off the top');
    assert.ok(words.box.bottom <= WINDOW.height && words.box.right <= WINDOW.width, 'the text stays in the window');
    assert.equal(await visible('final'), true, 'the last final is still shown below');
  });

  test('the level meter follows the microphone level', async () => {
    const meterWidth = async () => (await harness.page.locator('[data-testid="level"] .meter-rms').boundingBox())?.width ?? 0;
    // The bar eases to its new width (a short CSS transition): wait for it to get there.
    const settle = async (reached: (width: number) => boolean): Promise<number> => {
      let width = await meterWidth();
      for (let i = 0; i < 50 && !reached(width); i++) {
        await new Promise((r) => setTimeout(r, 40));
        width = await meterWidth();
      }
      return width;
    };
    await show({ status: 'listening', level: { rms: 0, peak: 0 } });
    const silent = await settle((w) => w === 0);
    await show({ status: 'listening', level: { rms: 0.1, peak: 0.4 } });
    const speaking = await settle((w) => w > 0);
    await show({ status: 'listening', level: { rms: 0.5, peak: 0.9 } });
    const loud = await settle((w) => w > speaking);
    assert.equal(silent, 0);
    assert.ok(speaking > 0 && loud > speaking, `widths: silent ${silent}, speaking ${speaking}, loud ${loud}`);
    await show({ status: 'idle' });
    assert.equal(await visible('level'), false, 'no meter while the mic is closed');
  });

  test('nothing on the overlay can take the keyboard focus', async () => {
    const focusable = await harness.page
      .locator('a[href], button, input, select, textarea, [tabindex], [contenteditable], iframe')
      .count();
    assert.equal(focusable, 0);
    await harness.page.keyboard.press('Tab');
    assert.equal(await harness.page.evaluate('document.activeElement === document.body'), true);
  });

  test('a malformed state shows Ready instead of breaking the page', async () => {
    harness.emit('overlay:state', { status: 'bogus', partial: 42, level: null } as unknown as OverlayState);
    await harness.page.waitForSelector('[data-testid="overlay"][data-status="idle"]', { state: 'attached' });
    assert.equal(await text('status'), 'Ready');
    assert.deepEqual(harness.pageErrors, []);
  });
});

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left && inner.right <= outer.right;
}
