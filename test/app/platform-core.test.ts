// The core as each system would run it, through the platform plan the shell passes in:
// what the user is told about the hotkey where hold-to-talk cannot run. The keyboard hook
// and Electron's globalShortcut do not run here for other systems; the shortcut service
// is the recorded stand-in the other core tests use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformPlan, type PlatformKind } from '../../electron/desktop/platform/desktop-platform.js';
import type { SystemPermissions } from '../../electron/desktop/platform/permission-guards.js';
import { MAC_ACCESSIBILITY_MESSAGE } from '../../electron/desktop/platform/permission-messages.js';
import { quietShell, testCore } from './app-harness.js';
import type { KeyHookHost } from '../../electron/desktop/key-hook-host.js';
import { NO_APP_MAIN_HOOK_REASON } from '../../electron/desktop/platform/hook-placement.js';

// What Electron's main process lends on macOS (main.ts: inProcessKeyHook): here a stand-in
// that starts at once and records that it was used; the real hook cannot run on Linux for macOS.
function lentHook(used: string[]): KeyHookHost {
  return (handlers) => {
    used.push('app-main');
    queueMicrotask(() => handlers.onReady());
    return { stop: () => void used.push('stopped'), heldOnDevices: async () => null };
  };
}

async function coreAs(t: { after(fn: () => unknown): void }, kind: PlatformKind, permissions?: SystemPermissions, keyHookHost?: KeyHookHost, env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), `voskey-${kind}-`));
  const notices: string[] = [];
  const shortcuts: string[] = [];
  const shell = quietShell({
    notify: (message) => void notices.push(message),
    registerToggleShortcut: (accelerator) => (shortcuts.push(accelerator), { ok: true, unregister: () => {} }),
    ...(permissions ? { permissions } : {}),
    ...(keyHookHost ? { keyHookHost } : {}),
  });
  const { core } = testCore(shell, dir, { ...process.env, DISPLAY: '', SWAYSOCK: '', HYPRLAND_INSTANCE_SIGNATURE: '', XDG_CURRENT_DESKTOP: '', ...env }, platformPlan(kind));
  t.after(async () => {
    await core.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });
  core.start();
  const ready = await core.hotkeyReady();
  const deadline = Date.now() + 3000;
  while (shortcuts.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return { ready, notices, shortcuts, core };
}

test('Wayland: the hotkey toggles through the desktop portal shortcut, and the user is told why', async (t) => {
  const { ready, notices, shortcuts } = await coreAs(t, 'linux-wayland');
  assert.equal(ready, false);
  assert.deepEqual(shortcuts, ['Control+Alt+Space']);
  assert.match(notices.join('\n'), /Hold-to-talk is not available \(Wayland does not let one app see the keys pressed in another.*\)\. Press Control\+Alt\+Space once/);
});

test('Wayland under sway: the notice says which sway bindings give hold-to-talk when the portal shortcut does nothing', async (t) => {
  // The portal is missing under sway (xdg-desktop-portal-wlr has no GlobalShortcuts), and
  // register() can report success while nothing is bound (electron/electron#52218), so
  // the advice comes with every Wayland notice. SWAYSOCK names the compositor only.
  const { notices, core } = await coreAs(t, 'linux-wayland', undefined, undefined, { SWAYSOCK: '/run/user/1000/sway-ipc.sock' });
  assert.match(notices.join('\n'), /Press Control\+Alt\+Space once.*if pressing it does nothing, in sway, bind it.*bindsym --no-repeat .*voskey control begin.*bindsym --release .*voskey control end/);
  // Settings shows the same advice by the hotkey, for as long as the fallback stands in.
  assert.match((await core.handlers['app:info']()).hotkeyNotice ?? '', /bindsym --no-repeat .*voskey control begin/);
});

test('macOS without Accessibility: the prompt is shown once, the hotkey toggles meanwhile, and the user learns where to grant it', async (t) => {
  const prompts: boolean[] = [];
  const { ready, notices, shortcuts } = await coreAs(t, 'darwin', { isTrustedAccessibilityClient: (prompt) => (prompts.push(prompt), false) }, lentHook([]));
  assert.equal(ready, false);
  assert.deepEqual(shortcuts, ['Control+Alt+Space']);
  assert.ok(notices.some((n) => n.includes(MAC_ACCESSIBILITY_MESSAGE)), notices.join('\n'));
  assert.deepEqual(prompts, [false, true]);
});

test('macOS with Accessibility: hold-to-talk runs in the hook the app\'s main process lends, not in a forked child', async (t) => {
  const used: string[] = [];
  const { ready, shortcuts } = await coreAs(t, 'darwin', { isTrustedAccessibilityClient: () => true }, lentHook(used));
  assert.equal(ready, true);
  assert.deepEqual(used, ['app-main']);
  assert.deepEqual(shortcuts, [], 'no fallback');
});

test('macOS in a host that lends no main-process hook: the toggle shortcut, with the reason', async (t) => {
  const { ready, notices, shortcuts } = await coreAs(t, 'darwin', { isTrustedAccessibilityClient: () => true });
  assert.equal(ready, false);
  assert.equal(shortcuts.length, 1);
  assert.ok(notices.some((n) => n.includes(NO_APP_MAIN_HOOK_REASON)), notices.join('\n'));
});
