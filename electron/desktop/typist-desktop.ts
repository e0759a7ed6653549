// Builds the typist the platform plan (platform/desktop-platform.ts) asks for: keystrokes
// (SendInput on Windows, robotjs on macOS and X11) + clipboard paste (the focused-window
// probe to recognise terminals), the same with wtype/ydotool keys on Wayland
// (typist-wayland.ts), or a refusal with the reason when there
// is no desktop. Every typist is guarded the same way (typist-guard.ts).
import type { Clipboard } from './clipboard.js';
import { createXclipClipboard } from './clipboard-xclip.js';
import { createWin32Clipboard } from './clipboard-win32.js';
import { isOnPath } from './find-executable.js';
import type { KeySender } from './key-sender.js';
import { currentPlatformPlan, type PlatformPlan } from './platform/desktop-platform.js';
import { createFocusProbe } from './platform/focus-probe.js';
import type { ActiveWindowProbe } from './active-window.js';
import { createRobotKeySender } from './robot-key-sender.js';
import { createWin32KeySender } from './win32-key-sender.js';
import type { TypingActivity } from './typing-activity.js';
import { guardTypist, type TypingGuards } from './typist-guard.js';
import { createTypist, type Typist, type TypingSettings } from './typist.js';
import { createWaylandTypist } from './typist-wayland.js';
import type { LogSink } from '../logging/log.js';

export interface DesktopTypistOptions extends TypingGuards {
  /** The system to type on; the one this process runs on when not given. */
  plan?: PlatformPlan;
  /** The shell's clipboard (Electron's, electron-clipboard.ts); see platformClipboard. */
  clipboard?: Clipboard;
  activity?: TypingActivity;
  env?: NodeJS.ProcessEnv;
  /** What presses keys; the plan's (SendInput on Windows, robotjs in a worker elsewhere) when not given. */
  keys?: KeySender;
  /** Which Wayland programs (wtype, ydotool, wl-copy) are installed; looked up on PATH when not given. */
  waylandToolInstalled?: (program: string) => boolean;
  log?: LogSink;
  /** Which window has the focus (terminal paste keys); the plan's probe when not given. */
  activeWindow?: ActiveWindowProbe;
}

export const NO_CLIPBOARD_MESSAGE = 'no clipboard: Voskey pastes through Electron\'s clipboard on this system';

/**
 * The clipboard for typing and "copy": the shell's wherever Electron runs; outside
 * Electron xclip on X11, user32's CF_UNICODETEXT on Windows, and elsewhere one that
 * explains why it cannot work.
 */
export function platformClipboard(plan: PlatformPlan, shellClipboard: Clipboard | undefined, env: NodeJS.ProcessEnv): Clipboard {
  if (shellClipboard) return shellClipboard;
  if (plan.clipboard === 'shell-or-xclip') return createXclipClipboard(env);
  if (plan.clipboard === 'shell-or-win32') return createWin32Clipboard();
  const fail = () => Promise.reject(new Error(NO_CLIPBOARD_MESSAGE));
  return { read: fail, readText: fail, writeText: fail, restore: fail };
}

export function createDesktopTypist(settings: TypingSettings | (() => TypingSettings), options: DesktopTypistOptions): Typist {
  const env = options.env ?? process.env;
  const plan = options.plan ?? currentPlatformPlan(env);
  const activity = options.activity;
  const guards: TypingGuards = {
    ownWindowFocused: () => options.ownWindowFocused(),
    ...(options.beforeTyping ? { beforeTyping: () => options.beforeTyping!() } : {}),
  };
  switch (plan.typing) {
    case 'wayland-tools':
      return guardTypist(
        createWaylandTypist(settings, {
          env,
          installed: options.waylandToolInstalled ?? ((program) => isOnPath(program, env)),
          ...(options.clipboard ? { clipboard: options.clipboard } : {}),
          activeWindow: options.activeWindow ?? createFocusProbe(plan.focusProbe, env),
          ...(activity ? { activity } : {}),
          ...(options.log ? { log: options.log } : {}),
        }),
        guards,
      );
    case 'robotjs':
    case 'sendinput':
      return guardTypist(
        createTypist(settings, {
          clipboard: platformClipboard(plan, options.clipboard, env),
          keys: options.keys ?? (plan.typing === 'sendinput' ? createWin32KeySender() : createRobotKeySender({ env })),
          activeWindow: options.activeWindow ?? createFocusProbe(plan.focusProbe, env),
          pasteChords: plan.pasteChords,
          wordModifier: plan.wordModifier,
          ...(activity ? { activity } : {}),
          ...(options.log ? { log: options.log } : {}),
        }),
        guards,
      );
    case 'refuse': {
      const refused = plan.noTypingReason ?? 'typing is not possible on this system';
      return { apply: async () => ({ method: 'none', refused }), close: async () => {} };
    }
  }
}
