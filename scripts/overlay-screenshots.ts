// Renders the overlay in its main states on a light and a dark desktop, in Chromium, and
// writes PNGs to docs/images/ for the README and for reviewing the design.
// Usage: npm run build && node --import tsx scripts/overlay-screenshots.ts

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDLE_OVERLAY, type OverlayState } from '../electron/dictation/overlay-state.js';
import { OVERLAY_CHOICES_SIZE } from '../electron/shell/overlay-choices-size.js';
import { startPageHarness } from '../test/helpers/page-harness.js';

const OUT_DIR = fileURLToPath(new URL('../docs/images/', import.meta.url));
/** The overlay window's size (the shell makes a transparent window this big). */
const WINDOW = { width: 380, height: 130 };

const STATES: Record<string, OverlayState> = {
  idle: { ...IDLE_OVERLAY, lastFinal: 'Hello world. How are you?' },
  listening: {
    ...IDLE_OVERLAY,
    status: 'listening',
    partial: 'the weather is nice today and we are going to the park after lunch if it stays dry',
    lastFinal: 'Good morning everyone.',
    level: { rms: 0.12, peak: 0.45 },
  },
  waking: {
    ...IDLE_OVERLAY,
    status: 'waking',
    elapsedSeconds: 12,
    message: 'The Hugging Face Space is starting up; this can take a minute.',
  },
  error: {
    ...IDLE_OVERLAY,
    status: 'error',
    message: 'The server refused the access token. Check it in Settings.',
  },
};

/** The "correct that" list, in the taller window the shell gives it (issue 24). */
const LIST_STATES: Record<string, OverlayState> = {
  choices: {
    ...IDLE_OVERLAY,
    lastFinal: 'We go to the park after lunch',
    choices: ['We go to the park after lunch', 'We go to the bark after lunch', 'He goes to the park after lunch', 'We go to the park after launch'],
  },
};

// Stand-ins for a desktop behind the transparent overlay window.
const DESKTOPS = {
  light: 'linear-gradient(135deg, #e9eef5 0%, #f8f4ea 55%, #dfe9e3 100%)',
  dark: 'linear-gradient(135deg, #1b2230 0%, #11131a 60%, #23202c 100%)',
} as const;

mkdirSync(OUT_DIR, { recursive: true });
for (const [window, states] of [
  [WINDOW, STATES],
  [OVERLAY_CHOICES_SIZE, LIST_STATES],
] as const) {
  await screenshots({ ...window }, states);
}

async function screenshots(viewport: { width: number; height: number }, states: Record<string, OverlayState>): Promise<void> {
  for (const [scheme, wallpaper] of Object.entries(DESKTOPS) as [keyof typeof DESKTOPS, string][]) {
    // bypassCSP: the page's CSP refuses inline styles, and the wallpaper is one.
    const harness = await startPageHarness({
      context: { viewport, colorScheme: scheme, bypassCSP: true, deviceScaleFactor: 1 },
    });
    try {
      harness.handle('overlay:get-state', () => IDLE_OVERLAY);
      await harness.open('renderer/overlay/overlay.html');
      await harness.page.addStyleTag({ content: `html { background: ${wallpaper}; }` });
      for (const [name, state] of Object.entries(states)) {
        harness.emit('overlay:state', state);
        await harness.page.waitForSelector(`[data-testid="overlay"][data-status="${state.status}"]`, { state: 'attached' });
        // Let the level meter's short transition settle.
        await harness.page.waitForTimeout(150);
        const path = join(OUT_DIR, `overlay-${name}-${scheme}.png`);
        await harness.page.screenshot({ path, animations: 'disabled' });
        console.log(`wrote ${path}`);
      }
    } finally {
      await harness.close();
    }
  }
}
