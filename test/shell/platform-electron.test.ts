// The Electron side of the platform layer (electron/shell/platform-shell.ts): what it asks
// of Electron on each system. The Electron binary cannot run here, so 'electron' resolves
// to a recording stand-in (a module-resolution hook in this test process only); the code
// under test is the real shell module, as main.ts calls it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';

interface Recorder {
  calls: string[];
  switches: Map<string, string>;
  focused: object | null;
  trusted: boolean;
}
const rec: Recorder = { calls: [], switches: new Map(), focused: null, trusted: false };
(globalThis as Record<string, unknown>).__fakeElectron = {
  app: {
    isPackaged: false,
    commandLine: {
      getSwitchValue: (name: string) => rec.switches.get(name) ?? '',
      appendSwitch: (name: string, value: string) => (rec.calls.push(`appendSwitch ${name}=${value}`), rec.switches.set(name, value)),
    },
    setAppUserModelId: (id: string) => void rec.calls.push(`setAppUserModelId ${id}`),
    dock: { hide: () => void rec.calls.push('dock.hide') },
  },
  BrowserWindow: { getFocusedWindow: () => rec.focused },
  systemPreferences: {
    isTrustedAccessibilityClient: (prompt: boolean) => (rec.calls.push(`isTrustedAccessibilityClient ${prompt}`), rec.trusted),
    getMediaAccessStatus: (type: string) => (rec.calls.push(`getMediaAccessStatus ${type}`), 'granted'),
    askForMediaAccess: async (type: string) => (rec.calls.push(`askForMediaAccess ${type}`), true),
  },
};
const names = ['app', 'BrowserWindow', 'systemPreferences'];
const fake = `data:text/javascript,${encodeURIComponent(names.map((n) => `export const ${n} = globalThis.__fakeElectron.${n};`).join('\n'))}`;
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(specifier, context, next) {
      return specifier === 'electron' ? { url: ${JSON.stringify(fake)}, shortCircuit: true } : next(specifier, context);
    }`,
  )}`,
);
const { preparePlatformShell } = await import('../../electron/shell/platform-shell.js');

function reset(): void {
  rec.calls = [];
  rec.switches = new Map();
  rec.focused = null;
}

test('Wayland: GlobalShortcutsPortal is switched on before ready, keeping features already enabled', () => {
  reset();
  rec.switches.set('enable-features', 'WebRTCPipeWireCapturer');
  const shell = preparePlatformShell({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux');
  assert.deepEqual(rec.calls, ['appendSwitch enable-features=WebRTCPipeWireCapturer,GlobalShortcutsPortal']);
  shell.atReady();
  assert.equal(rec.calls.length, 1, 'nothing else');
});

test('Windows: the AppUserModelId is set (notifications), no Chromium switch, no X11 in sight', () => {
  reset();
  const shell = preparePlatformShell({}, 'win32');
  assert.deepEqual(rec.calls, [`setAppUserModelId ${process.execPath}`], 'a development run uses the binary path');
  assert.equal(shell.plan.kind, 'win32');
  assert.deepEqual(Object.keys(shell.permissions), ['microphoneStatus']);
});

test('macOS: the Dock icon is hidden once ready; Accessibility and microphone go through systemPreferences', async () => {
  reset();
  const shell = preparePlatformShell({}, 'darwin');
  assert.deepEqual(rec.calls, []);
  shell.atReady();
  assert.deepEqual(rec.calls, ['dock.hide']);
  rec.calls = [];
  shell.permissions.isTrustedAccessibilityClient?.(false);
  shell.permissions.microphoneStatus?.();
  await shell.permissions.askForMicrophone?.();
  assert.deepEqual(rec.calls, ['isTrustedAccessibilityClient false', 'getMediaAccessStatus microphone', 'askForMediaAccess microphone']);
});

test('every system: a Voskey window has the focus exactly when Electron has a focused window', () => {
  for (const [env, os] of [[{}, 'win32'], [{}, 'darwin'], [{ DISPLAY: ':0' }, 'linux'], [{ WAYLAND_DISPLAY: 'w' }, 'linux']] as const) {
    reset();
    const shell = preparePlatformShell(env, os);
    assert.equal(shell.ownWindowFocused(), false, os);
    rec.focused = {};
    assert.equal(shell.ownWindowFocused(), true, os);
  }
});
