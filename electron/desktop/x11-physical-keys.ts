// Which keys the user is really holding, on X11: the key state of each keyboard device
// (every XInput slave keyboard except the XTEST ones, which carry synthetic events). The
// core keyboard's state cannot tell: our own XTest releases and presses change it.
//
// Why it matters: live typing lifts the user's held hotkey keys and presses them again
// after (typist.ts). A key the user lets go of while it is lifted is dropped by X — for
// the core keyboard it is already up — so pressing it again left it stuck down and the
// hook never saw the key-up. Asked right before pressing again, the device state says
// which keys are still held. XInput 1 calls (XListInputDevices, XOpenDevice,
// XQueryDeviceState), as `xinput query-state` makes them; libXi ships with every X11
// desktop. Runs in the typing worker, a child process: a native fault there cannot take
// the app down.
import { createRequire } from 'node:module';

type NativeFunction = (...args: unknown[]) => unknown;
type Koffi = typeof import('koffi');

export interface PhysicalKeys {
  /** Of `keys` (robotjs names), those held on some keyboard device; undefined when it cannot be told. */
  held(keys: readonly string[]): Set<string> | undefined;
  close(): void;
}

/** XInput 1 `use` of a slave keyboard (XI.h: IsXExtensionKeyboard). */
const IS_X_EXTENSION_KEYBOARD = 3;
/** XInput 1 input class of a key state (XI.h: KeyClass). */
const KEY_CLASS = 0;

/** robotjs key names whose X keysyms are not simply the name. */
const KEYSYM_NAMES: Record<string, string[]> = {
  control: ['Control_L', 'Control_R'],
  alt: ['Alt_L', 'Alt_R', 'Meta_L', 'Meta_R'],
  shift: ['Shift_L', 'Shift_R'],
  command: ['Super_L', 'Super_R'],
  space: ['space'],
  enter: ['Return'],
  escape: ['Escape'],
  tab: ['Tab'],
  backspace: ['BackSpace'],
};

function keysymNames(key: string): string[] {
  const known = KEYSYM_NAMES[key.toLowerCase()];
  if (known) return known;
  if (/^f\d{1,2}$/i.test(key)) return [key.toUpperCase()];
  return [key, key.toLowerCase()];
}

/** The key state of the X display, or undefined when libX11/libXi or the display is missing. */
export function openX11PhysicalKeys(display: string | undefined = process.env.DISPLAY): PhysicalKeys | undefined {
  if (!display) return undefined;
  let koffi: Koffi;
  let x11: ReturnType<Koffi['load']>;
  let xi: ReturnType<Koffi['load']>;
  try {
    koffi = createRequire(import.meta.url)('koffi') as Koffi;
    x11 = koffi.load('libX11.so.6');
    xi = koffi.load('libXi.so.6');
  } catch {
    return undefined;
  }
  const f = (lib: typeof x11, signature: string) => lib.func(signature) as NativeFunction;
  const openDisplay = f(x11, 'void *XOpenDisplay(const char *name)');
  const closeDisplay = f(x11, 'int XCloseDisplay(void *display)');
  const stringToKeysym = f(x11, 'unsigned long XStringToKeysym(const char *name)');
  const keysymToKeycode = f(x11, 'uint8_t XKeysymToKeycode(void *display, unsigned long keysym)');
  const DeviceState = koffi.struct({ device_id: 'unsigned long', num_classes: 'int', data: 'void *' });
  const openDevice = f(xi, 'void *XOpenDevice(void *display, unsigned long id)');
  const closeDevice = f(xi, 'int XCloseDevice(void *display, void *device)');
  const queryDeviceState = f(xi, 'void *XQueryDeviceState(void *display, void *device)');
  const freeDeviceState = f(xi, 'void XFreeDeviceState(void *state)');

  const withoutXErrors = ignoreXErrors(koffi, x11);

  const connection = openDisplay(display);
  if (!connection) return undefined;
  let open = true;

  /** The keycodes down on one device, or undefined if it could not be read. */
  function keysDown(id: number): Uint8Array | undefined {
    const device = openDevice(connection, id);
    if (!device) return undefined;
    try {
      const state = queryDeviceState(connection, device);
      if (!state) return undefined;
      try {
        const { num_classes: classes, data } = koffi.decode(state, DeviceState) as { num_classes: number; data: unknown };
        let offset = 0;
        for (let i = 0; i < classes; i++) {
          const [inputClass, length] = koffi.decode(data, offset, koffi.array('uint8_t', 2)) as number[];
          if (inputClass === KEY_CLASS) {
            // XKeyState: class, length, short num_keys, char keys[32] (one bit per keycode).
            return Uint8Array.from(koffi.decode(data, offset + 4, koffi.array('uint8_t', 32)) as number[]);
          }
          if (!length) break;
          offset += length;
        }
        return undefined;
      } finally {
        freeDeviceState(state);
      }
    } finally {
      closeDevice(connection, device);
    }
  }

  function keycodes(key: string): number[] {
    return keysymNames(key)
      .map((name) => Number(stringToKeysym(name)))
      .filter((keysym) => keysym !== 0)
      .map((keysym) => Number(keysymToKeycode(connection, keysym)))
      .filter((code) => code !== 0);
  }

  return {
    held(keys) {
      if (!open) return undefined;
      let held: Set<string> | undefined;
      withoutXErrors(() => {
        const states = listKeyboardDevices(koffi, xi, connection)
          .map((device) => keysDown(device.id))
          .filter((s): s is Uint8Array => s !== undefined);
        if (states.length === 0) return;
        const isDown = (code: number) => states.some((bits) => (bits[code >> 3]! & (1 << (code & 7))) !== 0);
        held = new Set(keys.filter((key) => keycodes(key).some(isDown)));
      });
      return held;
    },
    close() {
      if (!open) return;
      open = false;
      closeDisplay(connection);
    },
  };
}

