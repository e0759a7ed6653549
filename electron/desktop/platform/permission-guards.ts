// The permission checks a platform plan names, run at the moment they guard: before typing,
// before starting the keyboard hook, before opening the microphone. The system calls are
// passed in (Electron's systemPreferences from the shell, koffi on Windows, fakes in tests).
import { checkHookAvailability, type HookAvailability } from '../hook-availability.js';
import type { PermissionCheck, PlatformPlan } from './desktop-platform.js';
import { MAC_ACCESSIBILITY_MESSAGE, microphoneDeniedMessage } from './permission-messages.js';
import { createWindowsElevationProbe, uipiRefusal, type ElevationProbe } from './windows-elevation.js';
import { errorMessage } from '../../common/error-message.js';
import type { LogSink } from '../../logging/log.js';

/** What the shell can ask the system (Electron's systemPreferences); absent outside Electron. */
export interface SystemPermissions {
  /** systemPreferences.isTrustedAccessibilityClient(prompt), macOS. */
  isTrustedAccessibilityClient?(prompt: boolean): boolean;
  /** systemPreferences.getMediaAccessStatus('microphone'), macOS and Windows. */
  microphoneStatus?(): string;
  /** systemPreferences.askForMediaAccess('microphone'), macOS. */
  askForMicrophone?(): Promise<boolean>;
}

export interface GuardDeps {
  env: NodeJS.ProcessEnv;
  permissions?: SystemPermissions | undefined;
  /** Windows only; created lazily when not given (koffi + user32/advapi32). */
  foregroundElevation?: ElevationProbe | undefined;
  /** The X11 DISPLAY + RECORD check; hook-availability.ts when not given. */
  x11HookCheck?: ((env: NodeJS.ProcessEnv) => Promise<HookAvailability>) | undefined;
  log?: LogSink | undefined;
}

export interface PlatformGuards {
  /** A refusal to show instead of typing, or undefined to go ahead. */
  beforeTyping(): Promise<string | undefined>;
  /** Whether the keyboard hook may start here, and why not. */
  beforeHook(): Promise<HookAvailability>;
  /** A refusal instead of opening the microphone, or undefined to go ahead. */
  beforeCapture(): Promise<string | undefined>;
}

export function createPlatformGuards(plan: PlatformPlan, deps: GuardDeps): PlatformGuards {
  const permissions = deps.permissions ?? {};
  let accessibilityAsked = false;
  let microphoneAsked = false;
  let elevation: ElevationProbe | null | undefined = deps.foregroundElevation;

  function foregroundElevation(): ElevationProbe | null {
    if (elevation !== undefined) return elevation;
    try {
      // Created on first use, so no other platform ever tries to load user32.dll.
      elevation = createWindowsElevationProbe();
    } catch (error) {
      deps.log?.warn(`cannot check the focused window's elevation: ${errorMessage(error)}`);
      elevation = null;
    }
    return elevation;
  }

  const checks: Record<PermissionCheck, () => Promise<string | undefined>> = {
    async 'mac-accessibility'() {
      // AXIsProcessTrustedWithOptions underneath, with kAXTrustedCheckOptionPrompt = prompt
      // (Electron 41, shell/browser/api/electron_api_system_preferences_mac.mm).
      const isTrusted = permissions.isTrustedAccessibilityClient;
      if (!isTrusted || isTrusted(false)) return undefined;
      // Ask once per run: `true` shows macOS's own prompt that leads to the right pane.
      if (!accessibilityAsked) {
        accessibilityAsked = true;
        if (isTrusted(true)) return undefined;
      }
      return MAC_ACCESSIBILITY_MESSAGE;
    },
    async 'mac-microphone'() {
      const status = permissions.microphoneStatus?.();
      if (status === undefined || status === 'granted') return undefined;
      if (status === 'not-determined' && permissions.askForMicrophone && !microphoneAsked) {
        microphoneAsked = true;
        if (await permissions.askForMicrophone().catch(() => false)) return undefined;
      }
      return microphoneDeniedMessage(plan.kind);
    },
    async 'windows-microphone-setting'() {
      // Electron 41 maps DeviceAccessStatus DeniedByUser → 'denied' and DeniedBySystem (a
      // policy) → 'restricted' (shell/browser/api/electron_api_system_preferences_win.cc).
      const status = permissions.microphoneStatus?.();
      return status === 'denied' || status === 'restricted' ? microphoneDeniedMessage(plan.kind) : undefined;
    },
    async 'windows-foreground-elevation'() {
      const probe = foregroundElevation();
      if (!probe) return undefined;
      try {
        return uipiRefusal(probe());
      } catch (error) {
        deps.log?.warn(`the elevation check failed: ${errorMessage(error)}`);
        return undefined;
      }
    },
  };

  async function firstRefusal(list: PermissionCheck[]): Promise<string | undefined> {
    for (const check of list) {
      const refusal = await checks[check]();
      if (refusal) return refusal;
    }
    return undefined;
  }

  return {
    beforeTyping: () => firstRefusal(plan.checks.beforeTyping),
    beforeCapture: () => firstRefusal(plan.checks.beforeCapture),
    async beforeHook(): Promise<HookAvailability> {
      if (plan.hotkey === 'toggle-shortcut') return { ok: false, reason: plan.noHookReason ?? 'no keyboard hook on this system' };
      const refusal = await firstRefusal(plan.checks.beforeHook);
      if (refusal) return { ok: false, reason: refusal };
      // Only X11 can abort uiohook for want of a display or the RECORD extension.
      if (plan.hotkey === 'uiohook-after-x11-check') return (deps.x11HookCheck ?? checkHookAvailability)(deps.env);
      return { ok: true };
    },
  };
}
