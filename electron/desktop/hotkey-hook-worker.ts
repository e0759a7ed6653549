// Child process running uiohook-napi (Linux and Windows; on macOS the hook runs in Electron's
// main process instead, see key-hook-host.ts), which aborts its process when the X display or the
// RECORD extension is missing: that must never take the app down. It forwards keyboard
// events (never mouse moves) to the parent. The parent asks it to stop, so the hook can
// tear down its X RECORD context before the process ends (an X server left with a dead
// RECORD client has been seen to go away under us); a kill is only the fallback.
import { createRequire } from 'node:module';
import type { HookKeyEvent } from './hotkey-state.js';
import { errorMessage } from '../common/error-message.js';
import { createDeviceKeyQuery } from './x11-physical-keys.js';
import { keyEventFrom } from './uiohook-event.js';

/** parent → worker. 'held': which of `keys` (robotjs names) a keyboard device holds (X11). */
export type HookWorkerRequest = { type: 'stop' } | { type: 'held'; id: number; keys: string[] };

export type HookWorkerMessage =
  | { type: 'ready' }
  | { type: 'key'; event: HookKeyEvent }
  | { type: 'error'; message: string }
  /** null: the devices cannot be asked here. */
  | { type: 'held'; id: number; held: string[] | null };

type Uiohook = typeof import('uiohook-napi');
const require = createRequire(import.meta.url);
const send = (m: HookWorkerMessage): void => void process.send?.(m);

try {
  const { uIOhook, EventType } = require('uiohook-napi') as Uiohook;
  uIOhook.on('input', (e) => {
    const event = keyEventFrom(e, EventType);
    if (event) send({ type: 'key', event });
  });
  uIOhook.start();
  send({ type: 'ready' });
} catch (e) {
  const message: HookWorkerMessage = { type: 'error', message: `the keyboard hook could not start: ${errorMessage(e).split('\n')[0]}` };
  process.send?.(message, () => process.exit(1));
}
// The keyboard devices' own state, for a key-up the parent had to ignore (see hotkey.ts).
const heldOnDevices = createDeviceKeyQuery();

process.on('message', (m: HookWorkerRequest) => {
  if (m.type === 'held') {
    const held = heldOnDevices(m.keys);
    return send({ type: 'held', id: m.id, held: held ? [...held] : null });
  }
  if (m.type !== 'stop') return;
  try {
    (require('uiohook-napi') as Uiohook).uIOhook.stop();
  } finally {
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
