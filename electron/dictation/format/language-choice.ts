// Which rules table formats dictation: the one picked in Settings → Formatting, or with
// 'auto' the language being recognised: a server's language setting when a server URL is
// set (Voskey cannot see which model a remote server runs), else the built-in engine's
// model language ("de" for vosk-model-small-de-0.15, US English for PocketSphinx).

import { DICTATION_LANGUAGES } from '../../settings/schema.js';
import type { DictationLanguage, Settings } from '../../settings/types.js';

/** `modelLanguage`: the built-in engine's model language tag ("en-us", "fr"), or null if unknown. */
export function formattingLanguage(settings: Pick<Settings, 'formatting' | 'server'>, modelLanguage: string | null): DictationLanguage {
  const picked = settings.formatting.language;
  if (picked !== 'auto') return picked;
  if (settings.server.url) return settings.server.language;
  return languageOfTag(modelLanguage) ?? 'en';
}

/** "en-us" → "en", "fr" → "fr"; null for a language Voskey has no rules for. */
export function languageOfTag(tag: string | null): DictationLanguage | null {
  const primary = tag?.toLowerCase().split(/[-_]/)[0] ?? '';
  return (DICTATION_LANGUAGES as readonly string[]).includes(primary) ? (primary as DictationLanguage) : null;
}
