// Command-line parsing for `voskey`: turns argv into a typed command or a usage error.
// Nothing here touches files, sockets or the process, so it is tested as a pure function.

import { parseArgs } from 'node:util';
import type { EngineSpec } from '../engine/load-engine.js';
import { errorMessage } from '../common/error-message.js';
import { DICTATION_LANGUAGES } from '../settings/schema.js';
import { checkAccessToken } from '../settings/token.js';
import type { DictationLanguage } from '../settings/types.js';
import { FORMAT_USAGE, parseFormatArgs, parseLanguage, type FormatCommand } from './format-args.js';
import { UsageError } from './usage-error.js';
import { CONTROL_ACTIONS, type ControlAction } from '../control/control-protocol.js';

export const USAGE = `Usage:
  voskey transcribe FILE.wav|- [options]   transcribe a WAV file, or raw audio from stdin (-)
  voskey dictate [-] [options]             dictate into the focused window: the microphone,
                                           or raw audio from stdin (-)
  voskey control begin|end|toggle|cancel   control the running Voskey (the app or a dictate)
  voskey serve [options]                   run the built-in Vosk-compatible server
  voskey format [options] < utterances.txt format raw recognizer text as the app types it
  voskey --help

transcribe options:
  --server URL       Vosk websocket server (ws://, wss://, or an owner-space.hf.space host);
                     without it the built-in server runs for the duration
  --token T          access token for a private server. Avoid it where others share the
                     machine: a command line is visible to every local user (ps), and npm
                     and sh pass it on in theirs. Prefer VOSKEY_TOKEN in the environment,
                     or --token-file
  --token-file PATH  read the access token from PATH (e.g. a file only you can read)
  --allow-insecure   allow unencrypted ws:// to another machine
  --json             one JSON object per line instead of plain text
  --partials         also print partial results (stderr in text mode, JSON lines with --json)
  --words            ask for per-word times and confidences
  --alternatives N   ask for up to N readings of each final (1-5, best first): printed
                     numbered below it, or as "alternatives" on each final JSON line
  --realtime         send audio no faster than real time, like a microphone
  --format           format final text as the app types it: spacing, capitals, spoken
                     punctuation ("period", "question mark"), numbers as digits; a spoken
                     "scratch that" prints nothing (with --json each final line also has
                     "formatted" and "backspaces": delete that many characters, then add it)
  --language L       formatting language for --format and --live: ${DICTATION_LANGUAGES.join(', ')}
                     (default en; the server's model decides what is recognised)
  --live             type as you speak: each edit as its words become stable, the way the
                     app types live (formatted). --json prints what the typist does:
                     {"left": L, "backspaces": B, "text": "…", "right": R, "final": false}
                     (caret L left, delete B, insert, caret R right; left/right only when
                     not 0); a terminal shows the text corrected in place; a pipe or file
                     gets only the final results, one line each
  --auto-stop S      end after S seconds without speech (level and new words), even if
                     stdin stays open
  --buffer-seconds S audio kept for replay while the server is unreachable (default 120;
                     a WAV file is always kept whole)
  --retry-seconds S  keep trying to reach a server that dropped for this long (default 15)
  --engine E         built-in engine: sphinx (default) or vosk
  --model DIR        Vosk model folder for --engine vosk

  "-" reads raw 16-bit little-endian mono 16 kHz PCM from stdin as it arrives, e.g.
    arecord -f S16_LE -r 16000 -c 1 | voskey transcribe -
  Each final result is printed on its own line as soon as it arrives; the end of stdin
  ends the utterance. If the server drops mid-stream, voskey reconnects and sends again
  the audio no final result covered, so no word is lost or printed twice.

dictate options (types with the app's typist, formatted with the app's settings file):
  --server, --token-file, --allow-insecure, --engine, --model, --language, --live,
  --auto-stop S      as for transcribe (--language overrides the settings file)
  --no-settings      ignore the app's settings file: default formatting, typing and
                     spoken key commands
  --push-to-talk     start idle and dictate only between "voskey control begin" and
                     "end" (or "toggle"); the input stays open all along, so the first
                     word is not clipped (300 ms before begin are kept)
  Without "-" the default microphone is recorded with pw-record, parec or arecord,
  whichever is installed. Without --push-to-talk, dictation ends with the input (or
  --auto-stop, or a spoken "stop dictation"), once the last text is typed. What could
  not be typed is printed on stdout.

control:
  begin, end         start and stop dictating (for a key binding's press and release)
  toggle             start, or stop when dictating (one key, hands-free)
  cancel             stop and drop what was not typed yet
  Talks to the Voskey of this user (the app or "voskey dictate") over a private socket;
  exit code 4 when none is running.

serve options:
  --engine E         sphinx (default) or vosk
  --model DIR        Vosk model folder for --engine vosk
  --host H           interface to listen on (default 127.0.0.1)
  --port N           port (default 2700; 0 picks a free one)
  --capacity N       clients served at once; the next client is refused with 1013
                     "try again later" (default: 3 per CPU core)
  --decode-slots N   decodes run at once, the rest wait their turn (default: one per
                     CPU core; more only slows every stream down)
  --allow-origin O   let browser pages from origin O connect (repeatable); requests
                     with any other Origin header are refused

${FORMAT_USAGE}

Exit codes: 0 ok, 1 usage, 2 input error, 3 server error, 4 no Voskey running (control).`;

