// Wayland typing benchmark, in a headless sway session with Chromium on its Wayland backend
// (test/helpers/sway.ts, wayland-targets.ts). For dictation-like texts, against the plain
// wtype run the typist used before (one `wtype -` per text, no pause, no split) measured
// in the same run as the baseline:
// (a) exactness: how many texts arrive exactly;
// (b) time until the text is visible, for wtype's split runs and for a wl-clipboard paste.
// Prints figures and ratios; asserts nothing. Skipped, with the reason, where sway cannot
// run. Run: node --import tsx bench/wayland-typing.ts
import { spawnSync } from 'node:child_process';
import { createWaylandClipboard } from '../electron/desktop/clipboard-wayland.js';
import { createTypist } from '../electron/desktop/typist.js';
import { createWaylandKeySender } from '../electron/desktop/wayland-key-sender.js';
import { startSway, swayUnavailable } from '../test/helpers/sway.js';
import { openChromium, type ChromiumTarget } from '../test/helpers/wayland-targets.js';
import { median } from './helpers/stats.js';

const ROUNDS = 3;
// A run's first key, punctuation first, the 14th distinct character, Unicode, a long line.
const TEXTS = [
  'arg form ok',
  ' and then we left.',
  'abcdefghijklmé',
  'Screenshot: café naïve — 100% ☃',
  'The quick brown fox jumps over the lazy dog, 0123456789 times; “quoted” text…',
];

async function measure(target: ChromiumTarget, type: (text: string) => Promise<void>) {
  let exact = 0;
  const visible: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of TEXTS) {
      await target.clear();
      const t0 = performance.now();
      await type(text);
      const value = await target.waitForValue(text, 1500);
      if (value === text) {
        exact++;
        visible.push(performance.now() - t0);
      }
    }
  }
  return { exact, total: ROUNDS * TEXTS.length, visibleMs: visible.length ? median(visible) : NaN };
}

const unavailable = swayUnavailable();
if (unavailable) {
  console.log(`skipped: ${unavailable}`);
} else {
  const sway = await startSway();
  const target = await openChromium(sway);
  try {
    const before = await measure(target, async (text) => void spawnSync('wtype', ['-'], { env: sway.env, input: text }));
    const keys = createWaylandKeySender('wtype', sway.env);
    const split = await measure(target, (text) => keys.send([{ kind: 'text', text }]));
    const paster = createTypist({ method: 'paste', pasteKeys: 'ctrl+v' }, { clipboard: createWaylandClipboard(sway.env), keys });
    const paste = await measure(target, async (text) => void (await paster.apply({ backspaces: 0, text })));
    await paster.close();
    const row = (name: string, r: { exact: number; total: number; visibleMs: number }) =>
      console.log(`${name.padEnd(34)} exact ${String(r.exact).padStart(2)}/${r.total}   visible after ${r.visibleMs.toFixed(0).padStart(4)} ms (median of exact)`);
    row('wtype - (the typist before)', before);
    row('wtype, split runs (the typist now)', split);
    row('wl-copy + Ctrl+V', paste);
    console.log(`exact texts, split runs / before: ${(split.exact / Math.max(1, before.exact)).toFixed(2)}x; visible time, split runs / paste: ${(split.visibleMs / paste.visibleMs).toFixed(2)}x`);
  } finally {
    await target.close();
    await sway.stop();
  }
}
