// Which icon file the tray shows, per platform. Plain Node (no 'electron'), so the choice is
// tested for every platform here; tray.ts hands the path to nativeImage.createFromPath,
// which also loads the file's `@2x` sibling as the high-DPI representation
// (Electron docs/api/native-image.md, "High Resolution Image").
//
// - Windows: an .ico with 16, 20, 24 and 32 px images for 100–200 % scaling; docs/api/tray.md
//   ("Platform Considerations", Windows) recommends ICO for the best result.
// - macOS: 16 pt images (16 px and 32 px @2x, tray.md: "16x16 (72dpi) and 32x32@2x (144dpi)
//   work well"). Idle and error are template images (black + alpha, file name ending in
//   `Template`) so the menu bar tints them for light and dark mode; listening stays red, the
//   usual colour of "recording" in the menu bar, which a template could not show.
// - Linux: 22 px (and 44 px @2x), the size of GNOME's and KDE's status icons.
import type { TrayIconName } from './tray-menu.js';

export interface TrayIconFile {
  /** File name inside the icon folder (build/icons, or <resources>/icons when packaged). */
  file: string;
  /** macOS template image: tinted by the system. */
  template: boolean;
}

const TEMPLATE_NAMES: Partial<Record<TrayIconName, string>> = { idle: 'trayIdleTemplate.png', error: 'trayErrorTemplate.png' };

export function trayIconFile(icon: TrayIconName, platform: NodeJS.Platform = process.platform): TrayIconFile {
  if (platform === 'win32') return { file: `tray-${icon}.ico`, template: false };
  if (platform === 'darwin') {
    const template = TEMPLATE_NAMES[icon];
    return template ? { file: template, template: true } : { file: `tray-${icon}.png`, template: false };
  }
  return { file: `tray-${icon}-22.png`, template: false };
}
