// Where the overlay goes: near the tray icon, or in a chosen corner of the work area.
// Plain maths on rectangles (no 'electron'): the shell passes in screen.getDisplayMatching()
// work areas and tray.getBounds(), so every case — taskbar at any edge, no tray bounds on
// Linux, a tiny screen — is unit-tested.
import type { OverlayPosition } from '../settings/types.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PlacementInput {
  overlay: Size;
  /** The display's work area (screen minus taskbars/panels). */
  workArea: Rect;
  position: OverlayPosition;
  /** tray.getBounds(); Linux usually reports an empty rectangle, which means "unknown". */
  trayBounds?: Rect | null;
  /** Gap kept from the work area's edges and from the tray, in pixels. */
  margin?: number;
}

/** Used when position is 'tray' but the tray's place is unknown: where most trays are. */
export const TRAY_FALLBACK: Exclude<OverlayPosition, 'tray'> = 'bottom-right';

export function placeOverlay(input: PlacementInput): Rect {
  const margin = input.margin ?? 12;
  const { overlay, workArea } = input;
  const tray = input.trayBounds;
  if (input.position === 'tray' && tray && tray.width > 0 && tray.height > 0) {
    return clampInto(nearTray(overlay, workArea, tray, margin), workArea, margin);
  }
  const corner = input.position === 'tray' ? TRAY_FALLBACK : input.position;
  return clampInto(inCorner(overlay, workArea, corner, margin), workArea, margin);
}

function inCorner(overlay: Size, area: Rect, corner: Exclude<OverlayPosition, 'tray'>, margin: number): Rect {
  const left = area.x + margin;
  const right = area.x + area.width - overlay.width - margin;
  const top = area.y + margin;
  const bottom = area.y + area.height - overlay.height - margin;
  return {
    x: corner.endsWith('left') ? left : right,
    y: corner.startsWith('top') ? top : bottom,
    ...overlay,
  };
}

function nearTray(overlay: Size, area: Rect, tray: Rect, margin: number): Rect {
  const trayCentreX = tray.x + tray.width / 2;
  const trayCentreY = tray.y + tray.height / 2;
  const centred = { x: trayCentreX - overlay.width / 2, y: trayCentreY - overlay.height / 2, ...overlay };
  const inside =
    trayCentreX >= area.x && trayCentreX <= area.x + area.width && trayCentreY >= area.y && trayCentreY <= area.y + area.height;
  if (!inside) {
    // The tray sits on a panel outside the work area: centring on it and clamping puts the
    // overlay against the work area's edge next to the panel, whichever edge that is.
    return centred;
  }
  // The tray is inside the work area (some desktops report it so): go beside it, towards
  // the middle of the screen, so the overlay never covers the icon.
  const inUpperHalf = trayCentreY < area.y + area.height / 2;
  return { ...centred, y: inUpperHalf ? tray.y + tray.height + margin : tray.y - overlay.height - margin };
}

/** Keep the whole overlay on the work area; when it cannot fit, keep its top-left visible. */
function clampInto(rect: Rect, area: Rect, margin: number): Rect {
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
  return {
    x: Math.round(clamp(rect.x, area.x + margin, area.x + area.width - rect.width - margin)),
    y: Math.round(clamp(rect.y, area.y + margin, area.y + area.height - rect.height - margin)),
    width: rect.width,
    height: rect.height,
  };
}
