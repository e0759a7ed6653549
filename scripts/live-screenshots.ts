// Screenshots of live typing for the README: the whole app (test/app/app-harness.ts: the
// core, the capture page with Chromium's fake microphone playing a flite recording, the
// built-in PocketSphinx engine, robotjs typing) into a headed Chromium textarea on Xvfb,
// with live mode on and the hotkey held (xdotool). Three moments are captured while the
// words arrive, before the key is released: docs/images/live-typing-1..3.png.
// Usage: npm run fixtures && npm run build && node --import tsx scripts/live-screenshots.ts
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startAppRig } from '../test/app/app-harness.js';
import { speechFixture } from '../test/helpers/fixtures.js';

const OUT_DIR = fileURLToPath(new URL('../docs/images/', import.meta.url));
const CLIP = { x: 0, y: 0, width: 760, height: 60 };

const rig = await startAppRig({ micWav: speechFixture('long').path, settings: { live: { mode: 'live' } } });
try {
  await rig.target.page.addStyleTag({ content: 'textarea{font:20px/1.4 sans-serif;padding:12px}' });
  await rig.core.builtinEngineUrl();
  rig.core.start();
  if (!(await rig.core.hotkeyReady())) throw new Error(`no hold-to-talk: ${rig.notices.join('; ')}`);
  const key = (...args: string[]) => execFileSync('xdotool', args, { env: rig.target.env });
  key('keydown', 'ctrl+alt+space');
  // Shoot when the text has grown by a few words since the last shot.
  let shots = 0;
  let lastWords = 0;
  const deadline = Date.now() + 40_000;
  while (shots < 3 && Date.now() < deadline) {
    const value = await rig.target.value();
    const words = value.split(/\s+/).filter(Boolean).length;
    if (words >= lastWords + 3 || (shots === 0 && words >= 2)) {
      shots++;
      lastWords = words;
      const path = join(OUT_DIR, `live-typing-${shots}.png`);
      await rig.target.page.screenshot({ path, clip: CLIP });
      console.log(`wrote ${path}: ${JSON.stringify(value)} (key still held)`);
    }
    await sleep(40);
  }
  key('keyup', 'space');
  key('keyup', 'ctrl+alt');
  await rig.core.whenIdle();
} finally {
  await rig.close();
}
