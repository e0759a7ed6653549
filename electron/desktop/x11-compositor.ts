// Whether an X11 compositing manager is running: by the EWMH convention it owns the
// selection _NET_WM_CM_S<screen> ("Window Manager Specification", section "Compositing
// Managers"). Without one, a transparent window's clear pixels are drawn black, so the
// overlay must be opaque. Asked through libX11 with koffi (no tool to install; libX11 is
// already loaded by Electron). Null when it cannot be told (no libX11, no display).
import { createRequire } from 'node:module';

type NativeFunction = (...args: unknown[]) => unknown;

export function x11CompositorRunning(display: string | undefined = process.env.DISPLAY): boolean | null {
  if (!display) return null;
  // koffi is loaded here, not at import: main imports this file on every OS, and only X11
  // asks (as windows-elevation.ts does for Windows).
  let x11: ReturnType<typeof import('koffi').load>;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    x11 = koffi.load('libX11.so.6');
  } catch {
    return null;
  }
  const f = (signature: string) => x11.func(signature) as NativeFunction;
  const openDisplay = f('void *XOpenDisplay(const char *name)');
  const closeDisplay = f('int XCloseDisplay(void *display)');
  const defaultScreen = f('int XDefaultScreen(void *display)');
  const internAtom = f('unsigned long XInternAtom(void *display, const char *name, int only_if_exists)');
  const getSelectionOwner = f('unsigned long XGetSelectionOwner(void *display, unsigned long selection)');
  const connection = openDisplay(display);
  if (!connection) return null;
  try {
    const screen = defaultScreen(connection) as number;
    const atom = internAtom(connection, `_NET_WM_CM_S${screen}`, 0);
    return Number(getSelectionOwner(connection, atom)) !== 0;
  } finally {
    closeDisplay(connection);
  }
}
