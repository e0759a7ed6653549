// "Start at login", carried out with Electron's API or an XDG autostart entry according to
// the plan in login-launch.ts. Starts hidden in the tray.
import { app } from 'electron';
import { setAutostart } from './autostart-entry.js';
import { HIDDEN_FLAG, loginLaunchPlan, startedHidden } from './login-launch.js';

export { HIDDEN_FLAG };

/** `tell` shows the user why start-at-login cannot be set up here. */
export function applyStartAtLogin(enabled: boolean, tell: (message: string) => void = console.warn): void {
  const plan = loginLaunchPlan({
    platform: process.platform,
    isPackaged: app.isPackaged,
    execPath: process.execPath,
    appPath: app.getAppPath(),
    appImage: process.env.APPIMAGE,
    noSandbox: app.commandLine.hasSwitch('no-sandbox'),
  });
  switch (plan.kind) {
    case 'xdg-autostart':
      setAutostart(enabled, plan.command);
      return;
    case 'login-item':
      app.setLoginItemSettings({ openAtLogin: enabled, ...(plan.path ? { path: plan.path } : {}), ...(plan.args ? { args: plan.args } : {}) });
      return;
    case 'unsupported':
      if (enabled) tell(plan.reason);
  }
}

/** True when Voskey was started at login and should open no window. */
export function wasStartedHidden(): boolean {
  return startedHidden(process.argv, process.platform, () => app.getLoginItemSettings().wasOpenedAtLogin);
}
