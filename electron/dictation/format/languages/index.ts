// Dictation rules by language code. Unknown codes fall back to English rather than
// failing, so a settings file from a newer version still dictates.

import { german } from './de.js';
import { english } from './en.js';
import { spanish } from './es.js';
import { french } from './fr.js';
import type { LanguageRules } from './types.js';

const languages: Record<string, LanguageRules> = { en: english, de: german, fr: french, es: spanish };

export function languageRules(code: string): LanguageRules {
  return Object.hasOwn(languages, code) ? languages[code]! : english;
}
