// Each platform's answers to "which window has the focus" and "which modifiers are down",
// with the native calls injected: the Windows (koffi user32/kernel32) and macOS
// (lsappinfo, CoreGraphics) sides cannot run here, so their logic is tested on the answers
// their documentation describes; the X11 sides run for real in user-modifiers.test.ts and
// the typist tests. Also which probe and which reader each platform plan picks.
import { describe, it } from 'node:test';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { createX11ActiveWindowProbe, XDOTOOL_MISSING, type ActiveWindowProbe } from '../../electron/desktop/active-window.js';
import { createWin32ActiveWindowProbe, executableName, IMAGE_NAME_PROTOTYPE, type Win32WindowApi } from '../../electron/desktop/win32-active-window.js';
import { createMacActiveWindowProbe, parseLsappinfo } from '../../electron/desktop/mac-active-window.js';
import { createFocusProbe, NO_FOCUS_PROBE_REASON } from '../../electron/desktop/platform/focus-probe.js';
import { openModifierState } from '../../electron/desktop/platform/modifier-source.js';
import { PLATFORM_KINDS, platformPlan } from '../../electron/desktop/platform/desktop-platform.js';
import { MODIFIER_RELEASE_WAIT_MS, UNKNOWN_MODIFIER_STATE, waitForModifiersUp, type ModifierState } from '../../electron/desktop/modifier-state.js';
import { GET_ASYNC_KEY_STATE_PROTOTYPE, win32HeldModifiers } from '../../electron/desktop/win32-modifier-state.js';
import { FLAGS_STATE_PROTOTYPE, macHeldModifiers } from '../../electron/desktop/mac-modifier-state.js';
import { heldModifierNames } from '../../electron/desktop/x11-modifier-state.js';

describe('the focused-window probe on each platform', () => {
  it('each plan picks its own probe (Wayland: the compositor\'s IPC), and no desktop gets one that says why it cannot tell', async () => {
    const made: string[] = [];
    const fake = (name: string): ActiveWindowProbe => ({ current: async () => ({ id: 1, wmClass: [name] }) });
    const factories = {
      x11: () => (made.push('x11'), fake('x11')),
      waylandIpc: () => (made.push('wayland-ipc'), fake('wayland-ipc')),
      win32: () => (made.push('win32'), fake('win32')),
      darwin: () => (made.push('darwin'), fake('darwin')),
    };
    const answers = await Promise.all(PLATFORM_KINDS.map((kind) => createFocusProbe(platformPlan(kind).focusProbe, {}, factories).current()));
    assert.deepEqual(answers.map((a) => a?.wmClass[0]), ['win32', 'darwin', 'x11', 'wayland-ipc', undefined]);
    assert.deepEqual(made, ['win32', 'darwin', 'x11', 'wayland-ipc']);
    assert.equal(createFocusProbe('none').problem?.(), NO_FOCUS_PROBE_REASON);
  });

  it('Windows: the foreground window, its process and executable name', async () => {
    const api: Win32WindowApi = {
      foregroundWindow: () => 0x1a2b,
      windowProcessId: (hwnd) => (hwnd === 0x1a2b ? 4242 : 0),
      processImage: (pid) => (pid === 4242 ? 'C:\\Program Files\\WindowsApps\\Microsoft.WindowsTerminal_1.21\\WindowsTerminal.exe' : undefined),
    };
    assert.deepEqual(await createWin32ActiveWindowProbe(api).current(), { id: 0x1a2b, pid: 4242, wmClass: ['WindowsTerminal'], app: 'WindowsTerminal' });
    assert.equal(executableName('C:\\Windows\\System32\\cmd.EXE'), 'cmd');
  });

  it('Windows: no foreground window (focus changing), an elevated process that cannot be opened, a failing call', async () => {
    const base: Win32WindowApi = { foregroundWindow: () => 7, windowProcessId: () => 99, processImage: () => undefined };
    assert.equal(await createWin32ActiveWindowProbe({ ...base, foregroundWindow: () => 0 }).current(), undefined);
    assert.deepEqual(await createWin32ActiveWindowProbe(base).current(), { id: 7, pid: 99, wmClass: [] }, 'the window is still known');
    const throwing = { ...base, windowProcessId: () => { throw new Error('native failure'); } };
    assert.equal(await createWin32ActiveWindowProbe(throwing).current(), undefined, 'never throws');
    const missing = createWin32ActiveWindowProbe(null);
    assert.equal(await missing.current(), undefined);
    assert.match(missing.problem?.() ?? '', /user32\.dll could not be loaded/);
  });

  it('macOS: the frontmost application from lsappinfo, its pid as the id', async () => {
    const output = '"CFBundleIdentifier"="com.apple.Terminal"\n"LSDisplayName"="Terminal"\n"pid"=412\n';
    const calls: string[][] = [];
    const probe = createMacActiveWindowProbe(async (command, args) => {
      calls.push([command, ...args]);
      return { code: 0, stdout: Buffer.from(output), stderr: '' };
    });
    assert.deepEqual(await probe.current(), { id: 412, pid: 412, wmClass: ['Terminal', 'com.apple.Terminal'], app: 'Terminal' });
    assert.deepEqual(calls, [['lsappinfo', 'info', '-only', 'bundleid', '-only', 'name', '-only', 'pid', '-app', 'front']]);
    assert.equal(parseLsappinfo(''), undefined, 'nothing frontmost');
    assert.equal(parseLsappinfo('"LSDisplayName"="Finder"\n'), undefined, 'no pid: not an answer');
    const broken = createMacActiveWindowProbe(async () => Promise.reject(new Error('spawn lsappinfo ENOENT')));
    assert.equal(await broken.current(), undefined);
    assert.match(broken.problem?.() ?? '', /lsappinfo could not run/);
  });

  it('X11 without xdotool: no answer, and a message that names the package to install', async () => {
    const probe = createX11ActiveWindowProbe({ ...process.env, PATH: '/nonexistent' });
    assert.equal(probe.problem?.(), undefined, 'not known before asking');
    assert.equal(await probe.current(), undefined);
    assert.equal(probe.problem?.(), XDOTOOL_MISSING);
    assert.match(XDOTOOL_MISSING, /install the xdotool package/);
  });
});

