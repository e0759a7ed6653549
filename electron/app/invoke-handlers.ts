// The main side of every invoke channel in electron/ipc.ts, composed from handler groups
// that each take only the parts they use (handlers/, models/handlers.ts). The shell
// registers each with its IPC router (which has already checked the sender page); tests
// call them directly or through the page harness. Missing a channel fails to compile.
import type { Clipboard } from '../desktop/clipboard.js';
import type { TranscriptHistory } from '../dictation/history.js';
import type { DictationSession } from '../dictation/session.js';
import { modelsHandlers } from '../models/handlers.js';
import type { ModelManager } from '../models/manager.js';
import type { FirstRun } from '../settings/first-run.js';
import type { SettingsService } from '../settings/service.js';
import type { DeviceListRequests } from './device-list.js';
import { appHandlers, type AppFacts } from './handlers/app.js';
import { dictationHandlers } from './handlers/dictation.js';
import { historyHandlers } from './handlers/history.js';
import type { ShellHandlers } from './handlers/page-handlers.js';
import { settingsHandlers } from './handlers/settings.js';

/** The parts the handler groups are built from; each group gets only its own. */
export interface HandlerParts {
  settings: SettingsService;
  history: TranscriptHistory;
  clipboard: Clipboard;
  session: Pick<DictationSession, 'state' | 'toggle'>;
  devices: Pick<DeviceListRequests, 'list'>;
  models: ModelManager;
  firstRun: Pick<FirstRun, 'finish'>;
  app: AppFacts;
  builtinEngineUrl(): Promise<string>;
  chooseExportPath(defaultName: string): Promise<string | null>;
  /** Raw recognizer words as dictation types them at a sentence start (the transcript's alternatives). */
  formatReading(raw: string): string;
}

export function createInvokeHandlers(parts: HandlerParts) {
  return {
    ...settingsHandlers(parts.settings, parts.builtinEngineUrl),
    ...historyHandlers(parts.history, parts.clipboard, parts.chooseExportPath, parts.formatReading, () => {
      const { markBelowPercent, inTranscript } = parts.settings.get().confidence;
      return inTranscript ? markBelowPercent / 100 : 0;
    }),
    ...dictationHandlers(parts.session, parts.devices),
    ...appHandlers(parts.app, parts.firstRun),
    // "Use" on a model in "Speech models…" is choosing Vosk: the next dictation runs that model.
    ...modelsHandlers(parts.models, () => {
      parts.settings.update({ engine: { kind: 'vosk' } });
    }),
  } satisfies ShellHandlers;
}

/** The composed handlers, each typed with its own reply (tests call them directly). */
export type InvokeHandlers = ReturnType<typeof createInvokeHandlers>;