let deviceInfo: ReturnType<Koffi['struct']> | undefined;
const listFunctions = new WeakMap<object, { listInputDevices: NativeFunction; freeDeviceList: NativeFunction }>();

/**
 * The keyboards whose state is the user's: every XInput slave keyboard but XTest's. Shared
 * with the tests, which press keys on one of them as a physical keyboard would.
 */
export function listKeyboardDevices(koffi: Koffi, xi: ReturnType<Koffi['load']>, connection: unknown): { id: number; name: string }[] {
  deviceInfo ??= koffi.struct({ id: 'unsigned long', type: 'unsigned long', name: 'const char *', num_classes: 'int', use: 'int', inputclassinfo: 'void *' });
  // Asked twice per live edit: the functions are declared once per library.
  let bound = listFunctions.get(xi);
  if (!bound) {
    bound = {
      listInputDevices: xi.func('void *XListInputDevices(void *display, _Out_ int *count)') as NativeFunction,
      freeDeviceList: xi.func('void XFreeDeviceList(void *list)') as NativeFunction,
    };
    listFunctions.set(xi, bound);
  }
  const { listInputDevices, freeDeviceList } = bound;
  const count = [0];
  const list = listInputDevices(connection, count);
  if (!list) return [];
  try {
    const devices = koffi.decode(list, deviceInfo, count[0]!) as { id: number | bigint; name: string | null; use: number }[];
    return devices
      .filter((d) => d.use === IS_X_EXTENSION_KEYBOARD && !/XTEST/i.test(d.name ?? ''))
      .map((d) => ({ id: Number(d.id), name: d.name ?? '' }));
  } finally {
    freeDeviceList(list);
  }
}

/**
 * For a worker process: which of `keys` some keyboard device holds. The devices are opened
 * on first use (X11 only) and kept; undefined means "cannot tell", whatever went wrong.
 */
export function createDeviceKeyQuery(): (keys: readonly string[]) => Set<string> | undefined {
  let devices: PhysicalKeys | undefined | null;
  return (keys) => {
    try {
      if (devices === undefined) devices = (process.platform === 'linux' ? openX11PhysicalKeys() : undefined) ?? null;
      return devices?.held(keys);
    } catch {
      return undefined;
    }
  };
}

let ignoring: ((during: () => void) => void) | undefined;

/**
 * Runs `during` with an X error handler that ignores errors. Xlib's default handler ends
 * the process; a device unplugged between listing and opening it raises BadDevice, and
 * with this handler the call returns NULL and we carry on. The handler is process-wide, and
 * robotjs and uiohook share these processes, so it is put in place only for our own calls
 * (all synchronous round trips: their errors arrive before the call returns) and the one
 * before is put back after. The callback is registered once and never freed.
 */
export function ignoreXErrors(koffi: Koffi, x11: ReturnType<Koffi['load']>): (during: () => void) => void {
  if (!ignoring) {
    const ErrorHandler = koffi.proto('int VoskeyXErrorHandler(void *display, void *event)');
    const setErrorHandler = x11.func('void *XSetErrorHandler(void *handler)') as NativeFunction;
    const ours = koffi.register(() => 0, koffi.pointer(ErrorHandler));
    ignoring = (during) => {
      const previous = setErrorHandler(ours);
      try {
        during();
      } finally {
        setErrorHandler(previous);
      }
    };
  }
  return ignoring;
}
