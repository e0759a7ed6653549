// Builds the typist for the session Voskey runs in: X11 (robotjs worker + clipboard +
// window probe), Wayland (wtype/ydotool), or none (refuses with the reason).
import { createX11ActiveWindowProbe, type ActiveWindowInfo } from './active-window.js';
import type { Clipboard } from './clipboard.js';
import { createXclipClipboard } from './clipboard-xclip.js';
import { detectSession } from './display-session.js';
import { isOnPath } from './find-executable.js';
import { createRobotKeySender } from './robot-key-sender.js';
import type { TypingActivity } from './typing-activity.js';
import { createTypist, type Typist, type TypingSettings } from './typist.js';
import { createWaylandTypist } from './typist-wayland.js';

export interface DesktopTypistOptions {
  isOwnWindow(info: ActiveWindowInfo): boolean;
  /** Defaults to xclip; the shell passes Electron's clipboard (electron-clipboard.ts). */
  clipboard?: Clipboard;
  activity?: TypingActivity;
  env?: NodeJS.ProcessEnv;
}

export function createDesktopTypist(settings: TypingSettings | (() => TypingSettings), options: DesktopTypistOptions): Typist {
  const env = options.env ?? process.env;
  const activity = options.activity;
  switch (detectSession(env)) {
    case 'wayland':
      return createWaylandTypist({ env, installed: (tool) => isOnPath(tool, env), ...(activity ? { activity } : {}) });
    case 'x11':
      return createTypist(settings, {
        clipboard: options.clipboard ?? createXclipClipboard(env),
        keys: createRobotKeySender({ env }),
        activeWindow: createX11ActiveWindowProbe(env),
        isOwnWindow: options.isOwnWindow,
        ...(activity ? { activity } : {}),
      });
    case 'none':
      return {
        apply: async () => ({ method: 'none', refused: 'no desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set)' }),
        close: () => {},
      };
  }
}
