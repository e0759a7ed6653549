// Start-at-login on Linux: Electron's app.setLoginItemSettings works on macOS and Windows
// only, so on Linux we write (or remove) an XDG autostart entry,
// ~/.config/autostart/voskey.desktop. Plain Node, tested on a temp directory.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileDurablySync } from '../common/durable-write.js';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function autostartDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart');
}

/**
 * One argument of a desktop entry's Exec key, as the Desktop Entry Specification 1.5, "The
 * Exec key" (specifications.freedesktop.org/desktop-entry-spec/latest/exec-variables.html)
 * requires, in its three layers:
 * - quoting: an argument with reserved characters goes in double quotes, with `"`, `` ` ``,
 *   `$` and `\` escaped by a backslash;
 * - the string-value escape rule (`\\` for a backslash) is applied *before* the quoting rule
 *   when the file is read, so every backslash of the quoted form is doubled in the file
 *   ("a literal dollar sign in a quoted argument … is unambiguously represented with \\$");
 * - "Literal percentage characters must be escaped as %%" (field codes like %f start with %),
 *   quoted or not: a checkout at ~/100%/voskey would otherwise be cut at a field code.
 */
export function quoteExecArg(arg: string): string {
  const quoted = /^[\w@%+=:,./-]+$/.test(arg) ? arg : `"${arg.replace(/(["`$\\])/g, '\\$1').replace(/\\/g, '\\\\')}"`;
  return quoted.replace(/%/g, '%%');
}

export function desktopEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Voskey',
    'Comment=Hold a hotkey, speak, and your words are typed',
    `Exec=${command.map(quoteExecArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function setAutostart(enabled: boolean, command: readonly string[], dir: string = autostartDir()): void {
  const file = join(dir, 'voskey.desktop');
  if (enabled) {
    mkdirSync(dir, { recursive: true });
    // Verified and renamed into place: a half-written entry is one the desktop may refuse or misread.
    writeFileDurablySync(file, desktopEntry(command));
  } else {
    rmSync(file, { force: true });
  }
}

export function isAutostartEnabled(dir: string = autostartDir()): boolean {
  const file = join(dir, 'voskey.desktop');
  return existsSync(file) && !/X-GNOME-Autostart-enabled=false/.test(readFileSync(file, 'utf8'));
}
