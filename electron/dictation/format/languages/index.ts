// Dictation rules by language code. Unknown codes fall back to English rather than
// failing, so a settings file from a newer version still dictates.

import { english } from './en.js';
import type { LanguageRules } from './types.js';

const languages: Record<string, LanguageRules> = { en: english };

export function languageRules(code: string): LanguageRules {
  return languages[code] ?? english;
}
