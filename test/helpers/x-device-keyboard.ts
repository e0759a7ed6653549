// "The user's own keyboard" on a private Xvfb: keys pressed and released on Xvfb's keyboard
// device itself (XTestFakeDeviceKeyEvent on the "Xvfb keyboard" slave), not on the XTEST
// device that xdotool and robotjs use. X treats them as a physical keyboard's: the core
// keyboard follows both, and only this device's own state tells them apart, which is what
// a real user's keyboard looks like next to Voskey's synthetic keys.
import koffi from 'koffi';
import { listKeyboardDevices } from '../../electron/desktop/x11-physical-keys.js';

type NativeFunction = (...args: unknown[]) => unknown;

export interface DeviceKeyboard {
  /** Presses (down) or releases a key by its X keysym name ("Control_L", "space"). */
  key(keysymName: string, down: boolean): void;
  close(): void;
}

export function openDeviceKeyboard(display: string): DeviceKeyboard {
  const x11 = koffi.load('libX11.so.6');
  const xi = koffi.load('libXi.so.6');
  const xtst = koffi.load('libXtst.so.6');
  const f = (lib: typeof x11, signature: string) => lib.func(signature) as NativeFunction;
  const openDisplay = f(x11, 'void *XOpenDisplay(const char *name)');
  const closeDisplay = f(x11, 'int XCloseDisplay(void *display)');
  const sync = f(x11, 'int XSync(void *display, int discard)');
  const stringToKeysym = f(x11, 'unsigned long XStringToKeysym(const char *name)');
  const keysymToKeycode = f(x11, 'uint8_t XKeysymToKeycode(void *display, unsigned long keysym)');
  const openDevice = f(xi, 'void *XOpenDevice(void *display, unsigned long id)');
  const closeDevice = f(xi, 'int XCloseDevice(void *display, void *device)');
  const fakeDeviceKeyEvent = f(xtst, 'int XTestFakeDeviceKeyEvent(void *display, void *device, unsigned int keycode, int is_press, int *axes, int n_axes, unsigned long delay)');

  const connection = openDisplay(display);
  if (!connection) throw new Error(`cannot open X display ${display}`);
  const keyboard = listKeyboardDevices(koffi, xi, connection)[0];
  if (!keyboard) throw new Error(`no keyboard device on ${display} besides XTest's`);
  const device = openDevice(connection, keyboard.id);
  if (!device) throw new Error(`cannot open ${keyboard.name}`);
  return {
    key(name, down) {
      const keycode = Number(keysymToKeycode(connection, Number(stringToKeysym(name))));
      if (!keycode) throw new Error(`no keycode for ${name}`);
      fakeDeviceKeyEvent(connection, device, keycode, down ? 1 : 0, null, 0, 0);
      sync(connection, 0);
    },
    close() {
      closeDevice(connection, device);
      closeDisplay(connection);
    },
  };
}
