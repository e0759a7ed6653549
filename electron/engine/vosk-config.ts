// Applies a client's `{"config": {...}}` message the way vosk-server reads it, with a
// clear message for values it cannot use. A `model` field is ignored on purpose: the
// model is chosen by whoever started the server, never by a client.
import type { RecognizerOptions } from './recognizer.js';

/** Vosk's own ceiling is memory; this keeps one client from asking for thousands. */
const MAX_ALTERNATIVES = 100;

export function applyConfigMessage(current: RecognizerOptions, text: string): RecognizerOptions {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    throw new Error(`config message is not JSON: ${preview(text)}`);
  }
  const config = (message as { config?: unknown } | null)?.config;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new Error(`config message needs an object under "config": ${preview(text)}`);
  }
  const fields = config as Record<string, unknown>;
  const next: RecognizerOptions = { ...current };
  if ('sample_rate' in fields) next.sampleRate = sampleRate(fields.sample_rate);
  if ('words' in fields) next.words = flag(fields.words);
  if ('max_alternatives' in fields) next.maxAlternatives = alternatives(fields.max_alternatives);
  if ('phrase_list' in fields) {
    const list = fields.phrase_list;
    if (list === null) delete next.phraseList;
    else if (Array.isArray(list) && list.every((p) => typeof p === 'string')) next.phraseList = list;
    else throw new Error('config phrase_list must be a list of strings');
  }
  return next;
}

function sampleRate(value: unknown): number {
  const rate = typeof value === 'string' ? Number(value) : value;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) {
    throw new Error(`config sample_rate must be a positive number, got ${JSON.stringify(value)}`);
  }
  return rate;
}

/** Python's bool() as vosk-server applies it, except that "false" and "0" mean false. */
function flag(value: unknown): boolean {
  if (typeof value === 'string') return !['', '0', 'false'].includes(value.toLowerCase());
  return Boolean(value);
}

function alternatives(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_ALTERNATIVES) {
    throw new Error(`config max_alternatives must be a whole number from 0 to ${MAX_ALTERNATIVES}, got ${JSON.stringify(value)}`);
  }
  return n;
}

function preview(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
