// What runs on each system: which typist, which paste chord, which hotkey, which permission
// checks and messages. The selection is the real code; what it drives on Windows and macOS
// (robotjs there, Electron's clipboard and systemPreferences, user32/advapi32) cannot run
// on this Linux machine, so those parts are stand-ins that record what they were asked —
// the same interfaces the shell fills with Electron and koffi in the app.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Clipboard, ClipboardSnapshot } from '../../electron/desktop/clipboard.js';
import type { KeyAction, KeySender } from '../../electron/desktop/key-sender.js';
import { APP_USER_MODEL_ID, appUserModelId, withFeatures } from '../../electron/desktop/platform/app-identity.js';
import { describePlatform, detectPlatform, PLATFORM_KINDS, platformPlan, type PlatformKind } from '../../electron/desktop/platform/desktop-platform.js';
import { createPlatformGuards, type SystemPermissions } from '../../electron/desktop/platform/permission-guards.js';
import { NO_APP_MAIN_HOOK_REASON, placeKeyHook } from '../../electron/desktop/platform/hook-placement.js';
import type { KeyHookHost } from '../../electron/desktop/key-hook-host.js';
import {
  MAC_ACCESSIBILITY_MESSAGE,
  MAC_MICROPHONE_DENIED,
  WINDOWS_MICROPHONE_DENIED,
} from '../../electron/desktop/platform/permission-messages.js';
import {
  UIPI_REFUSAL,
  uipiRefusal,
  WINDOWS_PROTOTYPES,
  type ElevationFacts,
} from '../../electron/desktop/platform/windows-elevation.js';
import { createDesktopTypist, NO_CLIPBOARD_MESSAGE, platformClipboard } from '../../electron/desktop/typist-desktop.js';
import { OWN_WINDOW_REFUSAL } from '../../electron/desktop/typist-guard.js';
import type { TypingSettings } from '../../electron/desktop/typist.js';

/** Records what the typist would have pressed (robotjs cannot run for another OS here). */
function recordingKeys(): KeySender & { sent: KeyAction[] } {
  const sent: KeyAction[] = [];
  return { sent, send: async (actions) => void sent.push(...actions), close: () => {} };
}

/** An in-memory clipboard standing in for Electron's (no Electron binary here). */
function memoryClipboard(): Clipboard {
  let text = 'what the user had';
  return {
    read: async (): Promise<ClipboardSnapshot> => ({ text }),
    readText: async () => text,
    writeText: async (t) => void (text = t),
    restore: async (s) => void (text = s.text ?? ''),
  };
}

const settings: TypingSettings = { method: 'auto', pasteKeys: 'auto' };

function typistFor(kind: PlatformKind, extra: { ownWindow?: boolean; permissions?: SystemPermissions; elevation?: ElevationFacts } = {}) {
  const plan = platformPlan(kind);
  const keys = recordingKeys();
  const guards = createPlatformGuards(plan, {
    env: {},
    ...(extra.permissions ? { permissions: extra.permissions } : {}),
    ...(extra.elevation ? { foregroundElevation: () => extra.elevation! } : {}),
  });
  const clipboard = memoryClipboard();
  const typist = createDesktopTypist(settings, {
    plan,
    env: {},
    keys,
    clipboard,
    ownWindowFocused: () => extra.ownWindow ?? false,
    beforeTyping: () => guards.beforeTyping(),
    waylandToolInstalled: () => false,
  });
  return { typist, keys, clipboard };
}

const pasteTap = (keys: { sent: KeyAction[] }) => keys.sent.find((a) => a.kind === 'tap' && a.key !== 'backspace');

