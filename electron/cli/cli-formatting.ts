// The formatting the CLI applies (--format, --live): the app's defaults, in the language
// asked for with --language, so `voskey transcribe` prints what the app would type.
import { defaultSettings } from '../settings/defaults.js';
import type { DictationLanguage, FormattingSettings } from '../settings/types.js';

export function cliFormatting(language: DictationLanguage): FormattingSettings {
  return { ...defaultSettings().formatting, language };
}
