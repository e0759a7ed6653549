// Whether the overlay can be a transparent window (a floating rounded card) or must be an
// opaque strip. Transparency needs a compositor: Windows (DWM), macOS and every Wayland
// session always have one; on X11 it is optional (window managers such as i3 or Openbox
// run without), and there Electron's transparent pixels come out black — Electron's
// docs/tutorial/custom-window-styles.md ("Limitations") does not say so; electron/electron
// issues #15947 and #47864 (Fluxbox, Electron 37) do. Plain Node; main.ts passes the X11 probe.
import type { PlatformKind } from '../desktop/platform/desktop-platform.js';

export interface OverlayLook {
  transparent: boolean;
  /** The hash the overlay page reads to style itself as an opaque strip (no rounded card). */
  pageHash: '' | 'opaque';
}

export function overlayLook(kind: PlatformKind, compositorRunning: () => boolean | null): OverlayLook {
  const transparent = kind === 'win32' || kind === 'darwin' || kind === 'linux-wayland' || (kind === 'linux-x11' && compositorRunning() === true);
  return transparent ? { transparent: true, pageHash: '' } : { transparent: false, pageHash: 'opaque' };
}

/** The opaque window's background, the overlay card's colour without its alpha (overlay.css). */
export function opaqueOverlayBackground(dark: boolean): string {
  return dark ? '#1a1a1f' : '#fafafc';
}
