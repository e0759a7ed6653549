// What the user reads when the system holds something back, in words that say where to fix it.
import type { PlatformKind } from './desktop-platform.js';

export const MAC_ACCESSIBILITY_MESSAGE =
  'Voskey needs the Accessibility permission to type for you and to hear the hotkey. Open System Settings → ' +
  'Privacy & Security → Accessibility, switch Voskey on (add it with + if it is not listed), then restart Voskey.';

// askForMediaAccess's docs: a permission changed later in System Settings needs a restart
// of the app to take effect (electron docs/api/system-preferences.md).
export const MAC_MICROPHONE_DENIED =
  'Microphone access was denied: open System Settings → Privacy & Security → Microphone, switch Voskey on, ' +
  'then restart Voskey.';

export const WINDOWS_MICROPHONE_DENIED =
  'Microphone access was denied: open Windows Settings → Privacy & security → Microphone and turn on ' +
  '"Microphone access" and "Let desktop apps access your microphone".';

const GENERIC_MICROPHONE_DENIED =
  'Microphone access was denied or the microphone is muted: check the mute switch, the input volume and the ' +
  'microphone chosen in your sound settings.';

/** The message when the microphone may not be used (or delivers only digital silence). */
export function microphoneDeniedMessage(kind: PlatformKind): string {
  if (kind === 'darwin') return MAC_MICROPHONE_DENIED;
  if (kind === 'win32') return WINDOWS_MICROPHONE_DENIED;
  return GENERIC_MICROPHONE_DENIED;
}

/**
 * A stream of exact zeros is not a quiet room (a live microphone always has a noise floor):
 * macOS hands out such a stream until the permission is granted, Windows when the privacy
 * switch is off, and a muted source does the same.
 */
export function silentMicrophoneMessage(kind: PlatformKind, seconds: number): string {
  return `The microphone sent only silence for ${seconds} s. ${microphoneDeniedMessage(kind)}`;
}
