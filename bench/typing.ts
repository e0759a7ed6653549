// Typing benchmark, on its own Xvfb with headed Chromium (test/desktop/typing-target.ts).
// (a) 500 characters with Unicode pasted into the focused textarea: time until the text is
//     there (what the user sees) and until apply() returns (clipboard restored); goal ≤ 120 ms.
// (b) ASCII keystroke throughput with setKeyboardDelay(0) against robotjs's default delay,
//     measured in the same run as the baseline; goal ≥ 1,000 chars/s.
// Prints figures and ratios; asserts nothing. Run: node --import tsx bench/typing.ts
import { createX11ActiveWindowProbe } from '../electron/desktop/active-window.js';
import { createXclipClipboard } from '../electron/desktop/clipboard-xclip.js';
import { createRobotKeySender } from '../electron/desktop/robot-key-sender.js';
import { createTypist, type TypingSettings } from '../electron/desktop/typist.js';
import { openTypingTarget, type TypingTarget } from '../test/desktop/typing-target.js';
import { median } from './helpers/stats.js';

const ROUNDS = 5;
const UNICODE_500 = 'Ünïcödé façade — naïve café, 100 % “quoted” … '.repeat(20).slice(0, 500);
const ASCII = 'The quick brown fox jumps over the lazy dog 0123456789. '.repeat(8).slice(0, 400);

async function timePaste(target: TypingTarget, settings: TypingSettings, env: NodeJS.ProcessEnv) {
  const keys = createRobotKeySender({ env });
  const typist = createTypist(settings, {
    clipboard: createXclipClipboard(env),
    keys,
    activeWindow: createX11ActiveWindowProbe(env),
  });
  const visible: number[] = [];
  const returned: number[] = [];
  let correct = 0;
  await typist.apply({ backspaces: 0, text: 'warm-up' }); // starts the worker
  for (let i = 0; i < ROUNDS; i++) {
    await target.reset();
    const t0 = performance.now();
    const done = typist.apply({ backspaces: 0, text: UNICODE_500 }).then(() => returned.push(performance.now() - t0));
    const value = await target.waitForValue(UNICODE_500, 3000);
    visible.push(performance.now() - t0);
    await done;
    if (value === UNICODE_500) correct++;
  }
  await typist.close();
  return { visible: median(visible), returned: median(returned), correct };
}

async function keystrokeRate(target: TypingTarget, env: NodeJS.ProcessEnv, keyboardDelay: number, text: string) {
  const keys = createRobotKeySender({ env, keyboardDelay });
  await keys.send([{ kind: 'text', text: 'x' }]); // starts the worker
  await target.reset();
  const t0 = performance.now();
  await keys.send([{ kind: 'text', text }]);
  const value = await target.waitForValue(text, 30_000);
  const seconds = (performance.now() - t0) / 1000;
  keys.close();
  return { charsPerSecond: text.length / seconds, correct: value === text };
}

const target = await openTypingTarget();
try {
  const paste = await timePaste(target, { method: 'paste', pasteKeys: 'auto' }, target.env);
  console.log(`(a) paste 500 Unicode chars, median of ${ROUNDS}: visible after ${paste.visible.toFixed(0)} ms, ` +
    `apply() returned after ${paste.returned.toFixed(0)} ms (includes the clipboard restore wait); ` +
    `correct ${paste.correct}/${ROUNDS}; goal ≤ 120 ms visible → ratio ${(paste.visible / 120).toFixed(2)} of budget`);
  // The default delay is slow: a shorter text keeps the baseline run short.
  const baseline = await keystrokeRate(target, target.env, 10, ASCII.slice(0, 100));
  const fast = await keystrokeRate(target, target.env, 0, ASCII);
  console.log(`(b) keystrokes, robotjs default delay (baseline): ${baseline.charsPerSecond.toFixed(0)} chars/s, correct ${baseline.correct}`);
  console.log(`    keystrokes, setKeyboardDelay(0): ${fast.charsPerSecond.toFixed(0)} chars/s, correct ${fast.correct}; ` +
    `${(fast.charsPerSecond / baseline.charsPerSecond).toFixed(1)}× baseline; goal ≥ 1,000 chars/s → ${(fast.charsPerSecond / 1000).toFixed(2)}× goal`);
  const breakEven = (paste.visible / 1000) * fast.charsPerSecond;
  console.log(`    keystrokes match one paste at ≈${breakEven.toFixed(0)} chars (typing-plan.ts pastes ASCII above 200)`);
} finally {
  await target.close();
}
