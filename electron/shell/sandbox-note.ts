// The AppImage on Ubuntu 23.10 and later: electron-builder's AppRun starts Voskey with
// --no-sandbox when unprivileged user namespaces are blocked (`unshare -Ur true` fails;
// app-builder-lib out/targets/appimage/appImageUtil.js), because Chromium would otherwise
// abort before any of our code runs (see scripts/linux-sandbox.js). Voskey then runs, but
// without Chromium's sandbox; say so once, with the two ways to get it back, and log it at
// every start. Plain Node; main.ts passes the facts.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurablySync } from '../common/durable-write.js';

export interface SandboxFacts {
  platform: NodeJS.Platform;
  appImage: string | undefined;
  noSandbox: boolean;
  /** Where the "told once" marker lives (userData). */
  dataDir: string;
}

export const SANDBOX_NOTE_MARKER = 'sandbox-note-shown';

export function appImageSandboxNote(facts: SandboxFacts): { message: string; firstTime: boolean } | null {
  if (facts.platform !== 'linux' || !facts.appImage || !facts.noSandbox) return null;
  const message =
    'Voskey is running without Chromium\'s sandbox: this system blocks unprivileged user namespaces ' +
    '(AppArmor on Ubuntu 23.10 and later), so the AppImage could not start with it. ' +
    'To keep the sandbox, install the .deb package (it adds an AppArmor profile), ' +
    'or add the AppArmor profile shown in Voskey\'s README ("Linux sandbox").';
  const marker = join(facts.dataDir, SANDBOX_NOTE_MARKER);
  const firstTime = !existsSync(marker);
  if (firstTime) {
    try {
      mkdirSync(facts.dataDir, { recursive: true });
      writeFileDurablySync(marker, `${new Date().toISOString()}\n`);
    } catch {
      // Could not remember it: the note shows again next time, which is harmless.
    }
  }
  return { message, firstTime };
}