describe('which modifiers the user holds, on each platform', () => {
  it('each plan picks its own reader; one that cannot open never holds keys back', () => {
    const opened: string[] = [];
    const reader = (name: string): ModifierState => ({ held: () => [name], close: () => {} });
    const openers = {
      x11: (display: string | undefined) => (opened.push(`x11 ${display}`), reader('x11')),
      win32: () => (opened.push('win32'), reader('win32')),
      mac: () => (opened.push('mac'), reader('mac')),
    };
    const held = PLATFORM_KINDS.map((kind) => openModifierState(platformPlan(kind).modifierState, { DISPLAY: ':7' }, openers).held());
    assert.deepEqual(held, [['win32'], ['mac'], ['x11'], undefined, undefined]);
    assert.deepEqual(opened, ['win32', 'mac', 'x11 :7']);
    const failing = { ...openers, x11: () => { throw new Error('libX11 missing'); } };
    assert.equal(openModifierState('x11-core-keymap', {}, failing), UNKNOWN_MODIFIER_STATE);
    assert.equal(openModifierState('win32-async-key-state', {}, { ...openers, win32: () => undefined }), UNKNOWN_MODIFIER_STATE);
  });

  it('Windows: the high bit of GetAsyncKeyState, left and right keys, AltGr as Ctrl + Right Alt', () => {
    const down = new Set([0xa2, 0xa5]);
    // The low bit ("pressed since the last call") alone does not count.
    assert.deepEqual(win32HeldModifiers((vk) => (down.has(vk) ? -32768 : 1)), ['Left Ctrl', 'Right Alt (AltGr)']);
    assert.deepEqual(win32HeldModifiers(() => 0), []);
  });

  it('macOS: CGEventFlags masks, Caps Lock and Fn left out', () => {
    assert.deepEqual(macHeldModifiers(0x20000n | 0x100000n), ['Shift', 'Command']);
    assert.deepEqual(macHeldModifiers(0x10000 | 0x800000 | 0x100), [], 'Caps Lock, Fn and device bits are not shortcut modifiers');
  });

  it('X11: keymap bits of the modifier map, locks left out', () => {
    const keymap = new Uint8Array(32);
    const press = (code: number) => (keymap[code >> 3]! |= 1 << (code & 7));
    [37, 66, 77, 92].forEach(press); // Control_L, Caps_Lock, Num_Lock, ISO_Level3_Shift
    const names: Record<number, string> = { 37: 'Control_L', 50: 'Shift_L', 66: 'Caps_Lock', 77: 'Num_Lock', 92: 'ISO_Level3_Shift' };
    assert.deepEqual(heldModifierNames(keymap, [50, 37, 66, 77, 92, 0], (c) => names[c]!), ['Control_L', 'ISO_Level3_Shift']);
  });

  it('waits for the release, bounded; still held after the bound: the reason', () => {
    let clock = 0;
    const sleep = (ms: number) => void (clock += ms);
    const releasedAt = (ms: number): ModifierState => ({ held: () => (clock < ms ? ['Control_L'] : []), close: () => {} });
    assert.equal(waitForModifiersUp(releasedAt(300), { sleep, now: () => clock }), undefined);
    assert.ok(clock >= 300 && clock < 400, `waited until the release: ${clock} ms`);
    clock = 0;
    const reason = waitForModifiersUp(releasedAt(Infinity), { sleep, now: () => clock });
    assert.equal(clock, MODIFIER_RELEASE_WAIT_MS);
    assert.match(reason ?? '', /^Control_L was held for more than 1\.5 s, so nothing was typed/);
    const unknown = waitForModifiersUp({ held: () => { throw new Error('X error'); }, close: () => {} }, { sleep, now: () => clock });
    assert.equal(unknown, undefined, 'a reader that fails cannot tell: keys go out as before');
  });
});

describe('native prototypes of the probes that cannot run here', () => {
  it('parse in koffi and name the documented functions', () => {
    // The DLLs and frameworks exist only on Windows and macOS; the syntax is checked for real.
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    const names = [IMAGE_NAME_PROTOTYPE, GET_ASYNC_KEY_STATE_PROTOTYPE, FLAGS_STATE_PROTOTYPE].map((p) => koffi.introspect(koffi.proto(p)).name);
    assert.deepEqual(names, ['QueryFullProcessImageNameW', 'GetAsyncKeyState', 'CGEventSourceFlagsState']);
  });
});
