// The user's custom vocabulary ("voss key" → "Voskey"): whole words, case-insensitive,
// longest phrase first. Entries that are not usable (missing or blank `from`, non-string
// `to`) are skipped, so one bad line in a settings file never stops dictation.

import type { Replacement } from '../../settings/types.js';
import { PhraseMatcher } from './words.js';

export function compileReplacements(replacements: unknown): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>();
  if (!Array.isArray(replacements)) return matcher;
  for (const entry of replacements as Partial<Replacement>[]) {
    if (typeof entry?.from !== 'string' || typeof entry.to !== 'string') continue;
    matcher.add(entry.from, entry.to.normalize('NFC').trim());
  }
  return matcher;
}
