// Starts a private headless sway session for tests that need a real Wayland compositor:
// wtype's virtual keyboard, wl-copy's clipboard, sway's IPC and key bindings. What
// xvfb.ts is for X11. Measured recipe (GUIDE section 5): sway 1.7 refuses to run as root
// ("Unable to drop root"), so it runs as nobody (uid 65534) with the headless wlroots
// backend, no input devices and the pixman renderer, in a private XDG_RUNTIME_DIR owned by
// that user; clients (foot, Chromium, wtype, swaymsg) may then run as root with that
// directory and WAYLAND_DISPLAY. Ready in 0.1–0.2 s.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NOBODY = 65534;

/** argv that runs `argv` as the user sway runs as (nobody), as a binding's `exec` would. */
export function asSessionUser(argv: string[]): string[] {
  return ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...argv];
}

export interface SwaySession {
  /** process.env for clients: XDG_RUNTIME_DIR, WAYLAND_DISPLAY, SWAYSOCK; DISPLAY removed. */
  env: NodeJS.ProcessEnv;
  /** A directory every process of the session (sway's `exec` too) can write to. */
  dir: string;
  /**
   * The environment of a process run as the session's user (asSessionUser), as sway gives
   * its `exec` commands: its own XDG_RUNTIME_DIR (owned by that user), HOME in `dir`.
   */
  userEnv: Record<string, string>;
  /** Runs swaymsg with these arguments; returns its stdout (throws on failure). */
  swaymsg(...args: string[]): string;
  stop(): Promise<void>;
}

export interface SwayOptions {
  /** Extra lines for sway's config (key bindings), given the session's shared folder (`dir`). */
  config?: string | ((dir: string) => string);
}

/** Why a sway test cannot run here, or undefined when it can. */
export function swayUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'headless sway runs on Linux only';
  for (const tool of ['sway', 'swaymsg', 'setpriv']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed (apt install sway)`;
  }
  if (process.getuid?.() !== 0) return 'starting sway as another user (nobody) needs root, as in CI';
  return undefined;
}

export async function startSway(options: SwayOptions = {}): Promise<SwaySession> {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-sway-'));
  const runtime = join(dir, 'runtime');
  const shared = join(dir, 'shared');
  for (const d of [runtime, shared]) {
    spawnSync('mkdir', [d]);
    chownSync(d, NOBODY, NOBODY);
  }
  chmodSync(dir, 0o755);
  chmodSync(runtime, 0o700);
  chmodSync(shared, 0o777);
  const config = join(dir, 'sway.conf');
  // One 1280x800 output; new windows take the focus (sway's default), so each target opened
  // is the focused one until another opens or focus is moved through IPC.
  const extra = typeof options.config === 'function' ? options.config(shared) : (options.config ?? '');
  writeFileSync(config, `output HEADLESS-1 resolution 1280x800\n${extra}\n`, { mode: 0o644 });
  const proc: ChildProcess = spawn('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'sway', '-c', config], {
    env: {
      PATH: process.env.PATH,
      HOME: shared,
      XDG_RUNTIME_DIR: runtime,
      WLR_BACKENDS: 'headless',
      WLR_LIBINPUT_NO_DEVICES: '1',
      WLR_RENDERER: 'pixman',
    },
    stdio: 'ignore',
  });
  const stopProcess = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const names = await waitForSockets(runtime, proc);
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_RUNTIME_DIR: runtime, WAYLAND_DISPLAY: names.wayland, SWAYSOCK: join(runtime, names.ipc) };
    delete env.DISPLAY;
    delete env.HYPRLAND_INSTANCE_SIGNATURE;
    const swaymsg = (...args: string[]): string => {
      const r = spawnSync('swaymsg', args, { env, encoding: 'utf8', timeout: 5000 });
      if (r.status !== 0) throw new Error(`swaymsg ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
      return r.stdout;
    };
    swaymsg('-t', 'get_version');
    const userEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: shared, XDG_RUNTIME_DIR: runtime, WAYLAND_DISPLAY: names.wayland, SWAYSOCK: join(runtime, names.ipc) };
    return { env, dir: shared, userEnv, swaymsg, stop: stopProcess };
  } catch (e) {
    await stopProcess();
    throw e;
  }
}

// sway creates its IPC socket and wlroots the wayland-N socket in XDG_RUNTIME_DIR.
async function waitForSockets(runtime: string, proc: ChildProcess): Promise<{ wayland: string; ipc: string }> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`sway exited at start (code ${proc.exitCode})`);
    const names = existsSync(runtime) ? readdirSync(runtime) : [];
    const wayland = names.find((n) => /^wayland-\d+$/.test(n));
    const ipc = names.find((n) => n.startsWith('sway-ipc.') && n.endsWith('.sock'));
    if (wayland && ipc) return { wayland, ipc };
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('sway did not create its sockets within 10 s');
}
