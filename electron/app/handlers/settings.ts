// settings:* — read and change settings, and test a server address before saving it.
import type { SettingsService } from '../../settings/service.js';
import { errorMessage } from '../../common/error-message.js';
import { probeServer } from '../../vosk/probe.js';
import type { ShellHandlers } from './page-handlers.js';

const TEST_CONNECTION_TIMEOUT_MS = 10_000;

/** `builtinEngineUrl`: the built-in engine's address, starting it (what "no server" tests). */
export function settingsHandlers(
  settings: SettingsService,
  builtinEngineUrl: () => Promise<string>,
) {
  return {
    'settings:get': () => settings.getPublic(),
    'settings:update': (patch) => {
      if (typeof patch !== 'object' || patch === null) throw new Error('settings:update needs an object of changes.');
      return settings.update(patch);
    },
    'settings:test-connection': async (url: string, token?: string) => {
      if (typeof url !== 'string') return { ok: false, problem: 'bad-url', detail: 'The server address is missing.' };
      const current = settings.get();
      if (url.trim() === '') {
        // No server: test the built-in engine instead, the one dictation would use.
        try {
          url = await builtinEngineUrl();
        } catch (error) {
          return { ok: false, problem: 'error', detail: `The built-in engine cannot start: ${errorMessage(error)}` };
        }
      }
      // A page never sees the stored token: when it sends none, test with the stored one
      // if the address is the saved server's.
      const useToken = typeof token === 'string' && token !== '' ? token : url === current.server.url ? settings.getToken() : undefined;
      return probeServer(url, useToken, TEST_CONNECTION_TIMEOUT_MS, current.server.allowInsecureRemote);
    },
  } satisfies Partial<ShellHandlers>;
}
