// Which Wayland compositor runs this session, and what that means for the hotkey. Wayland
// has no common way to type into or ask about other windows: wlroots compositors (sway,
// Hyprland, river…) offer the virtual-keyboard protocol wtype needs, GNOME and KDE do not,
// and the focused window is learned from each compositor's own IPC (sway, Hyprland).

export type WaylandCompositor = 'sway' | 'hyprland' | 'gnome' | 'kde' | 'other';

/**
 * SWAYSOCK and HYPRLAND_INSTANCE_SIGNATURE are set by the compositor itself for every
 * process it starts (sway(1), Hyprland's wiki "Environment variables"), so they win over
 * XDG_CURRENT_DESKTOP, which a login manager may set to anything (e.g. "ubuntu:GNOME").
 */
export function detectCompositor(env: NodeJS.ProcessEnv): WaylandCompositor {
  if (env.SWAYSOCK) return 'sway';
  if (env.HYPRLAND_INSTANCE_SIGNATURE) return 'hyprland';
  const desktops = (env.XDG_CURRENT_DESKTOP ?? '').toLowerCase().split(':');
  if (desktops.includes('sway')) return 'sway';
  if (desktops.includes('hyprland')) return 'hyprland';
  if (desktops.includes('gnome')) return 'gnome';
  if (desktops.includes('kde')) return 'kde';
  return 'other';
}

/**
 * Whether wtype can work: it needs zwp_virtual_keyboard_v1, which GNOME's Mutter does not
 * offer and KDE's KWin offers only to input methods (wtype then fails with "Compositor
 * does not support the virtual keyboard protocol"). Unknown compositors get the benefit of
 * the doubt; the typist falls back if wtype fails that way.
 */
export function hasVirtualKeyboard(compositor: WaylandCompositor): boolean {
  return compositor !== 'gnome' && compositor !== 'kde';
}

/**
 * What to bind in the compositor when Electron's global shortcut cannot give hold-to-talk:
 * on Wayland it goes through the GlobalShortcuts portal, which xdg-desktop-portal-wlr (sway,
 * Hyprland's own portal aside) does not implement, which fails on GNOME 50 with
 * xdg-desktop-portal ≥ 1.20 (electron/electron#51875), and whose register() can report
 * success while nothing is bound (electron/electron#52218). A compositor binding running
 * `voskey control` always works, and on sway and Hyprland it sees the key release too.
 */
export function compositorBindingAdvice(compositor: WaylandCompositor): string {
  switch (compositor) {
    case 'sway':
      return 'In sway, bind it in ~/.config/sway/config: `bindsym --no-repeat Ctrl+Alt+space exec voskey control begin` and `bindsym --release Ctrl+Alt+space exec voskey control end` (hold-to-talk), then `swaymsg reload`.';
    case 'hyprland':
      return 'In Hyprland, bind it in hyprland.conf: `bind = CTRL ALT, space, exec, voskey control begin` and `bindr = CTRL ALT, space, exec, voskey control end` (hold-to-talk).';
    case 'gnome':
      return 'In GNOME, add a custom shortcut (Settings → Keyboard → Custom Shortcuts) running `voskey control toggle`.';
    case 'kde':
      return 'In KDE Plasma, add a custom shortcut (System Settings → Shortcuts → Add New → Command) running `voskey control toggle`.';
    case 'other':
      return "Bind a key in your compositor's settings to run `voskey control toggle` (or `voskey control begin` on press and `voskey control end` on release, where it can bind key releases).";
  }
}

/** The sentence added to the hotkey notice on Wayland. */
export function waylandShortcutNotice(compositor: WaylandCompositor): string {
  return `On Wayland the hotkey works only through the desktop's GlobalShortcuts portal, which some desktops lack (sway's) or may accept without binding anything: if pressing it does nothing, ${lowerFirst(compositorBindingAdvice(compositor))}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
