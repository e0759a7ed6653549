// The installed models: every folder in the models directory that has a Vosk model's
// layout (downloaded or dropped in by hand), which one is selected, and deleting them.
// The selection lives in the models folder itself (selected.json) so it travels with the
// models and a hand-deleted model simply stops being selected.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurablySync } from '../common/durable-write.js';
import { findInCatalogue, isSafeModelName } from './catalogue.js';
import { isModelDir } from './structure.js';
import type { InstalledModel } from './types.js';

// The engine policy reads the library; it lives in its own file and is offered from here too.

const SELECTION_FILE = 'selected.json';

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderSize(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

export class ModelLibrary {
  constructor(readonly modelsDir: string) {}

  /** Installed models with their size on disk, sorted by name (for the model manager). */
  list(): InstalledModel[] {
    return this.installed().map((model) => ({ ...model, sizeBytes: folderSize(model.dir) }));
  }

  /**
   * Installed models without their sizes, sorted by name: the engine choice reads this at
   * every utterance, and measuring a size stats every file of a model.
   * Folders starting with "." are work in progress.
   */
  installed(): Omit<InstalledModel, 'sizeBytes'>[] {
    if (!existsSync(this.modelsDir)) return [];
    const selected = this.selectedName();
    return readdirSync(this.modelsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && isModelDir(join(this.modelsDir, e.name)))
      .map((e) => ({
        name: e.name,
        dir: join(this.modelsDir, e.name),
        language: findInCatalogue(e.name)?.language ?? null,
        selected: e.name === selected,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The selected model's name, if it is still installed. */
  selectedName(): string | null {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(this.modelsDir, SELECTION_FILE), 'utf8'));
      const name = (parsed as { name?: unknown }).name;
      if (typeof name === 'string' && isSafeModelName(name) && isModelDir(join(this.modelsDir, name))) return name;
    } catch {
      // No selection yet, or a damaged file: treat both as "nothing selected".
    }
    return null;
  }

  /** Selects an installed model; throws a message for the user when it is not one. */
  select(name: string): void {
    if (!isSafeModelName(name) || !isModelDir(join(this.modelsDir, name))) {
      throw new Error(`${name} is not an installed model.`);
    }
    mkdirSync(this.modelsDir, { recursive: true });
    const file = join(this.modelsDir, SELECTION_FILE);
    writeFileDurablySync(file, JSON.stringify({ name }));
  }

  /** Deletes an installed model (and its selection). Returns false when there was none. */
  delete(name: string): boolean {
    if (!isSafeModelName(name)) throw new Error(`"${name}" is not a valid model name.`);
    const dir = join(this.modelsDir, name);
    if (!existsSync(dir)) return false;
    const wasSelected = this.selectedName() === name;
    // Rename first so a half-deleted folder is never mistaken for a model.
    const doomed = join(this.modelsDir, `.delete-${name}-${Date.now()}`);
    renameSync(dir, doomed);
    rmSync(doomed, { recursive: true, force: true });
    if (wasSelected) rmSync(join(this.modelsDir, SELECTION_FILE), { force: true });
    return true;
  }
}
