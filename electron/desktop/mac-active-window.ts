// The frontmost application on macOS, from `lsappinfo` (/usr/bin/lsappinfo, Launch
// Services' own tool, `man lsappinfo`): `lsappinfo info -only bundleid -only name -only pid
// -app front` prints lines such as "CFBundleIdentifier"="com.apple.Terminal",
// "LSDisplayName"="Terminal", "pid"=412. Chosen over NSWorkspace through the Objective-C
// runtime (its frontmostApplication is only kept current by a run loop the calling thread
// may not have) and over AppleScript's System Events (it needs the Automation permission and
// prompts for it). It needs no permission. macOS names windows of other apps only with the
// Screen Recording permission, so the answer is per app: its pid is the id.
import { runCommand, type CommandResult } from './run-command.js';
import type { ActiveWindowInfo, ActiveWindowProbe } from './active-window.js';

export type RunTool = (command: string, args: string[]) => Promise<CommandResult>;

/** Parses lsappinfo's `"key"="value"` / `"key"=number` lines. */
export function parseLsappinfo(output: string): ActiveWindowInfo | undefined {
  const fields = new Map<string, string>();
  for (const m of output.matchAll(/^\s*"([^"]+)"\s*=\s*(?:"((?:[^"\\]|\\.)*)"|(\S+))\s*$/gm)) fields.set(m[1]!, m[2] ?? m[3] ?? '');
  const pid = Number(fields.get('pid'));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const name = fields.get('LSDisplayName') ?? fields.get('name');
  const bundle = fields.get('CFBundleIdentifier') ?? fields.get('bundleid');
  const names = [name, bundle].filter((n): n is string => !!n && n !== '[ NULL ]');
  return { id: pid, pid, wmClass: names, ...(names[0] ? { app: names[0] } : {}) };
}

export function createMacActiveWindowProbe(run: RunTool = (c, a) => runCommand(c, a)): ActiveWindowProbe {
  let problem: string | undefined;
  return {
    problem: () => problem,
    async current() {
      const r = await run('lsappinfo', ['info', '-only', 'bundleid', '-only', 'name', '-only', 'pid', '-app', 'front']).catch((e: Error) => {
        problem = `lsappinfo could not run (${e.message}), so the frontmost application cannot be known`;
        return undefined;
      });
      return r?.code === 0 ? parseLsappinfo(r.stdout.toString()) : undefined;
    },
  };
}
