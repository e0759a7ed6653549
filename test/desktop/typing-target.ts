// A real window to type into: a private Xvfb, Debian Chromium headed on it, and a page that
// is one big <textarea>, focused with a real (XTest) click because Chromium under Xvfb
// without a window manager ignores synthetic keys until it gets one. Shared by the typist
// tests and bench/typing.ts.
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { launchChromium } from '../helpers/chromium.js';
import { startXvfb, type XDisplay } from '../helpers/xvfb.js';

const PAGE = `<!doctype html><meta charset="utf-8"><title>typing target</title>
<style>html,body{margin:0;height:100%}textarea{box-sizing:border-box;width:100%;height:100%;font:14px monospace}</style>
<textarea id="t" spellcheck="false" autocomplete="off"></textarea>`;

export interface TypingTarget {
  display: string;
  /** process.env with DISPLAY pointing at the private display. */
  env: NodeJS.ProcessEnv;
  page: Page;
  value(): Promise<string>;
  /** Empties the textarea and gives it focus again. */
  reset(): Promise<void>;
  /** Waits until the textarea holds `expected` or `timeoutMs` passes; returns what it holds. */
  waitForValue(expected: string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

export async function openTypingTarget(): Promise<TypingTarget> {
  const x: XDisplay = await startXvfb();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium({ display: x.display, extraArgs: ['--window-position=0,0', '--window-size=1000,700'] });
    const page = await browser.newPage();
    await page.setContent(PAGE);
    const env = { ...process.env, DISPLAY: x.display };
    // A click that lands before Chromium's window is mapped (a loaded machine) is lost, so
    // click again until the textarea has the focus; after 30 s the wait fails with its reason.
    const focus = async (): Promise<void> => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        execFileSync('xdotool', ['mousemove', '500', '400', 'click', '1'], { env });
        const focused = await page
          .waitForFunction("document.activeElement?.id === 't'", undefined, { timeout: 1000 })
          .then(() => true, () => false);
        if (focused) return;
        if (Date.now() > deadline) throw new Error(`the typing target's textarea never took the focus on ${x.display}`);
      }
    };
    await focus();
    // Callbacks run in the page; typed structurally because this project compiles without DOM types.
    const value = (): Promise<string> => page.$eval('#t', (t) => (t as unknown as { value: string }).value);
    const opened = browser;
    return {
      display: x.display,
      env,
      page,
      value,
      async reset() {
        await page.$eval('#t', (t) => void ((t as unknown as { value: string }).value = ''));
        await focus();
      },
      async waitForValue(expected, timeoutMs = 5000) {
        const deadline = Date.now() + timeoutMs;
        let current = await value();
        while (current !== expected && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 20));
          current = await value();
        }
        return current;
      },
      async close() {
        await opened.close().catch(() => {});
        await x.stop();
      },
    };
  } catch (e) {
    await browser?.close().catch(() => {});
    await x.stop();
    throw e;
  }
}
