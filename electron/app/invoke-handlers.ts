// The main side of every invoke channel in electron/ipc.ts, as plain functions over the
// core. The shell registers each with its IPC router (which has already checked the sender
// page); tests call them directly or through the page harness. Arguments come from a page:
// each handler checks what it is given.
import { writeFile } from 'node:fs/promises';
import type { Clipboard } from '../desktop/clipboard.js';
import type { TranscriptHistory } from '../dictation/history.js';
import type { DictationSession } from '../dictation/session.js';
import type { AudioDevice } from '../dictation/capture-types.js';
import type { InvokeChannels } from '../ipc.js';
import type { InvokeHandlersOf } from '../ipc-channel.js';
import { modelsHandlers } from '../models/handlers.js';
import type { ModelManager } from '../models/manager.js';
import type { EngineChoice } from '../models/types.js';
import type { SettingsService } from '../settings/service.js';
import { probeServer } from '../vosk/probe.js';
import { errorMessage } from '../common/error-message.js';

/** What the handlers use of the core: named here so this file does not import core.ts (which builds the handlers). */
export interface InvokeHandlerDeps {
  readonly settings: SettingsService;
  readonly history: TranscriptHistory;
  readonly clipboard: Clipboard;
  readonly session: Pick<DictationSession, 'state' | 'toggle'>;
  readonly models: ModelManager;
  readonly version: string;
  readonly log: { readonly file: string };
  builtinEngine(): EngineChoice;
  builtinEngineUrl(): Promise<string>;
  exportPath(defaultName: string): Promise<string | null>;
  listDevices(): Promise<AudioDevice[]>;
  finishFirstRun(): void;
}

export type InvokeHandlers = InvokeHandlersOf<InvokeChannels>;

const TEST_CONNECTION_TIMEOUT_MS = 10_000;

export function createInvokeHandlers(core: InvokeHandlerDeps): InvokeHandlers {
  return {
    'settings:get': () => core.settings.getPublic(),
    'settings:update': (patch) => {
      if (typeof patch !== 'object' || patch === null) throw new Error('settings:update needs an object of changes.');
      return core.settings.update(patch);
    },
    'settings:test-connection': async (url, token) => {
      if (typeof url !== 'string') return { ok: false, problem: 'bad-url', detail: 'The server address is missing.' };
      const settings = core.settings.get();
      if (url.trim() === '') {
        // No server: test the built-in engine instead, the one dictation would use.
        try {
          url = await core.builtinEngineUrl();
        } catch (error) {
          return { ok: false, problem: 'error', detail: `The built-in engine cannot start: ${errorMessage(error)}` };
        }
      }
      // A page never sees the stored token: when it sends none, test with the stored one
      // if the address is the saved server's.
      const useToken = typeof token === 'string' && token !== '' ? token : url === settings.server.url ? core.settings.getToken() : undefined;
      return probeServer(url, useToken, TEST_CONNECTION_TIMEOUT_MS, settings.server.allowInsecureRemote);
    },
    'history:list': (query) => core.history.list(typeof query === 'string' ? query : undefined),
    'history:delete': (id) => void core.history.delete(requireId(id)),
    'history:clear': () => void core.history.clear(),
    'history:copy': async (id) => {
      const entry = core.history.get(requireId(id));
      if (!entry) throw new Error('That transcript entry no longer exists.');
      await core.clipboard.writeText(entry.text);
    },
    'history:export': async (format) => {
      if (format !== 'txt' && format !== 'json') throw new Error('Export as txt or json.');
      const path = await core.exportPath(`voskey-transcript.${format}`);
      if (path === null) return { cancelled: true };
      await writeFile(path, core.history.export(format), 'utf8');
      return { path };
    },
    'history:archives': () => core.history.archives(),
    'history:export-archive': async (name, format) => {
      if (format !== 'txt' && format !== 'json') throw new Error('Export as txt or json.');
      const content = core.history.exportArchive(name, format); // refuses anything but an archive's name
      const path = await core.exportPath(`${name.replace(/\.json$/, '')}.${format}`);
      if (path === null) return { cancelled: true };
      await writeFile(path, content, 'utf8');
      return { path };
    },
    'overlay:get-state': () => core.session.state,
    'dictation:toggle': () => core.session.toggle(),
    'audio:list-devices': () => core.listDevices(),
    'app:info': () => ({ version: core.version, logFile: core.log.file, builtinEngine: core.builtinEngine() }),
    'first-run:finish': () => core.finishFirstRun(),
    // "Use" on a model in "Speech models…" is choosing Vosk: the next dictation runs that model.
    ...modelsHandlers(core.models, () => {
      core.settings.update({ engine: { kind: 'vosk' } });
    }),
  };
}

function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) throw new Error('A transcript entry id is required.');
  return id;
}