export interface TranscribeCommand extends EngineSpec {
  command: 'transcribe';
  /** A WAV file path, or '-' for raw PCM on stdin. */
  input: string;
  server?: string;
  token?: string;
  /** Read the token from this file when the command runs (--token-file). */
  tokenFile?: string;
  allowInsecure: boolean;
  json: boolean;
  partials: boolean;
  words: boolean;
  realtime: boolean;
  /** Final text through the app's formatter (default formatting settings). */
  format: boolean;
  /** The formatter's language for --format and --live. */
  language: DictationLanguage;
  bufferSeconds?: number;
  retrySeconds: number;
  /** Print live edits (electron/dictation/live/). Absent = off. */
  live?: boolean;
  /** Stop after this long without speech. Absent = never. */
  autoStopSeconds?: number;
  /** Readings per final to ask for (max_alternatives) and print. Absent = the plain shape. */
  alternatives?: number;
}

export interface ServeCommand extends EngineSpec {
  command: 'serve';
  host: string;
  port: number;
  /** Streams at once; undefined: the default for this machine. */
  capacity?: number;
  /** Decodes at once; undefined: one per core. */
  decodeSlots?: number;
  allowOrigins?: string[];
}

export interface DictateCommand extends EngineSpec {
  command: 'dictate';
  /** '-' for raw PCM on stdin; undefined: the default microphone through a recorder. */
  input?: '-';
  server?: string;
  token?: string;
  tokenFile?: string;
  allowInsecure: boolean;
  /** Overrides the settings file's formatting language. */
  language?: DictationLanguage;
  live: boolean;
  autoStopSeconds?: number;
  /** Read the app's settings file (formatting, typing, key commands). */
  useSettings: boolean;
  pushToTalk: boolean;
}

export interface ControlCommand {
  command: 'control';
  action: ControlAction;
}

export type CliCommand = TranscribeCommand | DictateCommand | ControlCommand | ServeCommand | FormatCommand | { command: 'help' };

export { UsageError } from './usage-error.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  server: { type: 'string' },
  token: { type: 'string' },
  'token-file': { type: 'string' },
  'allow-insecure': { type: 'boolean' },
  json: { type: 'boolean' },
  partials: { type: 'boolean' },
  words: { type: 'boolean' },
  realtime: { type: 'boolean' },
  format: { type: 'boolean' },
  language: { type: 'string' },
  live: { type: 'boolean' },
  'auto-stop': { type: 'string' },
  'buffer-seconds': { type: 'string' },
  'retry-seconds': { type: 'string' },
  engine: { type: 'string' },
  model: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  capacity: { type: 'string' },
  'decode-slots': { type: 'string' },
  'allow-origin': { type: 'string', multiple: true },
  'no-settings': { type: 'boolean' },
  'push-to-talk': { type: 'boolean' },
  alternatives: { type: 'string' },
} as const;

const TRANSCRIBE_ONLY = [
  'server',
  'token',
  'token-file',
  'allow-insecure',
  'json',
  'partials',
  'words',
  'realtime',
  'format',
  'language',
  'live',
  'auto-stop',
  'buffer-seconds',
  'retry-seconds',
  'alternatives',
] as const;
export const DEFAULT_RETRY_SECONDS = 15;
const SERVE_ONLY = ['host', 'port', 'capacity', 'decode-slots', 'allow-origin'] as const;
const DICTATE_ONLY = ['no-settings', 'push-to-talk'] as const;
/** What transcribe has and dictate does not: output shapes and stream tuning of a transcript. */
const TRANSCRIPT_ONLY = ['json', 'partials', 'words', 'realtime', 'format', 'buffer-seconds', 'retry-seconds', 'alternatives'] as const;
/** `--alternatives` range: a correction list wants a few readings, and Vosk's n-best grows costly past that. */
export const MAX_CLI_ALTERNATIVES = 5;

