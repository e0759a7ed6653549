// One Voskey per user: a second launch (e.g. from the app menu while it sits in the tray)
// hands over to the running one, which opens its settings, instead of fighting over the
// hotkey and the microphone.
import { app } from 'electron';

/** True when this process is the one instance; false means quit now. */
export function claimSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => onSecondLaunch());
  return true;
}
