// Field checks: one clear message per field key ("server.url": "…"). The schema catches
// wrong types and ranges; the rules here catch what needs code, reusing the same parsers
// the rest of the app uses so the settings window and the connection agree.

import { isAbsolute } from 'node:path';
import { parseAccelerator } from '../desktop/accelerator.js';
import { validateServerUrl } from '../vosk/url.js';
import { schemaProblem } from './json-schema.js';
import type { SettingsField } from './schema.js';
import type { Settings } from './types.js';

/** ok with an optional normalised value to store instead of what was given. */
export type FieldCheck = { ok: true; value?: unknown } | { ok: false; message: string };

interface FieldRule {
  check(value: unknown, settings: Settings): FieldCheck;
  /** Other fields this rule reads: changing one of them can make this field invalid. */
  dependsOn?: readonly string[];
}

export const FIELD_RULES: Readonly<Record<string, FieldRule>> = {
  'server.url': {
    dependsOn: ['server.allowInsecureRemote'],
    check(value, settings) {
      const typed = (value as string).trim();
      if (typed === '') return { ok: true, value: '' }; // empty: use the built-in engine
      const result = validateServerUrl(typed, settings.server.allowInsecureRemote);
      return result.ok ? { ok: true, value: result.url.href } : { ok: false, message: result.message };
    },
  },
  'hotkey.accelerator': {
    check(value) {
      // Stored in canonical form ("ctrl+alt+space" → "Control+Alt+Space"), as globalShortcut takes it.
      const result = parseAccelerator(value as string);
      return result.ok ? { ok: true, value: result.value.electron } : { ok: false, message: result.message };
    },
  },
  'engine.modelDir': {
    check(value) {
      const dir = (value as string).trim();
      if (dir === '' || isAbsolute(dir)) return { ok: true, value: dir };
      return { ok: false, message: `The model folder must be a full path (e.g. /home/you/models/vosk-en), not "${dir}".` };
    },
  },
};

/** Checks one field's value against its schema, then its rule (with the other settings as context). */
export function checkField(field: SettingsField, value: unknown, settings: Settings): FieldCheck {
  const problem = schemaProblem(value, field.schema);
  if (problem) return { ok: false, message: `${capitalise(problem)}.` };
  return FIELD_RULES[field.key]?.check(value, settings) ?? { ok: true };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
