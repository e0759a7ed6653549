// What only Electron can do for the platform layer (electron/desktop/platform/): the
// plan itself is chosen there, once, from process.platform and the session; this file
// applies it to Electron and hands the core the system answers it needs.
import { app, BrowserWindow, systemPreferences } from 'electron';
import { appUserModelId, withFeatures } from '../desktop/platform/app-identity.js';
import { currentPlatformPlan, type PlatformPlan } from '../desktop/platform/desktop-platform.js';
import type { SystemPermissions } from '../desktop/platform/permission-guards.js';

export interface PlatformShell {
  plan: PlatformPlan;
  permissions: SystemPermissions;
  ownWindowFocused(): boolean;
  /** Call first thing once the app is ready, before any window exists. */
  atReady(): void;
}

/** Call at the top of main, before 'ready': Chromium features are read at startup. */
export function preparePlatformShell(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = process.platform): PlatformShell {
  const plan = currentPlatformPlan(env, os);
  if (plan.chromiumFeatures.length > 0) {
    // Keep features someone else enabled: a second --enable-features would replace them.
    const features = withFeatures(app.commandLine.getSwitchValue('enable-features'), plan.chromiumFeatures);
    app.commandLine.appendSwitch('enable-features', features);
  }
  if (plan.kind === 'win32') app.setAppUserModelId(appUserModelId(app.isPackaged, process.execPath));

  return {
    plan,
    permissions: systemPermissions(plan),
    // Any focused BrowserWindow is one of ours; null when another app has the focus
    // (docs/api/browser-window.md, BrowserWindow.getFocusedWindow()). On every system, unlike
    // the X11 window probe, which now only recognises terminals.
    ownWindowFocused: () => BrowserWindow.getFocusedWindow() !== null,
    atReady() {
      // A tray app has no Dock icon. Hiding it makes the process a UIElement application,
      // which lets the overlay join every Space with skipTransformProcessType (windows.ts):
      // without that flag Electron 41 hides and re-shows the Dock on each call
      // (shell/browser/native_window_mac.mm, SetVisibleOnAllWorkspaces), a visible flicker.
      if (plan.kind === 'darwin') app.dock?.hide();
    },
  };
}

function systemPermissions(plan: PlatformPlan): SystemPermissions {
  if (plan.kind === 'darwin') {
    return {
      isTrustedAccessibilityClient: (prompt) => systemPreferences.isTrustedAccessibilityClient(prompt),
      microphoneStatus: () => systemPreferences.getMediaAccessStatus('microphone'),
      askForMicrophone: () => systemPreferences.askForMediaAccess('microphone'),
    };
  }
  // Windows 10+: one global privacy switch for desktop apps' microphone access
  // (docs/api/system-preferences.md, getMediaAccessStatus).
  if (plan.kind === 'win32') return { microphoneStatus: () => systemPreferences.getMediaAccessStatus('microphone') };
  return {};
}
