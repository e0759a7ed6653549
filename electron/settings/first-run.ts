// Whether to offer the first-run window: until the user finishes it, or sets a server some
// other way. "Finished" is a marker file in the data folder (not a setting: resetting a
// broken settings file must not greet a long-time user again).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from './types.js';
import { writeFileDurablySync } from '../common/durable-write.js';

const MARKER = 'first-run-done';

export class FirstRun {
  readonly #marker: string;
  readonly #settings: () => Settings;

  constructor(dataDir: string, settings: () => Settings) {
    this.#marker = join(dataDir, MARKER);
    this.#settings = settings;
  }

  needed(): boolean {
    return !this.#settings().server.url && !existsSync(this.#marker);
  }

  finish(): void {
    writeFileDurablySync(this.#marker, `${new Date().toISOString()}\n`);
  }
}
