// The Vosk websocket protocol (alphacep/vosk-server websocket/asr_server.py), shared by
// our client (electron/vosk/connection.ts) and our built-in server (electron/engine/).
// One place knows the wire format so the two sides can never drift apart.

/** End of stream. Byte-exact: vosk-server compares the string, `{"eof": 1}` closes 1011. */
export const EOF_FRAME = '{"eof" : 1}';
/** Final result, socket stays open (servers built since late 2023; older ones close 1011). */
export const RESET_FRAME = '{"reset" : 1}';

/** Frames over 1 MiB make vosk-server close with 1009. */
export const MAX_FRAME_BYTES = 1024 * 1024;

export const DEFAULT_SAMPLE_RATE = 16000;

/** The first message of a connection. It gets no reply and is ignored once audio started. */
export interface VoskConfig {
  sample_rate: number;
  /** Include per-word timing and confidence in final results. */
  words?: boolean;
  /** Restrict recognition to these phrases (grammar). */
  phrase_list?: string[];
  max_alternatives?: number;
}

export interface VoskWord {
  word: string;
  conf: number;
  start: number;
  end: number;
}

/**
 * A word of one alternative. Vosk (src/recognizer.cc, NbestResult) gives each alternative's
 * words their times but no `conf`: per-word confidence exists only without max_alternatives
 * (MbrResult). Optional here so a server that does send it is still read.
 */
export interface VoskAlternativeWord {
  word: string;
  start: number;
  end: number;
  conf?: number;
}

/**
 * One reading of a final. `confidence` is Vosk's path log-likelihood (natural log, larger is
 * better): comparable only between the alternatives of one final, never a probability.
 */
export interface VoskAlternative {
  text: string;
  confidence: number;
  result?: VoskAlternativeWord[];
}

/** What the server sends back for every audio frame, eof and reset (never for config). */
export type VoskReply =
  | {
      kind: 'partial';
      partial: string;
      /** Per-word confidence of a partial: only from recognizers with partial words on (asr_server.py never sets it). */
      partialResult?: VoskWord[];
    }
  | { kind: 'final'; text: string; result?: VoskWord[]; alternatives?: VoskAlternative[] };

export type PartialReply = Extract<VoskReply, { kind: 'partial' }>;

export type FinalReply = Extract<VoskReply, { kind: 'final' }>;

export function configMessage(config: VoskConfig): string {
  return JSON.stringify({ config });
}

/**
 * Parse one reply. Replies are pretty-printed JSON on the real server, so we parse and
 * never compare strings. Returns an Error (not throws) for anything that is not a reply,
 * so a server that talks nonsense becomes a message, not a crash.
 */
export function parseReply(data: string): VoskReply | Error {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return new Error(`server sent text that is not JSON: ${preview(data)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new Error(`server sent JSON that is not an object: ${preview(data)}`);
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.partial === 'string') {
    const partial: VoskReply = { kind: 'partial', partial: obj.partial };
    if (Array.isArray(obj.partial_result)) partial.partialResult = obj.partial_result.filter(isWord<VoskWord>);
    return partial;
  }
  if (Array.isArray(obj.alternatives)) {
    const alternatives = obj.alternatives.filter(isAlternative).map(alternativeWithWords);
    const best = alternatives[0];
    return { kind: 'final', text: best?.text ?? '', alternatives };
  }
  if (typeof obj.text === 'string') {
    const reply: FinalReply = { kind: 'final', text: obj.text };
    if (Array.isArray(obj.result)) reply.result = obj.result.filter(isWord<VoskWord>);
    return reply;
  }
  return new Error(`server sent an unknown reply: ${preview(data)}`);
}

/** Serialise a reply the way vosk-server does (pretty-printed, 4-space indent). */
export function formatReply(reply: VoskReply): string {
  if (reply.kind === 'partial') {
    const out: Record<string, unknown> = reply.partialResult ? { partial_result: reply.partialResult } : {};
    out.partial = reply.partial;
    return JSON.stringify(out, null, 4);
  }
  if (reply.alternatives) return JSON.stringify({ alternatives: reply.alternatives }, null, 4);
  const out: Record<string, unknown> = {};
  if (reply.result) out.result = reply.result;
  out.text = reply.text;
  return JSON.stringify(out, null, 4);
}

/** A word entry: only `word` is required; consumers check `conf` where they need it. */
function isWord<W extends VoskAlternativeWord>(x: unknown): x is W {
  const w = x as W;
  return typeof w === 'object' && w !== null && typeof w.word === 'string';
}

function isAlternative(x: unknown): x is VoskAlternative {
  const a = x as VoskAlternative;
  return typeof a === 'object' && a !== null && typeof a.text === 'string';
}

/** Keeps only well-formed words of an alternative; a missing confidence reads as 0 (no ranking known). */
function alternativeWithWords(a: VoskAlternative): VoskAlternative {
  const out: VoskAlternative = { text: a.text, confidence: typeof a.confidence === 'number' && Number.isFinite(a.confidence) ? a.confidence : 0 };
  if (Array.isArray(a.result)) out.result = a.result.filter(isWord<VoskAlternativeWord>);
  return out;
}

function preview(data: string): string {
  const s = data.length > 80 ? `${data.slice(0, 80)}…` : data;
  return JSON.stringify(s);
}
