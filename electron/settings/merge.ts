// Applies incoming values (a patch from the settings window, or a file read at startup)
// over a complete, valid Settings, field by field: each valid field applies, each invalid
// one keeps the base value and gets a message under its key. One code path serves both,
// so a hand-edited file and the settings window obey exactly the same rules.

import { isDeepStrictEqual } from 'node:util';
import { isPlainObject, type ObjectSchema } from './json-schema.js';
import { SETTINGS_FIELDS, SETTINGS_SCHEMA, type SettingsField } from './schema.js';
import type { Settings } from './types.js';
import { checkField, FIELD_RULES } from './validate.js';

export interface MergeResult {
  settings: Settings;
  /** Field key → why its value was refused. */
  errors: Record<string, string>;
  /** Keys whose value differs from the base. */
  changed: string[];
  /** Keys of `incoming` that were taken (valid), whether or not they differ from the base. */
  applied: string[];
}

export type UnknownKeys = 'refuse' | 'ignore';

const FIELDS_BY_KEY = new Map(SETTINGS_FIELDS.map((field) => [field.key, field]));

/** `schemaVersion` is never taken from `incoming`: callers own it (migrate.ts, the service). */
export function mergeSettings(base: Settings, incoming: Record<string, unknown>, unknownKeys: UnknownKeys): MergeResult {
  const candidate = structuredClone(base);
  const errors: Record<string, string> = {};
  const touched: SettingsField[] = [];

  const place = (schema: ObjectSchema, values: Record<string, unknown>, path: readonly string[]): void => {
    for (const [name, value] of Object.entries(values)) {
      const key = [...path, name].join('.');
      if (key === 'schemaVersion') continue;
      const child = schema.properties[name];
      const field = FIELDS_BY_KEY.get(key);
      if (field) {
        setAt(candidate, field.path, value);
        touched.push(field);
      } else if (child?.type === 'object') {
        if (isPlainObject(value)) place(child, value, [...path, name]);
        else errors[key] = 'Must be a group of settings (an object).';
      } else if (unknownKeys === 'refuse') {
        errors[key] = 'Not a Voskey setting.';
      }
    }
  };
  place(SETTINGS_SCHEMA, incoming, []);

  // Each field is checked with the others already in place, so a URL and its
  // allowInsecureRemote opt-in can arrive in the same patch.
  for (const field of touched) {
    const result = checkField(field, getAt(candidate, field.path), candidate);
    if (result.ok) {
      if (result.value !== undefined) setAt(candidate, field.path, result.value);
    } else {
      errors[field.key] = result.message;
      setAt(candidate, field.path, getAt(base, field.path));
    }
  }
  refuseChangesThatBreakDependents(base, candidate, touched, errors);

  const changed = SETTINGS_FIELDS.filter((f) => !isDeepStrictEqual(getAt(base, f.path), getAt(candidate, f.path))).map((f) => f.key);
  const applied = touched.map((f) => f.key).filter((key) => !(key in errors));
  return { settings: candidate, errors, changed, applied };
}

/**
 * A field that was not in the patch can become invalid because a field it depends on
 * changed (turning off allowInsecureRemote under a ws:// remote URL). The change that
 * caused it is refused, with the dependent field's message.
 */
function refuseChangesThatBreakDependents(
  base: Settings,
  candidate: Settings,
  touched: readonly SettingsField[],
  errors: Record<string, string>,
): void {
  const touchedKeys = new Set(touched.map((f) => f.key));
  for (const [key, rule] of Object.entries(FIELD_RULES)) {
    const field = FIELDS_BY_KEY.get(key);
    const causes = (rule.dependsOn ?? []).filter((dep) => touchedKeys.has(dep) && !(dep in errors));
    if (!field || touchedKeys.has(key) || causes.length === 0) continue;
    const value = getAt(candidate, field.path);
    const result = checkField(field, value, candidate);
    if (result.ok) continue;
    for (const cause of causes) {
      errors[cause] = `Refused because ${key} (${JSON.stringify(value)}) needs it: ${result.message}`;
      const causeField = FIELDS_BY_KEY.get(cause);
      if (causeField) setAt(candidate, causeField.path, getAt(base, causeField.path));
    }
  }
}

export function getAt(root: object, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const name of path) node = isPlainObject(node) ? node[name] : undefined;
  return node;
}

function setAt(root: object, path: readonly string[], value: unknown): void {
  let node = root as Record<string, unknown>;
  for (const name of path.slice(0, -1)) node = node[name] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = structuredClone(value);
}