export function parseCli(argv: string[], env: Record<string, string | undefined> = {}): CliCommand {
  // `format` has its own options (format-args.ts): the rule switches of Settings → Formatting.
  if (argv[0] === 'format') return parseFormatArgs(argv.slice(1)) ?? { command: 'help' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util parseArgs takes "--auto-stop -1" for an option missing its value ("argument
    // is ambiguous"): say what is wrong with the value instead.
    const ambiguous = /^Option '--([\w-]+)(?: <value>)?' argument is ambiguous/.exec(errorMessage(error));
    if (ambiguous) {
      const name = ambiguous[1]!;
      const given = argv[argv.indexOf(`--${name}`) + 1] ?? '';
      throw new UsageError(`--${name} cannot be "${given}": no value of it is negative or starts with "-".`);
    }
    throw new UsageError(errorMessage(error).replace(/\. To specify a positional.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { command: 'help' };
  const [command, ...rest] = positionals;

  if (command === 'dictate') {
    refuse(values, [...SERVE_ONLY, ...TRANSCRIPT_ONLY], 'dictate');
    if (rest.length > 1 || (rest.length === 1 && rest[0] !== '-')) {
      throw new UsageError(`dictate takes - for raw audio on stdin, or nothing for the microphone (got ${rest.join(' ')}).`);
    }
    const server = serverOptions(values, env);
    return {
      command: 'dictate',
      ...(rest[0] === '-' ? { input: '-' as const } : {}),
      ...server,
      ...(values.language !== undefined ? { language: parseLanguage(values.language) } : {}),
      live: values.live ?? false,
      ...(values['auto-stop'] !== undefined ? { autoStopSeconds: parseSeconds(values['auto-stop'], '--auto-stop') } : {}),
      useSettings: !values['no-settings'],
      pushToTalk: values['push-to-talk'] ?? false,
    };
  }
  if (command === 'control') {
    const used = Object.keys(values).filter((name) => values[name as keyof typeof values] !== undefined);
    if (used.length > 0) throw new UsageError(`control takes no options (got ${used.map((n) => `--${n}`).join(', ')}).`);
    const action = rest[0];
    if (rest.length !== 1 || !(CONTROL_ACTIONS as readonly string[]).includes(action!)) {
      throw new UsageError(`control takes one of ${CONTROL_ACTIONS.join(', ')}${rest.length ? ` (got ${rest.join(' ')})` : ''}.`);
    }
    return { command: 'control', action: action as ControlAction };
  }
  if (command === 'transcribe') {
    refuse(values, [...SERVE_ONLY, ...DICTATE_ONLY], 'transcribe');
    if (rest.length !== 1) throw new UsageError('transcribe takes exactly one input: a WAV file, or - for raw audio on stdin.');
    const server = serverOptions(values, env);
    if (values.language !== undefined && !values.format && !values.live) {
      throw new UsageError('--language sets how --format and --live write the text; add one of them.');
    }
    if (values.alternatives !== undefined && values.live) {
      throw new UsageError('--alternatives prints the readings of each final result; --live prints typing edits, which have none.');
    }
    return {
      command: 'transcribe',
      input: rest[0]!,
      ...server,
      json: values.json ?? false,
      partials: values.partials ?? false,
      words: values.words ?? false,
      realtime: values.realtime ?? false,
      format: values.format ?? false,
      language: parseLanguage(values.language),
      ...(values['buffer-seconds'] !== undefined ? { bufferSeconds: parseSeconds(values['buffer-seconds'], '--buffer-seconds') } : {}),
      retrySeconds: values['retry-seconds'] !== undefined ? parseSeconds(values['retry-seconds'], '--retry-seconds') : DEFAULT_RETRY_SECONDS,
      ...(values.live ? { live: true } : {}),
      ...(values['auto-stop'] !== undefined ? { autoStopSeconds: parseSeconds(values['auto-stop'], '--auto-stop') } : {}),
      ...(values.alternatives !== undefined ? { alternatives: parseAlternatives(values.alternatives) } : {}),
    };
  }
  if (command === 'serve') {
    refuse(values, [...TRANSCRIBE_ONLY, ...DICTATE_ONLY], 'serve');
    if (rest.length > 0) throw new UsageError(`serve takes no file arguments (got ${rest.join(' ')}).`);
    return {
      command: 'serve',
      host: values.host ?? '127.0.0.1',
      port: parsePort(values.port),
      ...engineChoice(values.engine, values.model),
      ...(values.capacity !== undefined ? { capacity: parseCount(values.capacity, '--capacity', 'streams') } : {}),
      ...(values['decode-slots'] !== undefined ? { decodeSlots: parseCount(values['decode-slots'], '--decode-slots', 'decodes') } : {}),
      ...(values['allow-origin'] !== undefined ? { allowOrigins: values['allow-origin'].map(checkedOrigin) } : {}),
    };
  }
  throw new UsageError(`Unknown command "${command}": expected transcribe, dictate, control, serve or format.`);
}

/** --server or the built-in engine, and the token: the same rules for transcribe and dictate. */
function serverOptions(values: ParsedValues, env: Record<string, string | undefined>): EngineSpec & Pick<DictateCommand, 'server' | 'token' | 'tokenFile' | 'allowInsecure'> {
  if (values.server !== undefined && (values.engine !== undefined || values.model !== undefined)) {
    throw new UsageError('--engine and --model choose the built-in server; they cannot be used with --server.');
  }
  if (values.token !== undefined && values['token-file'] !== undefined) {
    throw new UsageError('--token and --token-file both give the access token; use one.');
  }
  const tokenFile = values['token-file'];
  if (tokenFile !== undefined && values.server === undefined) {
    throw new UsageError('--token-file is for a server given with --server; the built-in server takes no token.');
  }
  const token = tokenFile !== undefined ? undefined : checkedToken(values.token ?? env.VOSKEY_TOKEN, values.token !== undefined ? '--token' : 'VOSKEY_TOKEN');
  return {
    ...(values.server !== undefined ? { server: values.server } : {}),
    ...(token ? { token } : {}),
    ...(tokenFile !== undefined ? { tokenFile } : {}),
    ...engineChoice(values.engine, values.model),
    allowInsecure: values['allow-insecure'] ?? false,
  };
}

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

/** The same rule as the Settings window: no spaces, no control characters. Empty means none. */
function checkedToken(value: string | undefined, source: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const checked = checkAccessToken(value);
  if (!checked.ok) throw new UsageError(`${source}: ${checked.message}`);
  return checked.token;
}

/**
 * A browser's Origin header is exactly scheme://host[:port]; anything else (`*`, an empty
 * value, a path, `null`) can never equal it, so accepting it would only look like it worked.
 */
function checkedOrigin(value: string): string {
  const example = 'e.g. --allow-origin https://example.org or http://localhost:5173';
  if (value === 'null') {
    throw new UsageError('--allow-origin null cannot be allowed: browsers send Origin: null for local files and sandboxed pages, which any page can be.');
  }
  let origin: string;
  try {
    origin = new URL(value).origin;
  } catch {
    throw new UsageError(`--allow-origin needs an origin such as a browser sends (${example}), not "${value}".`);
  }
  if (origin === 'null') throw new UsageError(`--allow-origin needs an http or https origin (${example}), not "${value}".`);
  if (origin !== value) throw new UsageError(`--allow-origin takes the origin alone, without a path or trailing slash: ${origin}, not "${value}".`);
  return origin;
}

function engineChoice(engine: string | undefined, model: string | undefined): EngineSpec {
  const kind = engine ?? 'sphinx';
  if (kind !== 'sphinx' && kind !== 'vosk') throw new UsageError(`--engine must be sphinx or vosk, not "${kind}".`);
  if (kind === 'sphinx' && model !== undefined) throw new UsageError('--model is for --engine vosk (PocketSphinx uses the Debian en-us model).');
  return model !== undefined ? { engine: kind, modelDir: model } : { engine: kind };
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 2700;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${text}".`);
  return port;
}

function parseCount(text: string, option: string, unit: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1) throw new UsageError(`${option} must be a whole number of ${unit} from 1, not "${text}".`);
  return value;
}

function parseAlternatives(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > MAX_CLI_ALTERNATIVES) {
    throw new UsageError(`--alternatives must be a whole number of readings from 1 to ${MAX_CLI_ALTERNATIVES}, not "${text}".`);
  }
  return value;
}

function parseSeconds(text: string, name: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`${name} must be a number of seconds above 0, not "${text}".`);
  return value;
}

function refuse(values: Record<string, unknown>, names: readonly string[], command: string): void {
  const used = names.filter((n) => values[n] !== undefined);
  if (used.length > 0) throw new UsageError(`${used.map((n) => `--${n}`).join(', ')} cannot be used with ${command}.`);
}
