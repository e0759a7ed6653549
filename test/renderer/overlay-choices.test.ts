// The overlay's "correct that" list in Chromium, at the size the shell gives the window
// while it shows: numbered alternatives (1 = what was typed), the hint, all of it inside
// the window, and still nothing that can take the keyboard focus (the digit keys are the
// app's global shortcuts, never a click on the overlay).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { IDLE_OVERLAY, type OverlayState } from '../../electron/dictation/overlay-state.js';
import { OVERLAY_CHOICES_SIZE } from '../../electron/shell/overlay-choices-size.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';

const FIVE = [
  'We go to the park after lunch',
  'We go to the bark after lunch',
  'He goes to the park after lunch',
  'We go to the park after launch',
  'We go to a park after lunch if it stays dry and warm and sunny all afternoon',
];

describe('overlay: the "correct that" list', () => {
  let harness: PageHarness;

  async function show(state: Partial<OverlayState>): Promise<void> {
    harness.emit('overlay:state', { ...IDLE_OVERLAY, ...state });
    await harness.page.evaluate('new Promise(requestAnimationFrame)');
  }
  const items = () => harness.page.getByTestId('choice');

  before(async () => {
    harness = await startPageHarness({ context: { viewport: { ...OVERLAY_CHOICES_SIZE } } });
    harness.handle('overlay:get-state', () => IDLE_OVERLAY);
    await harness.open('renderer/overlay/overlay.html');
  });
  after(() => harness.close());

  test('shows the alternatives numbered from 1, the first marked as what was typed', async () => {
    await show({ lastFinal: 'We go to the park after lunch', choices: FIVE.slice(0, 3) });
    assert.equal(await harness.page.getByTestId('choices').isVisible(), true);
    assert.deepEqual(await items().locator('.choice-number').allInnerTexts(), ['1', '2', '3']);
    assert.deepEqual(await items().locator('.choice-text').allTextContents(), FIVE.slice(0, 3));
    assert.match(await items().first().innerText(), /\(typed\)/);
    assert.doesNotMatch(await items().nth(1).innerText(), /typed/);
    assert.equal(await harness.page.getByTestId('status').textContent(), 'Which did you say?');
    assert.match((await harness.page.getByTestId('choice-hint').textContent()) ?? '', /choose 2.*press 2/);
  });

  test('the hint uses the dictation language\'s words when main gives them', async () => {
    await show({ choices: FIVE.slice(0, 2), choiceHint: 'Say “nimm 2” or press 2 · “abbrechen” closes' });
    assert.equal(await harness.page.getByTestId('choice-hint').textContent(), 'Say “nimm 2” or press 2 · “abbrechen” closes');
  });

  test('five alternatives and the hint fit the window; a long one is cut on its own line', async () => {
    await show({ lastFinal: FIVE[0]!, choices: FIVE });
    // A string, not a function: the page has no DOM types in this (Node) project.
    const box = await harness.page.evaluate<{ hintBottom: number; hintRight: number; rows: number[]; width: number; height: number }>(`(() => {
      const hint = document.querySelector('[data-testid="choice-hint"]').getBoundingClientRect();
      const rows = [...document.querySelectorAll('[data-testid="choice"]')].map((el) => el.getBoundingClientRect().height);
      return { hintBottom: hint.bottom, hintRight: hint.right, rows, width: innerWidth, height: innerHeight };
    })()`);
    assert.ok(box.hintBottom <= box.height, `the hint ends at ${box.hintBottom} px in a ${box.height} px window`);
    assert.ok(box.hintRight <= box.width);
    assert.equal(new Set(box.rows.map(Math.round)).size, 1, `every row one line high: ${box.rows.join(', ')}`);
  });

  test('nothing on it can take the keyboard focus while the list shows', async () => {
    await show({ choices: FIVE.slice(0, 2) });
    const focusable = await harness.page.locator('a[href], button, input, select, textarea, [tabindex], [contenteditable], iframe').count();
    assert.equal(focusable, 0);
    await harness.page.keyboard.press('Tab');
    assert.equal(await harness.page.evaluate('document.activeElement === document.body'), true);
  });

  test('closing the list hides it; a malformed list shows nothing rather than breaking the page', async () => {
    await show({ choices: [] });
    assert.equal(await harness.page.getByTestId('choices').isVisible(), false);
    assert.equal(await harness.page.getByTestId('status').textContent(), 'Ready');
    await show({ choices: ['One', 42, null, 'Two'] as unknown as string[] });
    assert.deepEqual(await items().locator('.choice-text').allTextContents(), ['One', 'Two']);
    await show({ choices: 'nonsense' as unknown as string[] });
    assert.equal(await harness.page.getByTestId('choices').isVisible(), false);
    assert.deepEqual(harness.pageErrors, []);
  });
});
