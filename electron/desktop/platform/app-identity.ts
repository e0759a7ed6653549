// Windows shows an app's notifications only under an Application User Model ID that a
// Start-menu shortcut carries (Electron docs/tutorial/notifications.md, "Windows"). The
// NSIS installer gives its shortcut electron-builder.yml's appId ("Used as … Application
// User Model ID for Windows (NSIS target only)", electron-builder's configuration docs), so
// the packaged app uses that id; a development run uses the Electron binary's own path, as
// the Electron tutorial suggests for a pinned electron.exe.
export const APP_USER_MODEL_ID = 'io.github.voskey.app';

export function appUserModelId(isPackaged: boolean, execPath: string): string {
  return isPackaged ? APP_USER_MODEL_ID : execPath;
}

/** Chromium's --enable-features value with `features` added to what is already there. */
export function withFeatures(existing: string, features: readonly string[]): string {
  const all = existing.split(',').map((f) => f.trim()).filter(Boolean);
  for (const feature of features) if (!all.includes(feature)) all.push(feature);
  return all.join(',');
}
