// The user's data, opened once: settings, transcript history, speech models and the
// first-run marker, all under the app's data folder. The host opens it and hands it to the
// core, which keeps it to itself; tests open it the same way and keep a hold on it to seed
// and inspect what the app stored.
import { mkdirSync } from 'node:fs';
import { TranscriptHistory } from '../dictation/history.js';
import type { Logger } from '../logging/log.js';
import { ModelManager } from '../models/manager.js';
import { FirstRun } from '../settings/first-run.js';
import type { JsonStoreFactory, SecretBox } from '../settings/ports.js';
import { SettingsService } from '../settings/service.js';

export interface UserDataOptions {
  /** The app's data folder: history, models, first-run marker. */
  dataDir: string;
  createStore: JsonStoreFactory;
  secretBox: SecretBox;
  log: Logger;
}

export interface UserData {
  readonly settings: SettingsService;
  readonly history: TranscriptHistory;
  readonly models: ModelManager;
  readonly firstRun: FirstRun;
}

export function openUserData(options: UserDataOptions): UserData {
  mkdirSync(options.dataDir, { recursive: true });
  const settings = new SettingsService({ createStore: options.createStore, secretBox: options.secretBox, log: options.log });
  return {
    settings,
    history: new TranscriptHistory({ folder: options.dataDir, maxEntries: settings.get().history.maxEntries, log: options.log }),
    models: new ModelManager({ dataDir: options.dataDir, log: options.log }),
    firstRun: new FirstRun(options.dataDir, () => settings.get()),
  };
}
