// Start-at-login on Linux: Electron's app.setLoginItemSettings works on macOS and Windows
// only, so on Linux we write (or remove) an XDG autostart entry,
// ~/.config/autostart/voskey.desktop. Plain Node, tested on a temp directory.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function autostartDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart');
}

/** Quote an argument for a desktop entry's Exec key (freedesktop spec: double quotes, escapes). */
function quoteExecArg(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
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
    writeFileSync(file, desktopEntry(command));
  } else {
    rmSync(file, { force: true });
  }
}

export function isAutostartEnabled(dir: string = autostartDir()): boolean {
  const file = join(dir, 'voskey.desktop');
  return existsSync(file) && !/X-GNOME-Autostart-enabled=false/.test(readFileSync(file, 'utf8'));
}
