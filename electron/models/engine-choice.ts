// Which built-in recognizer runs, with which model: the one owner of that decision. It
// follows the user's choice in settings (engine.kind, written by the settings window and
// the first-run window): PocketSphinx when they chose it, even with Vosk models installed;
// for Vosk, the model folder set by hand, else the selected (or only) installed model.
// (Off Linux, where PocketSphinx does not exist, its default choice means Vosk.)
// When the chosen engine cannot run, the message says what to do, pointing where models
// are managed (the tray's "Speech models…").

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SPHINX_MODEL_DIR, SPHINX_INSTALL_COMMAND, SPHINX_LIBRARY_DIRS, SPHINX_LIBRARY_NAME } from '../engine/sphinx-paths.js';
import type { EngineKind } from '../settings/types.js';
import type { ModelLibrary } from './library.js';
import { missingPartsInDir } from './structure.js';
import type { EngineChoice } from './types.js';

export interface EngineChoiceInput {
  /** settings.engine.kind: the recognizer the user chose. */
  kind: EngineKind;
  /** settings.engine.modelDir: a Vosk model folder chosen by hand; empty means "use the library". */
  modelDir?: string;
  library: Pick<ModelLibrary, 'installed'>;
  platform?: NodeJS.Platform;
  /** Where to look for PocketSphinx; tests point these at temp folders. */
  sphinxLibraryDirs?: string[];
  sphinxModelDir?: string;
}

const MODELS_WINDOW = 'the tray menu’s “Speech models…”';

export function chooseBuiltinEngine(input: EngineChoiceInput): EngineChoice {
  const platform = input.platform ?? process.platform;
  // PocketSphinx is Debian's and exists only on Linux, where it is also the default choice;
  // elsewhere 'sphinx' can only be that untouched default, so an installed model runs.
  if (input.kind === 'sphinx' && platform !== 'linux') return chooseVoskModel(input);
  return input.kind === 'sphinx' ? choosePocketSphinx(input) : chooseVoskModel(input);
}

function chooseVoskModel(input: EngineChoiceInput): EngineChoice {
  const override = input.modelDir?.trim();
  if (override) {
    const missing = existsSync(override) ? missingPartsInDir(override) : ['the folder itself'];
    if (missing.length === 0) return { engine: 'vosk', modelDir: override, model: override.split(/[\\/]/).pop() ?? override };
    return {
      engine: 'none',
      message: `The model folder ${override} is not a Vosk model (missing ${missing.join(', ')}). Choose another folder in Settings, or clear it to use a model from ${MODELS_WINDOW}.`,
    };
  }
  const installed = input.library.installed();
  // Nothing selected yet (e.g. a model dropped in by hand): the first one is better than none.
  const chosen = installed.find((m) => m.selected) ?? installed[0];
  if (chosen) return { engine: 'vosk', modelDir: chosen.dir, model: chosen.name };
  return {
    engine: 'none',
    message: `No Vosk model is installed. Download one from ${MODELS_WINDOW} (the small English model is about 41 MB), or enter the address of a Vosk server in Settings.`,
  };
}

function choosePocketSphinx(input: EngineChoiceInput): EngineChoice {
  const modelDir = input.sphinxModelDir ?? DEFAULT_SPHINX_MODEL_DIR;
  const library = (input.sphinxLibraryDirs ?? SPHINX_LIBRARY_DIRS).map((dir) => join(dir, SPHINX_LIBRARY_NAME)).find((path) => existsSync(path));
  if (library && existsSync(modelDir)) return { engine: 'sphinx', modelDir, library };
  return {
    engine: 'none',
    message: `PocketSphinx is not installed. Install it with: ${SPHINX_INSTALL_COMMAND} — or download a Vosk model from ${MODELS_WINDOW} and use it.`,
  };
}
