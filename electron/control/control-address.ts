// Where this user's running Voskey listens for `voskey control`: a Unix socket in a folder
// only this user can enter (XDG_RUNTIME_DIR/voskey, which systemd-logind makes per user
// and mode 0700; without it a folder of our own in the temp folder, checked to be ours and
// private before use, since /tmp is shared and someone else could have made it first), or
// on Windows a named pipe named after the user (\\.\pipe\voskey-<user>, docs/api/net.md
// "Identifying paths for IPC connections").
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface ControlAddress {
  /** The socket path or pipe name to listen on and connect to. */
  path: string;
  /** The private folder that holds the socket (not on Windows). */
  dir?: string;
}

export class ControlAddressError extends Error {}

export function controlAddress(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = process.platform): ControlAddress {
  if (os === 'win32') return { path: `\\\\.\\pipe\\voskey-${safeName(env.USERNAME ?? userInfo().username)}` };
  const uid = process.getuid?.() ?? 0;
  const dir = env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'voskey') : join(tmpdir(), `voskey-${uid}`);
  return { path: join(dir, 'control.sock'), dir };
}

/**
 * Makes the socket's folder (mode 0700) if it is missing and checks it is a real folder of
 * this user that nobody else can enter; throws ControlAddressError saying what is wrong.
 */
export function preparePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  const uid = process.getuid?.();
  if (!stat.isDirectory()) throw new ControlAddressError(`${dir} is not a folder (a link or a file is there); remove it`);
  if (uid !== undefined && stat.uid !== uid) throw new ControlAddressError(`${dir} belongs to another user; remove it or set XDG_RUNTIME_DIR`);
  if ((stat.mode & 0o077) !== 0) throw new ControlAddressError(`${dir} can be entered by other users (mode ${(stat.mode & 0o777).toString(8)}); make it 700`);
}

/** A pipe name may not hold a backslash; anything unusual in a user name becomes "_". */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_') || 'user';
}
