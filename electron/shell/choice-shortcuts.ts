// The "correct that" list's digit keys through Electron's globalShortcut: a registered
// accelerator is taken from every other application (the digit is not also typed into the
// focused window), which is why they are held only while the list shows (app/choice-keys.ts).
// register() returns false when another application holds the key: it is reported, not thrown.
import { globalShortcut } from 'electron';
import type { CoreShell } from '../app/shell-port.js';

export const grabChoiceKeys: NonNullable<CoreShell['grabKeys']> = (accelerators, pressed) => {
  const held: string[] = [];
  const refused: string[] = [];
  for (const accelerator of accelerators) {
    let ok = false;
    try {
      ok = globalShortcut.register(accelerator, () => pressed(accelerator));
    } catch {
      ok = false; // an accelerator this platform cannot express: the list is still chosen from by voice
    }
    (ok ? held : refused).push(accelerator);
  }
  return {
    refused,
    release: () => {
      for (const accelerator of held.splice(0)) globalShortcut.unregister(accelerator);
    },
  };
};
