// uiohook-napi aborts the whole process (no exception) without an X display or without the
// X RECORD extension, so on X11 we check both before starting the hook worker. Only the
// platform layer's linux-x11 plan runs this (platform/permission-guards.ts); Windows and
// macOS need no display, and Wayland uses the toggle shortcut.
import { runCommand, CommandMissingError } from './run-command.js';

export type HookAvailability = { ok: true } | { ok: false; reason: string };

export async function checkHookAvailability(env: NodeJS.ProcessEnv): Promise<HookAvailability> {
  if (!env.DISPLAY) {
    return {
      ok: false,
      reason: 'hold-to-talk needs an X11 display and DISPLAY is not set (on Wayland use the toggle shortcut instead)',
    };
  }
  try {
    const r = await runCommand('xdpyinfo', ['-queryExtensions'], { env });
    if (r.code !== 0) return { ok: false, reason: `cannot open the X display ${env.DISPLAY}: ${r.stderr.trim().split('\n')[0]}` };
    if (!/^\s*RECORD\b/m.test(r.stdout.toString())) {
      return { ok: false, reason: `the X server on ${env.DISPLAY} has no RECORD extension, which hold-to-talk needs to see key releases` };
    }
    return { ok: true };
  } catch (e) {
    // Without xdpyinfo we cannot look; the worker still protects the app if the hook aborts.
    if (e instanceof CommandMissingError) return { ok: true };
    throw e;
  }
}
