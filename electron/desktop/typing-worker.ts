// Child process that presses keys with robotjs. robotjs blocks the thread it runs on (a
// 500-character string takes ≈0.4 s even with no delay), so it never runs in the main
// process. Protocol: parent sends TypingRequest, worker answers TypingResponse with the same id.
import { createRequire } from 'node:module';
import type { KeyAction } from './key-sender.js';
import { errorMessage } from '../common/error-message.js';

export interface TypingRequest {
  id: number;
  actions: KeyAction[];
  /** robotjs's per-key delay in ms; 0 for speed (benchmarks measure the default, 10). */
  keyboardDelay: number;
}

export type TypingResponse = { id: number; ok: true } | { id: number; ok: false; error: string };

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

function perform(r: Robot, actions: KeyAction[]): void {
  for (const action of actions) {
    if (action.kind === 'text') {
      if (action.text) r.typeString(action.text);
      continue;
    }
    if (action.kind === 'toggle') {
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
    reply = { id: message.id, ok: false, error: errorMessage(e) };
  }
  process.send?.(reply);
});
// The parent went away: nothing left to type for.
process.on('disconnect', () => process.exit(0));
