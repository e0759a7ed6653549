// Windows typing for real: keys from the SendInput key sender land in a real Win32 EDIT
// control (created with user32 in this process, read back with WM_GETTEXT), the user32
// clipboard round-trips Unicode, the whole typist (the win32 platform plan: SendInput keys,
// Ctrl+V paste through the user32 clipboard) puts dictated text in the window, and the
// hold-to-talk hook (uiohook, in its worker process) sees injected keys. Runs on Windows and
// under Wine (the Wine tier, scripts/wine-tier.sh); elsewhere each test says it is skipped.
// What Wine does not do is labelled and kept for real Windows (needsRealWindows).
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createWin32KeySender } from '../../electron/desktop/win32-key-sender.js';
import { createWin32Clipboard } from '../../electron/desktop/clipboard-win32.js';
import { createDesktopTypist } from '../../electron/desktop/typist-desktop.js';
import { platformPlan } from '../../electron/desktop/platform/desktop-platform.js';
import { createHoldHotkey, type StopReason } from '../../electron/desktop/hotkey.js';
import type { KeySender } from '../../electron/desktop/key-sender.js';
import { eventually } from '../helpers/eventually.js';
import { needsRealWindows, openEditWindow, type EditWindow } from '../helpers/win32-window.js';

const notWindows = process.platform === 'win32' ? false : `needs Windows (user32 SendInput into a Win32 window); this is ${process.platform}`;

describe('Windows typing into a real Win32 edit control', { skip: notWindows }, () => {
  let window: EditWindow;
  let keys: KeySender;
  // Injected keys reach the control only through this thread's message queue.
  let pumping: NodeJS.Timeout;

  // Keys go to the foreground window; a session that refuses us the foreground (a locked
  // or non-interactive desktop) cannot show typing, and says so instead of failing.
  let noForeground: string | false = false;

  before(() => {
    window = openEditWindow();
    keys = createWin32KeySender();
    pumping = setInterval(() => window.pump(), 5);
    if (!window.focus()) noForeground = 'Windows did not give this test the foreground (SetForegroundWindow refused), so typed keys would go elsewhere';
  });
  after(() => {
    clearInterval(pumping);
    keys.close();
    window.close();
  });

  const fresh = (t: TestContext) => {
    if (noForeground) return (t.skip(noForeground), false);
    window.setText('');
    window.focus();
    return true;
  };
  const shows = (expected: string) => eventually(`the window shows ${JSON.stringify(expected)}`, () => window.text() === expected || undefined, 5000).catch(() => {
    assert.equal(window.text(), expected);
  });

  it('"e😀f" arrives exactly: the emoji is not cut to 16 bits (robotjs typeString cut it)', async (t) => {
    if (!fresh(t)) return;
    await keys.send([{ kind: 'text', text: 'e😀f' }]);
    await shows('e😀f');
  });

  it('accents, a dash, symbols and an emoji are typed as keystrokes, no clipboard involved', async (t) => {
    if (!fresh(t)) return;
    await keys.send([{ kind: 'text', text: 'café naïve — 100% ☃ 😀' }]);
    await shows('café naïve — 100% ☃ 😀');
  });

  it('Backspace, the arrows, Home and End, and Enter do what they say', async (t) => {
    if (!fresh(t)) return;
    await keys.send([
      { kind: 'text', text: 'helo wrld!' },
      { kind: 'tap', key: 'backspace', modifiers: [] }, // "helo wrld"
      { kind: 'tap', key: 'left', modifiers: [], count: 3 },
      { kind: 'text', text: 'o' }, // "helo world"
      { kind: 'tap', key: 'home', modifiers: [] },
      { kind: 'tap', key: 'right', modifiers: [], count: 3 },
      { kind: 'text', text: 'l' }, // "hello world"
      { kind: 'tap', key: 'end', modifiers: [] },
      { kind: 'tap', key: 'enter', modifiers: [] },
      { kind: 'text', text: 'next line' },
    ]);
    // A multi-line edit control stores a line break as CR LF.
    await shows('hello world\r\nnext line');
  });

  it('the clipboard (CF_UNICODETEXT) round-trips Unicode and gives the old text back on restore', async () => {
    const clipboard = createWin32Clipboard();
    await clipboard.writeText('what the user had 😀');
    const before = await clipboard.read();
    assert.deepEqual(before, { text: 'what the user had 😀' });
    await clipboard.writeText('e😀f — ☃');
    assert.equal(await clipboard.readText(), 'e😀f — ☃');
    await clipboard.restore(before);
    assert.equal(await clipboard.readText(), 'what the user had 😀');
  });

  it('the whole Windows typist: ASCII by keys, Unicode pasted with Ctrl+V, and the clipboard given back', async (t) => {
    if (!fresh(t)) return;
    const clipboard = createWin32Clipboard();
    await clipboard.writeText('keep me');
    const typist = createDesktopTypist({ method: 'auto', pasteKeys: 'auto' }, { plan: platformPlan('win32'), ownWindowFocused: () => false });
    try {
      assert.equal((await typist.apply({ backspaces: 0, text: 'Hello ' })).method, 'keystrokes');
      const pasted = await typist.apply({ backspaces: 0, text: 'naïve café 😀 yes' });
      assert.equal(pasted.method, 'paste');
      assert.equal(pasted.pasteKeys, 'ctrl+v');
      await shows('Hello naïve café 😀 yes');
      assert.equal((await typist.apply({ backspaces: 4, text: '!' })).method, 'keystrokes', 'a correction erases back with Backspace');
      await shows('Hello naïve café 😀!');
    } finally {
      await typist.close();
    }
    await eventually('the clipboard holds what the user had again', async () => (await clipboard.readText()) === 'keep me' || undefined, 5000);
  });

  it('hold-to-talk: the hook worker (uiohook) sees an injected F9 go down and up', async () => {
    const events: string[] = [];
    const hotkey = createHoldHotkey({
      accelerator: 'F9',
      maxHoldMs: 30_000,
      // The worker is node.exe loading TypeScript through tsx (and esbuild.exe) under Wine:
      // on a loaded 2-core machine that alone has taken more than the app's 5 s.
      startTimeoutMs: 60_000,
      onStart: () => void events.push('start'),
      onStop: (reason: StopReason) => void events.push(`stop ${reason}`),
      onUnavailable: (reason) => void events.push(`unavailable ${reason}`),
    });
    try {
      assert.equal(await hotkey.ready, true, events.join());
      await keys.send([{ kind: 'toggle', key: 'f9', down: true }]);
      await eventually('the hook saw F9 go down', () => events.includes('start') || undefined);
      await keys.send([{ kind: 'toggle', key: 'f9', down: false }]);
      await eventually('the hook saw F9 go up', () => events.includes('stop released') || undefined);
      assert.deepEqual(events, ['start', 'stop released']);
    } finally {
      hotkey.stop();
    }
  });

  // robotjs's keyTap sends scan codes only (KEYEVENTF_SCANCODE), which Wine ignores; this is
  // why the Windows sender uses virtual keys. On real Windows robotjs still types with it.
  it('robotjs keyTap (scan-code-only SendInput) types on real Windows', { skip: needsRealWindows('scan-code-only SendInput') }, async (t) => {
    if (!fresh(t)) return;
    const robot = createRequire(import.meta.url)('robotjs') as typeof import('robotjs');
    robot.keyTap('a');
    await shows('a');
  });
});
