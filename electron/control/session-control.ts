// What each `voskey control` action does to a dictation session: the same intents as the
// hotkey (press and release in hold mode, a press in toggle mode), so a compositor key
// binding drives the app or `voskey dictate` exactly as Voskey's own hotkey would.
import type { DictationSession } from '../dictation/session.js';
import type { ControlAction } from './control-protocol.js';

export type ControlledSession = Pick<DictationSession, 'start' | 'stop' | 'toggle' | 'cancel' | 'state'>;

/** Applies the action; returns the dictation state after it, for the reply. */
export function controlSession(session: ControlledSession, action: ControlAction): string {
  if (action === 'begin') session.start();
  else if (action === 'end') session.stop();
  else if (action === 'toggle') session.toggle();
  else session.cancel();
  return session.state.status;
}
