// `voskey format` arguments: the formatting language, one --no-… switch per rule in
// Settings → Formatting, replacements to try, and --json. Pure, like args.ts.

import { parseArgs } from 'node:util';
import { DICTATION_LANGUAGES } from '../settings/schema.js';
import type { DictationLanguage, FormattingSettings, Replacement } from '../settings/types.js';
import { UsageError } from './usage-error.js';
import { errorMessage } from '../common/error-message.js';

/** Settings → Formatting switches, each turned off by `--no-<flag>`. */
export const FORMAT_SWITCHES = {
  spacing: 'spacing',
  capitals: 'capitals',
  punctuation: 'punctuation',
  commands: 'commands',
  numbers: 'numbers',
  capitalCommands: 'capital-commands',
  spacingCommands: 'spacing-commands',
  symbols: 'symbols',
  addresses: 'addresses',
  ordinals: 'ordinals',
  times: 'times',
  dates: 'dates',
  money: 'money',
  digitGrouping: 'digit-grouping',
  trueCase: 'true-case',
  editCommands: 'edit-commands',
} as const satisfies Partial<Record<keyof FormattingSettings, string>>;

type SwitchKey = keyof typeof FORMAT_SWITCHES;

export const FORMAT_USAGE = `format options (raw recognizer utterances on stdin, one per line; prints the
document a window would end up with, "scratch that", "replace X with Y" and all):
  --language L       ${DICTATION_LANGUAGES.join(', ')} (default en)
  --replace FROM=TO  a replacement, as in Settings (repeat for more)
  --json             one JSON line per utterance with its edit, then the document
  ${Object.values(FORMAT_SWITCHES).map((flag) => `--no-${flag}`).join(' ')}
                     switch a rule off, as in Settings → Formatting`;

export interface FormatCommand {
  command: 'format';
  json: boolean;
  formatting: FormattingSettings;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  language: { type: 'string' },
  replace: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  ...Object.fromEntries(Object.values(FORMAT_SWITCHES).map((flag) => [`no-${flag}`, { type: 'boolean' }])),
} as const;

/** argv after the word "format"; null when help was asked for. */
export function parseFormatArgs(argv: string[]): FormatCommand | null {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(errorMessage(error).replace(/\. To specify a positional.*$/s, '.'));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) return null;
  if (parsed.positionals.length > 0) throw new UsageError(`format reads stdin and takes no file arguments (got ${parsed.positionals.join(' ')}).`);
  const language = parseLanguage(values.language as string | undefined);
  const switches = Object.fromEntries(
    (Object.entries(FORMAT_SWITCHES) as [SwitchKey, string][]).map(([key, flag]) => [key, values[`no-${flag}`] !== true]),
  ) as Record<SwitchKey, boolean>;
  return {
    command: 'format',
    json: values.json === true,
    formatting: { language, ...switches, replacements: ((values.replace as string[] | undefined) ?? []).map(replacement), phraseList: [] },
  };
}

/** --language, for `format` and for `transcribe --format/--live` alike; default English. */
export function parseLanguage(value: string | undefined): DictationLanguage {
  const language = value ?? 'en';
  if (!(DICTATION_LANGUAGES as readonly string[]).includes(language)) {
    throw new UsageError(`--language must be one of ${DICTATION_LANGUAGES.join(', ')}, not "${language}".`);
  }
  return language as DictationLanguage;
}

function replacement(text: string): Replacement {
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError(`--replace takes FROM=TO (e.g. "voss key=Voskey"), not "${text}".`);
  return { from: text.slice(0, at).trim(), to: text.slice(at + 1).trim() };
}
