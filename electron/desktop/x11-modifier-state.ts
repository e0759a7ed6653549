// Held modifiers on X11: the core keyboard's key bits (XQueryKeymap) for every keycode the
// server's modifier map binds to Shift, Control or Mod1–Mod5 (Alt, Super, AltGr as
// ISO_Level3_Shift, Hyper…), leaving out the locks (Caps, Num, Scroll), which do not make
// typed keys shortcuts. The core keyboard is where every slave device meets, XTest
// included, so a VNC user's Ctrl counts; our own lifting of the hotkey's keys (XTest
// releases) clears them here, which is what we want: those keys are handled by the typist.
// Runs in the typing worker (a child process): a native fault there cannot take the app down.
import { createRequire } from 'node:module';
import type { ModifierState } from './modifier-state.js';
import { ignoreXErrors } from './x11-physical-keys.js';

type NativeFunction = (...args: unknown[]) => unknown;
type Koffi = typeof import('koffi');

const LOCKS = new Set(['Caps_Lock', 'Shift_Lock', 'Num_Lock', 'Scroll_Lock']);

/** Pure: the names of held modifier keycodes, from the keymap bits and the modifier map. */
export function heldModifierNames(keymap: Uint8Array, modifierKeycodes: readonly number[], nameOf: (code: number) => string): string[] {
  const names: string[] = [];
  for (const code of new Set(modifierKeycodes)) {
    if (code === 0 || (keymap[code >> 3]! & (1 << (code & 7))) === 0) continue;
    const name = nameOf(code);
    if (!LOCKS.has(name)) names.push(name);
  }
  return names;
}

export function openX11ModifierState(display: string | undefined = process.env.DISPLAY): ModifierState | undefined {
  if (!display) return undefined;
  let koffi: Koffi;
  let x11: ReturnType<Koffi['load']>;
  try {
    koffi = createRequire(import.meta.url)('koffi') as Koffi;
    x11 = koffi.load('libX11.so.6');
  } catch {
    return undefined;
  }
  const f = (signature: string) => x11.func(signature) as NativeFunction;
  const openDisplay = f('void *XOpenDisplay(const char *name)');
  const closeDisplay = f('int XCloseDisplay(void *display)');
  const queryKeymap = f('int XQueryKeymap(void *display, uint8_t *keys)');
  const getModifierMapping = f('void *XGetModifierMapping(void *display)');
  const freeModifierMap = f('int XFreeModifiermap(void *map)');
  const keycodeToKeysym = f('unsigned long XkbKeycodeToKeysym(void *display, uint8_t keycode, int group, int level)');
  const keysymToString = f('const char *XKeysymToString(unsigned long keysym)');
  const ModifierKeymap = koffi.struct({ max_keypermod: 'int', modifiermap: 'void *' });
  const withoutXErrors = ignoreXErrors(koffi, x11);

  const connection = openDisplay(display);
  if (!connection) return undefined;
  let open = true;

  function modifierKeycodes(): number[] {
    const map = getModifierMapping(connection);
    if (!map) return [];
    try {
      const { max_keypermod: perModifier, modifiermap } = koffi.decode(map, ModifierKeymap) as { max_keypermod: number; modifiermap: unknown };
      if (!modifiermap || perModifier <= 0) return [];
      const codes = koffi.decode(modifiermap, koffi.array('uint8_t', 8 * perModifier)) as number[];
      // Index 1 is Lock (Caps Lock): never a shortcut modifier.
      return codes.filter((_, i) => Math.floor(i / perModifier) !== 1);
    } finally {
      freeModifierMap(map);
    }
  }

  const nameOf = (code: number): string => {
    const name = keysymToString(keycodeToKeysym(connection, code, 0, 0)) as string | null;
    return name ?? `keycode ${code}`;
  };

  return {
    held() {
      if (!open) return undefined;
      let held: string[] | undefined;
      withoutXErrors(() => {
        const keys = Buffer.alloc(32);
        queryKeymap(connection, keys);
        held = heldModifierNames(keys, modifierKeycodes(), nameOf);
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
