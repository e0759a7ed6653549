// Which process runs the keyboard hook, from the platform plan and what the shell offers:
// a forked worker everywhere uiohook can run (the default host), except macOS, where only
// the app's main process works (key-hook-host.ts says why) and the shell must lend it.
import type { KeyHookHost } from '../key-hook-host.js';
import type { PlatformPlan } from './desktop-platform.js';

export type HookPlacement = { host: 'worker' } | { host: 'app-main'; run: KeyHookHost } | { refusal: string };

export const NO_APP_MAIN_HOOK_REASON =
  'on macOS the keyboard hook can only run inside the Voskey app itself (a helper process would freeze at the first key press)';

export function placeKeyHook(plan: Pick<PlatformPlan, 'hotkey'>, appMainHost: KeyHookHost | undefined): HookPlacement {
  if (plan.hotkey !== 'uiohook-in-app-main') return { host: 'worker' };
  return appMainHost ? { host: 'app-main', run: appMainHost } : { refusal: NO_APP_MAIN_HOOK_REASON };
}
