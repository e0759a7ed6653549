// The small subset of JSON Schema that Voskey's settings need, and a checker for it.
// We check it ourselves rather than through conf's ajv option because conf throws out of
// its constructor on a schema violation, and we want one clear message per field instead.

export type JsonSchema = ObjectSchema | ArraySchema | StringSchema | NumberSchema | BooleanSchema;

interface Described {
  description?: string;
}

export interface ObjectSchema extends Described {
  type: 'object';
  properties: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
}

export interface ArraySchema extends Described {
  type: 'array';
  items: JsonSchema;
  maxItems?: number;
}

export interface StringSchema extends Described {
  type: 'string';
  enum?: readonly string[];
  minLength?: number;
  maxLength?: number;
}

export interface NumberSchema extends Described {
  type: 'integer' | 'number';
  minimum?: number;
  maximum?: number;
}

export interface BooleanSchema extends Described {
  type: 'boolean';
}

/** Why `value` does not match `schema`, as a sentence fragment ("must be …"), or undefined. */
export function schemaProblem(value: unknown, schema: JsonSchema): string | undefined {
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'integer':
    case 'number':
      return numberProblem(value, schema);
    case 'string':
      return stringProblem(value, schema);
    case 'array':
      return arrayProblem(value, schema);
    case 'object':
      return objectProblem(value, schema);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberProblem(value: unknown, schema: NumberSchema): string | undefined {
  const whole = schema.type === 'integer';
  const kind = whole ? 'a whole number' : 'a number';
  const range = rangeText(schema);
  const expected = `must be ${kind}${range}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return expected;
  if (whole && !Number.isInteger(value)) return expected;
  if (schema.minimum !== undefined && value < schema.minimum) return expected;
  if (schema.maximum !== undefined && value > schema.maximum) return expected;
  return undefined;
}

function rangeText(schema: NumberSchema): string {
  const { minimum: min, maximum: max } = schema;
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function stringProblem(value: unknown, schema: StringSchema): string | undefined {
  if (schema.enum) {
    return typeof value === 'string' && schema.enum.includes(value) ? undefined : `must be one of: ${schema.enum.join(', ')}`;
  }
  if (typeof value !== 'string') return 'must be text';
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    return schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters`;
  }
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return `must be at most ${schema.maxLength} characters`;
  return undefined;
}

function arrayProblem(value: unknown, schema: ArraySchema): string | undefined {
  if (!Array.isArray(value)) return 'must be a list';
  if (schema.maxItems !== undefined && value.length > schema.maxItems) return `must have at most ${schema.maxItems} entries`;
  for (const [index, item] of value.entries()) {
    const problem = schemaProblem(item, schema.items);
    if (problem) return `entry ${index + 1} ${problem}`;
  }
  return undefined;
}

function objectProblem(value: unknown, schema: ObjectSchema): string | undefined {
  if (!isPlainObject(value)) return 'must be an object';
  for (const key of schema.required ?? []) {
    if (!(key in value)) return `needs "${key}"`;
  }
  for (const [key, item] of Object.entries(value)) {
    const property = schema.properties[key];
    if (!property) {
      if (schema.additionalProperties === false) return `has an unknown field "${key}"`;
      continue;
    }
    const problem = schemaProblem(item, property);
    if (problem) return `"${key}" ${problem}`;
  }
  return undefined;
}
