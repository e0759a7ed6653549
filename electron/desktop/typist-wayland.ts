// Typist for Wayland sessions, where robotjs and xclip cannot reach other applications'
// windows. It is the same typist as everywhere (typist.ts: ASCII as keystrokes, the rest
// and long text pasted, terminals pasted into with Ctrl+Shift+V), with Wayland parts: keys
// through wtype or ydotool (wayland-key-tool.ts picks per compositor), the shell's
// clipboard or wl-clipboard, and the compositor's own IPC to name the focused window.
// Where no tool can press keys, the text is left on the clipboard and the user is told how
// to paste it and what to install: nothing said is lost.
import type { ActiveWindowProbe } from './active-window.js';
import { createWaylandActiveWindowProbe } from './active-window-wayland.js';
import type { Clipboard } from './clipboard.js';
import { createWaylandClipboard } from './clipboard-wayland.js';
import { LINUX_PASTE_CHORDS } from './paste-keys.js';
import type { TypingActivity } from './typing-activity.js';
import { createTypist, serialised, validateEdit, type Typist, type TypingEdit, type TypingReport, type TypingSettings } from './typist.js';
import type { PasteTiming } from './typist-paste.js';
import { detectCompositor } from './wayland-compositor.js';
import { createWaylandKeySender } from './wayland-key-sender.js';
import { chooseWaylandKeyTool, ydotoolSocket, type WaylandTool } from './wayland-key-tool.js';
import type { LogSink } from '../logging/log.js';
import { errorMessage } from '../common/error-message.js';

export interface WaylandTypistOptions {
  env: NodeJS.ProcessEnv;
  /** Whether a program (wtype, ydotool, wl-copy) is on PATH. */
  installed: (program: string) => boolean;
  /** ydotoold's socket; looked up (ydotoolSocket) when not given. */
  ydotoolSocket?: string | undefined;
  /** The shell's clipboard; wl-clipboard when not given and installed. */
  clipboard?: Clipboard;
  /** Names the focused window (terminals paste with Ctrl+Shift+V); the compositor's IPC when not given. */
  activeWindow?: ActiveWindowProbe;
  activity?: TypingActivity;
  pasteTiming?: Partial<PasteTiming>;
  log?: LogSink;
}

export const WL_CLIPBOARD_HINT = 'Pasting on Wayland needs wl-clipboard (`sudo apt install wl-clipboard`).';

export function createWaylandTypist(settings: TypingSettings | (() => TypingSettings), options: WaylandTypistOptions): Typist {
  const { env } = options;
  const compositor = detectCompositor(env);
  const socket = 'ydotoolSocket' in options ? options.ydotoolSocket : ydotoolSocket(env);
  const clipboard = options.clipboard ?? (options.installed('wl-copy') ? createWaylandClipboard(env) : undefined);
  const activeWindow = options.activeWindow ?? createWaylandActiveWindowProbe(env);
  const build = (wtypeRefused: boolean): { typist: Typist; tool: WaylandTool | undefined } => {
    const choice = chooseWaylandKeyTool({ compositor, installed: options.installed, ydotoolSocket: socket, wtypeRefused });
    if (!choice.tool) return { typist: clipboardOnlyTypist(clipboard, choice.reason), tool: undefined };
    // ydotool finds a daemon listening elsewhere than its compiled-in default through this.
    const toolEnv = choice.tool === 'ydotool' && socket && !env.YDOTOOL_SOCKET ? { ...env, YDOTOOL_SOCKET: socket } : env;
    const typist = createTypist(settings, {
      clipboard: clipboard ?? missingClipboard(),
      keys: createWaylandKeySender(choice.tool, toolEnv),
      activeWindow,
      pasteChords: LINUX_PASTE_CHORDS,
      ...(options.activity ? { activity: options.activity } : {}),
      ...(options.pasteTiming ? { pasteTiming: options.pasteTiming } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    return { typist, tool: choice.tool };
  };
  let current = build(false);
  // A compositor we took to have the virtual-keyboard protocol may not (wtype says so
  // before it types anything): from then on the next choice types, this edit included.
  async function apply(edit: TypingEdit): Promise<TypingReport> {
    try {
      return await current.typist.apply(edit);
    } catch (error) {
      if (current.tool !== 'wtype' || !WTYPE_REFUSED.test(errorMessage(error))) throw error;
      options.log?.warn(`wtype cannot type here (${errorMessage(error)}); falling back`);
      const refused = current.typist;
      current = build(true);
      await refused.close();
      return current.typist.apply(edit);
    }
  }
  return { apply: serialised(apply), close: () => current.typist.close() };
}

/** wtype's words when the compositor lacks zwp_virtual_keyboard_v1 (atx/wtype main.c). */
const WTYPE_REFUSED = /does not support the virtual keyboard protocol/;

function missingClipboard(): Clipboard {
  const fail = () => Promise.reject(new Error(WL_CLIPBOARD_HINT));
  return { read: fail, readText: fail, writeText: fail, restore: fail };
}

/**
 * No key tool: each edit's new text goes on the clipboard, so the user can paste it, and
 * the report says so. Corrections (BackSpaces, caret moves, key commands) cannot be made.
 */
function clipboardOnlyTypist(clipboard: Clipboard | undefined, reason: string): Typist {
  async function apply(edit: TypingEdit): Promise<TypingReport> {
    const invalid = validateEdit(edit);
    if (invalid) return { method: 'none', refused: invalid };
    const text = edit.text + (edit.append ?? '');
    if (text === '') return { method: 'none', ...(edit.backspaces || edit.keys?.length ? { refused: reason } : {}) };
    if (!clipboard) return { method: 'none', refused: `${reason} ${WL_CLIPBOARD_HINT}` };
    try {
      await clipboard.writeText(text);
    } catch (error) {
      return { method: 'none', refused: `${reason} The text could not be put on the clipboard either: ${errorMessage(error)}` };
    }
    return { method: 'none', refused: `${reason} The text is on the clipboard: paste it with Ctrl+V (Ctrl+Shift+V in a terminal).` };
  }
  return { apply: serialised(apply), close: async () => {} };
}
