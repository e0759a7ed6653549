// The JSON schema of Settings: types, allowed values and ranges of every field. Loading a
// file and applying a patch both check each field against it (see merge.ts); the checks
// that need code (URLs, accelerators) live in validate.ts.

import type { ArraySchema, BooleanSchema, JsonSchema, NumberSchema, ObjectSchema, StringSchema } from './json-schema.js';
import type { Settings } from './types.js';

/** A schema shaped like T: the compiler refuses a Settings field without a schema entry. */
type SchemaOf<T> = T extends boolean
  ? BooleanSchema
  : T extends number
    ? NumberSchema
    : T extends string
      ? StringSchema
      : T extends readonly unknown[]
        ? ArraySchema
        : T extends object
          ? ObjectSchema & { properties: { [K in keyof T]-?: SchemaOf<T[K]> } }
          : never;

/** The languages the formatter has rules for (electron/dictation/format/languages/). */
export const DICTATION_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

const bool = (description?: string): BooleanSchema => ({ type: 'boolean', ...(description ? { description } : {}) });
const whole = (minimum: number, maximum: number, description?: string): NumberSchema => ({
  type: 'integer',
  minimum,
  maximum,
  ...(description ? { description } : {}),
});
const oneOf = (values: readonly string[]): StringSchema => ({ type: 'string', enum: values });
const text = (maxLength: number, minLength = 0): StringSchema => ({ type: 'string', minLength, maxLength });
const section = <P extends Record<string, JsonSchema>>(properties: P) =>
  ({ type: 'object', properties, additionalProperties: false }) as const;

export const SETTINGS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    schemaVersion: whole(0, 1_000_000, 'Set by Voskey; migrations run from it.'),
    server: section({
      url: text(2048),
      allowInsecureRemote: bool('ws:// to a host that is not this machine needs this opt-in.'),
      fallbackToBuiltin: bool('Use the built-in engine while the server is unreachable or busy.'),
      language: oneOf(DICTATION_LANGUAGES),
    }),
    engine: section({
      kind: oneOf(['sphinx', 'vosk']),
      modelDir: text(4096),
    }),
    hotkey: section({
      accelerator: text(100, 1),
      mode: oneOf(['hold', 'toggle']),
      maxUtteranceSeconds: whole(5, 600),
    }),
    typing: section({
      method: oneOf(['auto', 'paste', 'keystrokes']),
      pasteKeys: oneOf(['auto', 'ctrl+v', 'ctrl+shift+v', 'shift+insert']),
    }),
    audio: section({
      deviceId: text(1024),
      frameMs: whole(20, 200),
      echoCancellation: bool(),
      noiseSuppression: bool(),
      autoGainControl: bool(),
      keepReady: bool('Holds the microphone open while idle: the system shows it in use.'),
      // 2000: the capture worklet's own limit (MAX_PRE_ROLL_MS in renderer/audio/capture-messages.ts).
      preRollMs: whole(0, 2000, 'Audio from before the key press, kept while keepReady is on.'),
    }),
    formatting: section({
      language: oneOf(['auto', ...DICTATION_LANGUAGES]),
      spacing: bool(),
      capitals: bool(),
      punctuation: bool(),
      commands: bool(),
      numbers: bool(),
      replacements: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          required: ['from', 'to'],
          additionalProperties: false,
          properties: { from: text(200, 1), to: text(200) },
        },
      },
      phraseList: { type: 'array', maxItems: 1000, items: text(200, 1) },
      capitalCommands: bool(),
      spacingCommands: bool(),
      symbols: bool(),
      addresses: bool(),
      ordinals: bool(),
      times: bool(),
      dates: bool(),
      money: bool(),
      digitGrouping: bool(),
      trueCase: bool(),
      editCommands: bool(),
    }),
    overlay: section({
      position: oneOf(['tray', 'top-left', 'top-right', 'bottom-left', 'bottom-right']),
    }),
    connection: section({
      bufferSeconds: whole(10, 600),
      idleCloseSeconds: whole(0, 3600, '0 closes the socket as soon as dictation ends.'),
    }),
    history: section({
      maxEntries: whole(0, 100_000, '0 keeps no history.'),
    }),
    startAtLogin: bool(),
    live: section({
      mode: oneOf(['off', 'live']),
      apps: {
        type: 'array',
        maxItems: 200,
        items: {
          type: 'object',
          required: ['app', 'mode'],
          additionalProperties: false,
          properties: { app: text(200, 1), mode: oneOf(['live', 'final']) },
        },
      },
    }),
    keyCommands: section({ enabled: bool() }),
    handsFree: section({ autoStopSeconds: whole(0, 3600, '0 never stops by itself.') }),
    confidence: section({
      markBelowPercent: whole(0, 100, '0 marks nothing.'),
      inTranscript: bool('Mark unsure words in the transcript too.'),
    }),
    recognition: section({ alternatives: whole(0, 5, 'Readings per final offered by "correct that"; 0 asks the server for none.') }),
  },
} as const satisfies SchemaOf<Settings>;

/** One user-editable value: a leaf of the schema, named by its dotted key ("server.url"). */
export interface SettingsField {
  key: string;
  path: readonly string[];
  schema: JsonSchema;
}

/**
 * Every field in schema order. Objects with a fixed set of properties are sections, not
 * fields; arrays and scalars are fields (a replacement list is replaced whole).
 */
export const SETTINGS_FIELDS: readonly SettingsField[] = collectFields(SETTINGS_SCHEMA, []).filter(
  (field) => field.key !== 'schemaVersion',
);

function collectFields(schema: JsonSchema, path: readonly string[]): SettingsField[] {
  if (schema.type !== 'object') return [{ key: path.join('.'), path, schema }];
  return Object.entries(schema.properties).flatMap(([name, child]) => collectFields(child, [...path, name]));
}
