// Without a compositor the overlay window is opaque (electron/shell/overlay-look.ts) and the
// page is opened as overlay.html#opaque. In Chromium at the window's size: the card must
// fill the window edge to edge, square-cornered, in a solid colour, so no black corners or
// grey margins show; the transparent look keeps its floating rounded card.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IDLE_OVERLAY } from '../../electron/dictation/overlay-state.js';
import { opaqueOverlayBackground } from '../../electron/shell/overlay-look.js';
import { startPageHarness } from '../helpers/page-harness.js';

const OVERLAY_PAGE = 'renderer/overlay/overlay.html';
const WINDOW = { width: 380, height: 130 };

const LOOK = `(() => {
  const card = document.querySelector('[data-testid="overlay"]');
  const box = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  return {
    box: [box.left, box.top, box.width, box.height].map(Math.round),
    radius: style.borderTopLeftRadius,
    background: style.backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
  };
})()`;

interface Look {
  box: number[];
  radius: string;
  background: string;
  body: string;
}

function rgbHex(css: string): string {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`overlay in an opaque window (${scheme}): a solid card filling the window; transparent: a floating card`, async (t) => {
    const harness = await startPageHarness({ context: { viewport: WINDOW, colorScheme: scheme } });
    t.after(() => harness.close());
    harness.handle('overlay:get-state', () => ({ ...IDLE_OVERLAY, status: 'listening', partial: 'hello there' }));

    await harness.open(OVERLAY_PAGE);
    await harness.page.waitForSelector('[data-status="listening"]');
    const floating = await harness.page.evaluate<Look>(LOOK);
    assert.notEqual(floating.radius, '0px');
    assert.ok((floating.box[0] ?? 0) > 0, 'a margin around the card');
    assert.match(floating.body, /rgba\(0, 0, 0, 0\)|transparent/);

    await harness.page.goto(`${harness.baseUrl}${OVERLAY_PAGE}#opaque`);
    await harness.page.reload();
    await harness.page.waitForSelector('[data-status="listening"]');
    const opaque = await harness.page.evaluate<Look>(LOOK);
    assert.deepEqual(opaque.box, [0, 0, WINDOW.width, WINDOW.height], 'the card fills the window');
    assert.equal(opaque.radius, '0px');
    assert.match(opaque.background, /^rgb\(/, 'no alpha: nothing behind shows through');
    // The window's own background (set by the shell) matches, so a resize or a slow first
    // paint never flashes another colour.
    assert.equal(rgbHex(opaque.background), opaqueOverlayBackground(scheme === 'dark'));
    assert.equal(opaque.body, opaque.background);
    assert.equal(await harness.page.getByTestId('partial').textContent(), 'hello there');
    assert.deepEqual(harness.pageErrors, []);
  });
}
