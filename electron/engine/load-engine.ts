// Which recognizer a built-in server runs. Chosen by whoever starts the server (settings),
// never by a client: a client-supplied path would let anyone on the socket load files.
import { loadVoskEngine } from './libvosk.js';
import type { RecognizerEngine } from './recognizer.js';
import { bindSphinx, loadSphinxEngine } from './sphinx.js';

export interface EngineSpec {
  engine: 'sphinx' | 'vosk';
  /** PocketSphinx: a Debian-style model folder (default: the pocketsphinx-en-us one). Vosk: required. */
  modelDir?: string;
  /**
   * PocketSphinx only: re-score each final with the lattice best-path pass, as Kaldi (and
   * so every Vosk server) re-scores its final over the utterance's lattice. Off in the app
   * (sphinx.ts DECODER_SETTINGS says why); on to measure live typing against a server
   * whose final can change words every partial agreed on (bench/live-typing.ts).
   */
  rescoreFinal?: boolean;
}

export function loadEngine(spec: EngineSpec): RecognizerEngine {
  switch (spec.engine) {
    case 'sphinx':
      return loadSphinxEngine({ ...(spec.modelDir ? { modelDir: spec.modelDir } : {}), ...(spec.rescoreFinal ? { rescoreFinal: true } : {}) });
    case 'vosk':
      if (!spec.modelDir) throw new Error('the vosk engine needs a model folder: set modelDir');
      return loadVoskEngine({ modelDir: spec.modelDir });
    default:
      throw new Error(`unknown engine ${JSON.stringify((spec as { engine: unknown }).engine)}: use "sphinx" or "vosk"`);
  }
}

/**
 * Process-wide native set-up, done once on the main thread before any recognizer worker
 * starts, so no worker ever changes a global another worker is using (for PocketSphinx:
 * its log file, see sphinx.ts). Throws what loading would throw (missing library).
 */
export function prepareEngineProcess(spec: EngineSpec): void {
  if (spec.engine === 'sphinx') bindSphinx();
}
