// Which built-in recognizer Voskey can run right now, and if none, what the user should do.
// Order: an explicit model folder from settings; the selected (or only) installed Vosk
// model; on Linux, Debian's PocketSphinx with its US English model; otherwise nothing.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelLibrary } from './library.js';
import { missingPartsInDir } from './structure.js';
import type { EngineChoice } from './types.js';

export const SPHINX_LIBRARY_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib', '/usr/local/lib'];
export const SPHINX_LIBRARY_NAME = 'libpocketsphinx.so.3';
export const SPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

export interface EngineChoiceInput {
  library: ModelLibrary;
  /** settings.engine.modelDir: a model folder chosen by hand; empty means "use the library". */
  modelDirOverride?: string;
  platform?: NodeJS.Platform;
  /** Where to look for PocketSphinx; tests point these at temp folders. */
  sphinxLibraryDirs?: string[];
  sphinxModelDir?: string;
}

export function resolveEngine(input: EngineChoiceInput): EngineChoice {
  const override = input.modelDirOverride?.trim();
  if (override) {
    const missing = existsSync(override) ? missingPartsInDir(override) : ['the folder itself'];
    if (missing.length === 0) return { engine: 'vosk', modelDir: override, model: override.split(/[\\/]/).pop() ?? override };
    return {
      engine: 'none',
      message: `The model folder ${override} is not a Vosk model (missing ${missing.join(', ')}). Choose another folder or clear it to use a downloaded model.`,
    };
  }

  const installed = input.library.list();
  // Nothing selected yet (e.g. a model dropped in by hand): the first one is better than none.
  const chosen = installed.find((m) => m.selected) ?? installed[0];
  if (chosen) return { engine: 'vosk', modelDir: chosen.dir, model: chosen.name };

  const platform = input.platform ?? process.platform;
  if (platform === 'linux') {
    const hmmDir = input.sphinxModelDir ?? SPHINX_MODEL_DIR;
    const library = (input.sphinxLibraryDirs ?? SPHINX_LIBRARY_DIRS)
      .map((dir) => join(dir, SPHINX_LIBRARY_NAME))
      .find((path) => existsSync(path));
    if (library && existsSync(hmmDir)) return { engine: 'sphinx', hmmDir, library };
  }

  const sphinxHint =
    platform === 'linux' ? ' On Debian or Ubuntu you can also run: sudo apt install libpocketsphinx3 pocketsphinx-en-us' : '';
  return {
    engine: 'none',
    message:
      'No speech model is installed. Open Settings → Models and download one (the small English model is about 41 MB), or enter the address of a Vosk server.' +
      sphinxHint,
  };
}
