// Child process that presses keys with robotjs. robotjs blocks the thread it runs on (a
// 500-character string takes ≈0.4 s even with no delay), so it never runs in the main
// process. Protocol: parent sends TypingRequest, worker answers TypingResponse with the same id.
import { createRequire } from 'node:module';
import type { KeyAction, KeyToggle } from './key-sender.js';
import { createDeviceKeyQuery } from './x11-physical-keys.js';
import { errorMessage } from '../common/error-message.js';
import { ModifierHeldError, waitForModifiersUp, type ModifierState } from './modifier-state.js';
import { currentPlatformPlan } from './platform/desktop-platform.js';
import { openModifierState } from './platform/modifier-source.js';

export interface TypingRequest {
  id: number;
  actions: KeyAction[];
  /** robotjs's per-key delay in ms; 0 for speed (benchmarks measure the default, 10). */
  keyboardDelay: number;
}

export type TypingResponse =
  | { id: number; ok: true }
  /** refused: nothing of the batch from that point was sent, on purpose (a held modifier). */
  | { id: number; ok: false; error: string; refused?: boolean };

type Robot = typeof import('robotjs');

const require = createRequire(import.meta.url);

function load(): Robot | string {
  try {
    return require('robotjs') as Robot;
  } catch (e) {
    return `robotjs could not be loaded (${errorMessage(e).split('\n')[0]}); reinstall Voskey's optional dependencies`;
  }
}

const robot = load();
// robotjs opens ":0.0" first and falls back to $DISPLAY only if that fails, so with another X
// server on :0 (a second login, a greeter, a VNC session beside the desktop) every key went
// to that display. Point it at ours.
// (setXDisplayName is in robotjs 0.6 but missing from its type definitions.)
if (typeof robot !== 'string' && process.platform === 'linux' && process.env.DISPLAY) {
  (robot as Robot & { setXDisplayName(name: string): void }).setXDisplayName(process.env.DISPLAY);
}

// The keyboard devices' own state (X11 only), asked around the user's held keys.
const heldOnDevices = createDeviceKeyQuery();

// The modifiers the user holds, from the source every key passes through; opened on first use.
let modifiers: ModifierState | undefined;
function modifierRefusal(): string | undefined {
  modifiers ??= openModifierState(currentPlatformPlan(process.env).modifierState);
  return waitForModifiersUp(modifiers);
}

/** The user's keys this worker lifted while a keyboard device showed them held. */
const liftedWhileHeld = new Set<string>();

function perform(r: Robot, actions: KeyAction[]): void {
  const userKeys = [...new Set(actions.filter((a): a is KeyToggle => a.kind === 'toggle' && a.heldByUser === true).map((a) => a.key))];
  // The devices are asked at most twice a batch: before its first lift, before its first press again.
  let beforeLift: Set<string> | undefined | null = null;
  let beforePress: Set<string> | undefined | null = null;
  for (const action of actions) {
    // Every key that could be changed by a held modifier waits for its release. Toggles are
    // the hotkey's own keys being lifted or pressed again: they go out whatever is held, so
    // a refused batch never leaves a key the typist lifted in the wrong state.
    if (action.kind !== 'toggle') {
      const refusal = modifierRefusal();
      if (refusal) throw new ModifierHeldError(refusal);
    }
    if (action.kind === 'text') {
      if (action.text) r.typeString(action.text);
      continue;
    }
    if (action.kind === 'toggle') {
      if (action.heldByUser && !action.down) {
        if (beforeLift === null) beforeLift = heldOnDevices(userKeys);
        if (beforeLift?.has(action.key)) liftedWhileHeld.add(action.key);
      } else if (action.heldByUser && liftedWhileHeld.delete(action.key)) {
        if (beforePress === null) beforePress = heldOnDevices(userKeys);
        if (beforePress && !beforePress.has(action.key)) continue; // let go of meanwhile: leave it up
      }
      r.keyToggle(action.key, action.down ? 'down' : 'up');
      continue;
    }
    for (let i = 0; i < (action.count ?? 1); i++) {
      if (action.modifiers.length) r.keyTap(action.key, action.modifiers);
      else r.keyTap(action.key);
    }
  }
}

process.on('message', (message: TypingRequest) => {
  let reply: TypingResponse;
  try {
    if (typeof robot === 'string') throw new Error(robot);
    robot.setKeyboardDelay(message.keyboardDelay);
    perform(robot, message.actions);
    reply = { id: message.id, ok: true };
  } catch (e) {
    reply = { id: message.id, ok: false, error: errorMessage(e), ...(e instanceof ModifierHeldError ? { refused: true } : {}) };
  }
  process.send?.(reply);
});
// The parent went away: nothing left to type for.
process.on('disconnect', () => process.exit(0));
