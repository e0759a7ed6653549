// A real window manager on a test display: openbox, small and in Debian. Without one there
// is no _NET_ACTIVE_WINDOW, so `xdotool getactivewindow` (the focus probe's first choice)
// answers nothing, new windows do not take the focus, and clicks do not raise windows:
// tests of "the focus moved" need it to behave as a desktop does.
import { spawn } from 'node:child_process';
import { runCommand } from '../../electron/desktop/run-command.js';
import { isOnPath } from '../../electron/desktop/find-executable.js';

export interface WindowManager {
  stop(): Promise<void>;
}

/** Starts openbox on env.DISPLAY and waits until it manages the screen; the skip reason when it cannot run. */
export async function startWindowManager(env: NodeJS.ProcessEnv): Promise<WindowManager | string> {
  if (!isOnPath('openbox', env)) return 'openbox is not installed (apt-get install openbox; .ci/run installs it)';
  const proc = spawn('openbox', ['--sm-disable'], { env, stdio: 'ignore' });
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  };
  // EWMH: a window manager announces itself with _NET_SUPPORTING_WM_CHECK on the root window.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const r = await runCommand('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env }).catch(() => undefined);
    if (r?.code === 0 && /window id #/.test(r.stdout.toString())) return { stop };
    if (proc.exitCode !== null) break;
    await new Promise((res) => setTimeout(res, 50));
  }
  await stop();
  return 'openbox did not start on this display';
}
