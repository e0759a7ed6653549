// The overlay's state, the transcript window's start/stop button, and the settings page's
// microphone list (asked of the capture page, which alone may enumerate devices).
import type { DictationSession } from '../../dictation/session.js';
import type { DeviceListRequests } from '../device-list.js';
import type { ShellHandlers } from './page-handlers.js';

export function dictationHandlers(
  session: Pick<DictationSession, 'state' | 'toggle'>,
  devices: Pick<DeviceListRequests, 'list'>,
) {
  return {
    'overlay:get-state': () => session.state,
    'dictation:toggle': () => session.toggle(),
    'audio:list-devices': () => devices.list(),
  } satisfies Partial<ShellHandlers>;
}
