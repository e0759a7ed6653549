// The tray icon: maps the plain description from tray-menu.ts onto Electron's Tray and Menu.
// Icons come from build/icons, one file per state and platform (tray-icon-file.ts); a missing
// file gives an empty image (the tray still works, with its tooltip and menu) rather than a
// crash at start-up.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage, type Rectangle } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIST_ROOT } from './page-location.js';
import { trayIconFile } from './tray-icon-file.js';
import { describeTray, type TrayAction, type TrayFacts, type TrayIconName, type TrayMenuItem } from './tray-menu.js';

export const DEFAULT_ICON_DIR = join(DEFAULT_DIST_ROOT, '..', 'build', 'icons');

export type TrayHandlers = Record<Exclude<TrayAction, 'toggle-hotkey-pause'>, () => void> & {
  'toggle-hotkey-pause': (paused: boolean) => void;
};

export class VoskeyTray {
  readonly #tray: Tray;
  readonly #icons = new Map<TrayIconName, NativeImage>();
  readonly #iconDir: string;
  readonly #handlers: TrayHandlers;
  #icon: TrayIconName | null = null;
  #tooltip = '';
  /** The menu last handed to Electron, as JSON: rebuilt only when it changes. */
  #menu = '';

  constructor(facts: TrayFacts, handlers: TrayHandlers, iconDir: string = DEFAULT_ICON_DIR) {
    this.#iconDir = iconDir;
    this.#handlers = handlers;
    this.#tray = new Tray(this.#image('idle'));
    this.update(facts);
  }

  /**
   * Called on every overlay state, i.e. with each audio level (≈20 a second) while
   * dictating: only what changed goes to Electron, so the native menu is not rebuilt per frame.
   */
  update(facts: TrayFacts): void {
    const description = describeTray(facts);
    if (description.icon !== this.#icon) {
      this.#tray.setImage(this.#image(description.icon));
      this.#icon = description.icon;
    }
    if (description.tooltip !== this.#tooltip) {
      this.#tray.setToolTip(description.tooltip);
      this.#tooltip = description.tooltip;
    }
    const menu = JSON.stringify(description.menu);
    if (menu !== this.#menu) {
      this.#tray.setContextMenu(Menu.buildFromTemplate(description.menu.map((item) => this.#toElectron(item))));
      this.#menu = menu;
    }
  }

  /** What the tray shows now (for the end-to-end test's checks). */
  icon(): TrayIconName | null {
    return this.#icon;
  }

  tooltip(): string {
    return this.#tooltip;
  }

  /** Where the icon is on screen, for placing the overlay; empty on most Linux desktops. */
  bounds(): Rectangle {
    return this.#tray.getBounds();
  }

  destroy(): void {
    this.#tray.destroy();
  }

  #image(name: TrayIconName): NativeImage {
    let image = this.#icons.get(name);
    if (!image) {
      const { file, template } = trayIconFile(name);
      const path = join(this.#iconDir, file);
      image = existsSync(path) ? nativeImage.createFromPath(path) : nativeImage.createEmpty();
      // The `Template` file name already marks it; saying so keeps it true if a file is renamed.
      if (template) image.setTemplateImage(true);
      this.#icons.set(name, image);
    }
    return image;
  }

  #toElectron(item: TrayMenuItem): MenuItemConstructorOptions {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'info':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: item.items.map((child) => this.#toElectron(child)) };
      case 'checkbox':
        return {
          type: 'checkbox',
          label: item.label,
          checked: item.checked,
          click: (menuItem) => this.#handlers['toggle-hotkey-pause'](menuItem.checked),
        };
      case 'action': {
        const action = item.action;
        return {
          label: item.label,
          enabled: item.enabled,
          click: () => (action === 'toggle-hotkey-pause' ? this.#handlers[action](true) : this.#handlers[action]()),
        };
      }
    }
  }
}
