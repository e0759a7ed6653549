// The application menu. Electron installs a default one (File, Edit, View with Reload and
// Toggle Developer Tools, Window) when the app sets none (docs/api/menu.md,
// `Menu.setApplicationMenu`); a tray app shows no menu bar, and Reload/DevTools must not be
// a keystroke away in its settings window.
//
// - Windows and Linux: none at all (`null` also removes the menu bar from every window).
// - macOS: a minimal one. There, text fields get Cmd+C/V/X/A/Z only through the menu's key
//   equivalents — without an Edit menu carrying those roles, copy and paste stop working in
//   the settings window (docs/tutorial/menus.md, "Roles": roles give the native behaviour;
//   docs/tutorial/application-menu.md shows the default menu providing them). The app menu
//   keeps Hide and Quit (Cmd+Q) where every Mac user looks for them.
// Plain data, so it is tested here; main.ts passes it to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';

export function applicationMenuTemplate(platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [
    {
      role: 'appMenu',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    { role: 'windowMenu', submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
}
