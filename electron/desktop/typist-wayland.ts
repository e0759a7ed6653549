// Typist for Wayland sessions, where robotjs and xclip cannot reach other applications'
// windows: wtype or ydotool type the text directly (no clipboard, no window probe).
import { chooseWaylandTool, WAYLAND_INSTALL_HINT, waylandCommands, type WaylandTool } from './display-session.js';
import { runCommand } from './run-command.js';
import type { TypingActivity } from './typing-activity.js';
import { serialised, validateEdit, type Typist, type TypingEdit, type TypingReport } from './typist.js';

export function createWaylandTypist(options: {
  env: NodeJS.ProcessEnv;
  installed: (tool: WaylandTool) => boolean;
  activity?: TypingActivity;
}): Typist {
  async function apply(edit: TypingEdit): Promise<TypingReport> {
    const invalid = validateEdit(edit);
    if (invalid) return { method: 'none', refused: invalid };
    if (edit.backspaces === 0 && edit.text === '' && !edit.append && !edit.keys?.length) return { method: 'none' };
    const tool = chooseWaylandTool(options.installed);
    if (!tool) return { method: 'none', refused: WAYLAND_INSTALL_HINT };
    const end = options.activity?.begin();
    try {
      for (const { argv: [command, ...args], stdin } of waylandCommands(tool, edit)) {
        const r = await runCommand(command!, args, { env: options.env, timeoutMs: 30_000, ...(stdin !== undefined ? { input: stdin } : {}) });
        if (r.code !== 0) return { method: 'none', refused: `${command} failed: ${r.stderr.trim() || `exit ${r.code}`}` };
      }
    } finally {
      end?.();
    }
    return { method: 'wayland' };
  }
  return { apply: serialised(apply), close: async () => {} };
}