describe('which system Voskey thinks it runs on', () => {
  it('Windows and macOS are desktops whatever DISPLAY says; only Linux reads the session variables', () => {
    assert.equal(detectPlatform('win32', {}), 'win32');
    assert.equal(detectPlatform('darwin', {}), 'darwin');
    assert.equal(detectPlatform('win32', { DISPLAY: ':0' }), 'win32');
    assert.equal(detectPlatform('darwin', { WAYLAND_DISPLAY: 'wayland-0' }), 'darwin');
    assert.equal(detectPlatform('linux', { DISPLAY: ':0' }), 'linux-x11');
    assert.equal(detectPlatform('linux', { WAYLAND_DISPLAY: 'wayland-0' }), 'linux-wayland');
    assert.equal(detectPlatform('linux', { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' }), 'linux-wayland');
    assert.equal(detectPlatform('linux', {}), 'none');
    assert.equal(detectPlatform('freebsd', { DISPLAY: ':0' }), 'linux-x11', 'other X11 systems take the X11 branch');
  });

  it('each system gets its own typist, hotkey and checks', () => {
    assert.deepEqual(PLATFORM_KINDS.map((kind) => describePlatform(platformPlan(kind))), [
      'win32 | typing sendinput | paste ctrl+v | hotkey uiohook | focus probe win32 | modifiers win32-async-key-state | checks windows-foreground-elevation+windows-microphone-setting | features none',
      'darwin | typing robotjs | paste cmd+v | hotkey uiohook-in-app-main | focus probe darwin | modifiers mac-hid-flags | checks mac-accessibility+mac-microphone | features none',
      'linux-x11 | typing robotjs | paste ctrl+v | hotkey uiohook-after-x11-check | focus probe x11 | modifiers x11-core-keymap | checks none | features none',
      'linux-wayland | typing wayland-tools | paste ctrl+v | hotkey toggle-shortcut | focus probe wayland-ipc | modifiers none | checks none | features GlobalShortcutsPortal',
      'none | typing refuse | paste ctrl+v | hotkey toggle-shortcut | focus probe none | modifiers none | checks none | features none',
    ]);
    assert.deepEqual(PLATFORM_KINDS.map((kind) => platformPlan(kind).silentMicrophoneSeconds), [1, 1, 3, 3, 3]);
  });
});

describe('typing on each system', () => {
  it('Windows: short ASCII as keystrokes, Unicode pasted with Ctrl+V through the shell clipboard', async () => {
    const { typist, keys } = typistFor('win32', { elevation: { self: 'not-elevated', foreground: 'not-elevated' } });
    assert.equal((await typist.apply({ backspaces: 0, text: 'hello' })).method, 'keystrokes');
    assert.deepEqual(keys.sent, [{ kind: 'text', text: 'hello' }]);
    keys.sent.length = 0;
    const report = await typist.apply({ backspaces: 0, text: 'naïve café' });
    assert.equal(report.method, 'paste');
    assert.deepEqual(pasteTap(keys), { kind: 'tap', key: 'v', modifiers: ['control'] });
  });

  it('Windows: a window running as administrator gets a clear refusal, not keys that vanish (UIPI)', async () => {
    const { typist, keys } = typistFor('win32', { elevation: { self: 'not-elevated', foreground: 'elevated' } });
    const report = await typist.apply({ backspaces: 0, text: 'hello' });
    assert.equal(report.method, 'none');
    assert.equal(report.refused, UIPI_REFUSAL);
    assert.match(report.refused, /runs as administrator/);
    assert.deepEqual(keys.sent, [], 'nothing was pressed');
    // Voskey elevated too: Windows lets the keys through.
    const both = typistFor('win32', { elevation: { self: 'elevated', foreground: 'elevated' } });
    assert.equal((await both.typist.apply({ backspaces: 0, text: 'hello' })).method, 'keystrokes');
  });

  it('Windows elevation: refuse only when the target is known elevated and we are not', () => {
    assert.equal(uipiRefusal({ self: 'not-elevated', foreground: 'elevated' }), UIPI_REFUSAL);
    assert.equal(uipiRefusal({ self: 'elevated', foreground: 'elevated' }), undefined);
    assert.equal(uipiRefusal({ self: 'not-elevated', foreground: 'not-elevated' }), undefined);
    assert.equal(uipiRefusal({ self: 'not-elevated', foreground: 'unknown' }), undefined, 'an unreadable token is typed into');
    assert.equal(uipiRefusal({ self: 'not-elevated', foreground: undefined }), undefined, 'no focused window');
  });

  it("Windows: every user32/kernel32/advapi32 prototype is one koffi parses, named as in Microsoft's docs", () => {
    // The DLLs exist only on Windows; the prototypes' syntax and the function names are checked here for real.
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    const names = Object.values(WINDOWS_PROTOTYPES).flatMap((fns) => Object.values(fns).map((p) => koffi.introspect(koffi.proto(p)).name));
    assert.deepEqual(names, [
      'GetForegroundWindow', 'GetWindowThreadProcessId', 'GetCurrentProcess', 'OpenProcess', 'CloseHandle', 'OpenProcessToken', 'GetTokenInformation',
    ]);
  });

  // On Windows (and Wine) user32 is there, so the check runs for real instead.
  const withoutUser32 = process.platform === 'win32' ? 'user32.dll exists on Windows: this is the other systems\' case' : false;
  it('Windows without user32 (here, on Linux): the elevation check is skipped with a log line, typing goes on', { skip: withoutUser32 }, async () => {
    const lines: string[] = [];
    const plan = platformPlan('win32');
    const guards = createPlatformGuards(plan, { env: {}, log: { info: (l) => void lines.push(l), warn: (l) => void lines.push(l), error: (l) => void lines.push(l) } });
    assert.equal(await guards.beforeTyping(), undefined);
    assert.match(lines.join('\n'), /cannot check the focused window's elevation/);
  });

  it('macOS: Unicode is pasted with ⌘V, in terminals too', async () => {
    const { typist, keys } = typistFor('darwin', { permissions: { isTrustedAccessibilityClient: () => true } });
    assert.equal((await typist.apply({ backspaces: 0, text: 'naïve' })).method, 'paste');
    assert.deepEqual(pasteTap(keys), { kind: 'tap', key: 'v', modifiers: ['command'] });
  });

  it('macOS: "delete last word" is Option+Backspace (Ctrl+Backspace deletes one character there); Ctrl elsewhere', async () => {
    const word = { backspaces: 0, text: '', keys: [{ key: 'backspace', modifiers: ['control' as const] }] };
    const mac = typistFor('darwin', { permissions: { isTrustedAccessibilityClient: () => true } });
    await mac.typist.apply(word);
    assert.deepEqual(mac.keys.sent, [{ kind: 'tap', key: 'backspace', modifiers: ['alt'] }]);
    const windows = typistFor('win32', { elevation: { self: 'not-elevated', foreground: 'not-elevated' } });
    await windows.typist.apply(word);
    assert.deepEqual(windows.keys.sent, [{ kind: 'tap', key: 'backspace', modifiers: ['control'] }]);
  });

  it('macOS without Accessibility: asks once with the system prompt, then explains where to grant it', async () => {
    const prompts: boolean[] = [];
    const permissions: SystemPermissions = { isTrustedAccessibilityClient: (prompt) => (prompts.push(prompt), false) };
    const { typist, keys } = typistFor('darwin', { permissions });
    const first = await typist.apply({ backspaces: 0, text: 'hello' });
    const second = await typist.apply({ backspaces: 0, text: 'hello' });
    assert.equal(first.refused, MAC_ACCESSIBILITY_MESSAGE);
    assert.equal(second.refused, MAC_ACCESSIBILITY_MESSAGE);
    assert.match(MAC_ACCESSIBILITY_MESSAGE, /System Settings → Privacy & Security → Accessibility/);
    assert.deepEqual(prompts, [false, true, false], 'the prompt (true) is shown once, later checks are silent');
    assert.deepEqual(keys.sent, []);
  });

  it('macOS: granted in the prompt, typing goes ahead at once', async () => {
    let trusted = false;
    const { typist } = typistFor('darwin', { permissions: { isTrustedAccessibilityClient: (prompt) => (prompt ? (trusted = true) : trusted) } });
    assert.equal((await typist.apply({ backspaces: 0, text: 'ok' })).method, 'keystrokes');
  });

  it('Linux X11: Ctrl+V (the terminal chord comes from the X11 window probe)', async () => {
    const { typist, keys } = typistFor('linux-x11');
    assert.equal((await typist.apply({ backspaces: 0, text: 'naïve' })).method, 'paste');
    assert.deepEqual(pasteTap(keys), { kind: 'tap', key: 'v', modifiers: ['control'] });
  });

  it('Wayland: wtype/ydotool; when neither can run, the text is left on the clipboard with what to install', async () => {
    const { typist, keys, clipboard } = typistFor('linux-wayland');
    const report = await typist.apply({ backspaces: 0, text: 'hello' });
    assert.match(report.refused ?? '', /wtype is not installed.*ydotool is not installed.*on the clipboard: paste it with Ctrl\+V/);
    assert.equal(await clipboard.readText(), 'hello', 'nothing said is lost');
    assert.deepEqual(keys.sent, [], 'robotjs is never used on Wayland');
  });

  it('no desktop session: every edit is refused with the reason', async () => {
    const { typist } = typistFor('none');
    assert.match((await typist.apply({ backspaces: 0, text: 'hello' })).refused ?? '', /no desktop session/);
  });

  it('on every system, a focused Voskey window is never typed into', async () => {
    for (const kind of PLATFORM_KINDS.filter((k) => k !== 'none')) {
      const { typist, keys } = typistFor(kind, { ownWindow: true, permissions: { isTrustedAccessibilityClient: () => true }, elevation: { self: 'not-elevated', foreground: 'not-elevated' } });
      assert.equal((await typist.apply({ backspaces: 0, text: 'secret' })).refused, OWN_WINDOW_REFUSAL, kind);
      assert.deepEqual(keys.sent, [], kind);
    }
  });

  it("outside Electron, X11 has xclip and Windows user32's clipboard; elsewhere it says why", async () => {
    const clipboard = platformClipboard(platformPlan('darwin'), undefined, {});
    await assert.rejects(clipboard.readText(), new RegExp(NO_CLIPBOARD_MESSAGE));
    // The user32 clipboard itself is test/desktop/win32-typing.test.ts (Windows and Wine).
    if (process.platform !== 'win32') {
      await assert.rejects(platformClipboard(platformPlan('win32'), undefined, {}).readText(), /the Windows clipboard could not be loaded/);
    }
    const shell = memoryClipboard();
    assert.equal(platformClipboard(platformPlan('win32'), shell, {}), shell, "Electron's clipboard wherever it is given");
  });
});

describe('the hotkey on each system', () => {
  const x11Calls: string[] = [];
  const x11HookCheck = async (env: NodeJS.ProcessEnv) => (x11Calls.push(env.DISPLAY ?? ''), { ok: true as const });
  const hookFor = (kind: PlatformKind, permissions?: SystemPermissions) =>
    createPlatformGuards(platformPlan(kind), { env: { DISPLAY: ':7' }, x11HookCheck, ...(permissions ? { permissions } : {}) }).beforeHook();

  it('Windows: uiohook with no X11 check', async () => {
    x11Calls.length = 0;
    assert.deepEqual(await hookFor('win32'), { ok: true });
    assert.deepEqual(x11Calls, []);
  });

  it('macOS: uiohook once Accessibility is granted, else the reason with where to grant it', async () => {
    assert.deepEqual(await hookFor('darwin', { isTrustedAccessibilityClient: () => true }), { ok: true });
    assert.deepEqual(await hookFor('darwin', { isTrustedAccessibilityClient: () => false }), { ok: false, reason: MAC_ACCESSIBILITY_MESSAGE });
    assert.deepEqual(x11Calls, []);
  });

  it('Linux X11: the DISPLAY + RECORD check runs before uiohook', async () => {
    assert.deepEqual(await hookFor('linux-x11'), { ok: true });
    assert.deepEqual(x11Calls, [':7']);
  });

  it('Wayland and no session: the toggle shortcut, with the reason', async () => {
    const wayland = await hookFor('linux-wayland');
    assert.equal(wayland.ok, false);
    assert.match(!wayland.ok ? wayland.reason : '', /Wayland/);
    const none = await hookFor('none');
    assert.match(!none.ok ? none.reason : '', /no desktop session/);
  });
});

describe('the microphone on each system', () => {
  it('macOS asks before the first capture; a refusal gives the "access was denied" message', async () => {
    let asks = 0;
    let status = 'not-determined';
    const guards = createPlatformGuards(platformPlan('darwin'), {
      env: {},
      permissions: { microphoneStatus: () => status, askForMicrophone: async () => (asks++, (status = 'denied'), false) },
    });
    assert.equal(await guards.beforeCapture(), MAC_MICROPHONE_DENIED);
    assert.equal(await guards.beforeCapture(), MAC_MICROPHONE_DENIED);
    assert.equal(asks, 1, 'asked once');
    assert.match(MAC_MICROPHONE_DENIED, /^Microphone access was denied: .*Privacy & Security → Microphone/);
  });

  it('macOS: granted in the prompt, capture goes ahead', async () => {
    const guards = createPlatformGuards(platformPlan('darwin'), {
      env: {},
      permissions: { microphoneStatus: () => 'not-determined', askForMicrophone: async () => true },
    });
    assert.equal(await guards.beforeCapture(), undefined);
  });

  it("Windows: the privacy switch turned off is named; Linux checks nothing", async () => {
    const win = createPlatformGuards(platformPlan('win32'), { env: {}, permissions: { microphoneStatus: () => 'denied' } });
    assert.equal(await win.beforeCapture(), WINDOWS_MICROPHONE_DENIED);
    const policy = createPlatformGuards(platformPlan('win32'), { env: {}, permissions: { microphoneStatus: () => 'restricted' } });
    assert.equal(await policy.beforeCapture(), WINDOWS_MICROPHONE_DENIED, 'denied by policy too');
    const winOk = createPlatformGuards(platformPlan('win32'), { env: {}, permissions: { microphoneStatus: () => 'granted' } });
    assert.equal(await winOk.beforeCapture(), undefined);
    const linux = createPlatformGuards(platformPlan('linux-x11'), { env: {}, permissions: { microphoneStatus: () => 'denied' } });
    assert.equal(await linux.beforeCapture(), undefined);
  });
});

describe('what the Electron shell is told to do', () => {
  it("Windows notifications: the packaged app's id is electron-builder's appId", () => {
    const yml = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');
    assert.equal(/^appId:\s*(\S+)/m.exec(yml)?.[1], APP_USER_MODEL_ID);
    assert.equal(appUserModelId(true, 'C:\\x\\electron.exe'), APP_USER_MODEL_ID);
    assert.equal(appUserModelId(false, 'C:\\x\\electron.exe'), 'C:\\x\\electron.exe');
  });

  it('Wayland: GlobalShortcutsPortal is added to the features already enabled, not in their place', () => {
    assert.equal(withFeatures('', ['GlobalShortcutsPortal']), 'GlobalShortcutsPortal');
    assert.equal(withFeatures('Foo,Bar', ['GlobalShortcutsPortal']), 'Foo,Bar,GlobalShortcutsPortal');
    assert.equal(withFeatures('GlobalShortcutsPortal', ['GlobalShortcutsPortal']), 'GlobalShortcutsPortal');
  });
});

describe('where the keyboard hook runs', () => {
  const appMain: KeyHookHost = () => ({ stop: () => {}, heldOnDevices: async () => null });
  it('macOS: in the app\'s main process the shell lends (a forked child deadlocks); refused with the reason when none is lent', () => {
    assert.deepEqual(placeKeyHook(platformPlan('darwin'), appMain), { host: 'app-main', run: appMain });
    assert.deepEqual(placeKeyHook(platformPlan('darwin'), undefined), { refusal: NO_APP_MAIN_HOOK_REASON });
  });
  it('Windows and Linux: a forked worker, whatever the shell offers (uiohook can abort its process there)', () => {
    for (const kind of ['win32', 'linux-x11', 'linux-wayland', 'none'] as const) assert.deepEqual(placeKeyHook(platformPlan(kind), appMain), { host: 'worker' }, kind);
  });
});
