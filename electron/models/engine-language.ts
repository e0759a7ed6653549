// The language the built-in engine recognises, for formatting that follows the model:
// a catalogue model's listed language, else one read from a Vosk model folder's usual name
// ("vosk-model-small-de-0.15", "vosk-model-fr-0.6-linto"), PocketSphinx's US English model,
// or null when nothing says.

import { findInCatalogue } from './catalogue.js';
import type { EngineChoice } from './types.js';

export function engineLanguage(choice: EngineChoice): string | null {
  if (choice.engine === 'sphinx') return 'en-us';
  if (choice.engine === 'none') return null;
  const listed = findInCatalogue(choice.model)?.language;
  if (listed) return listed;
  const named = /^vosk-model-(?:small-)?([a-z]{2})(?:[-_]|$)/i.exec(choice.model);
  return named ? named[1]!.toLowerCase() : null;
}
