// Voskey's log file: one line per event, in the folder main gives it (the app's logs
// folder), rotated by size so it never grows without bound. Writes are synchronous: the
// volume is small, and the line before a crash is the one we most want on disk.
// Every line passes through the Redactor, so a token or Authorization header never lands.

import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Redactor } from './redact.js';
import { errorMessage } from '../common/error-message.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LoggerOptions {
  dir: string;
  /** Base name; rotated files are <base>.1.log … <base>.<keep>.log. */
  name?: string;
  level?: LogLevel;
  /** Rotate before a write would take the file past this size. */
  maxBytes?: number;
  /** Rotated files kept besides the current one. */
  keep?: number;
  /** Also echo lines here (e.g. process.stderr in development). */
  echo?: (line: string) => void;
  now?: () => Date;
}

/**
 * The one logger shape components take: the app's Logger, or in tests anything with these
 * three methods. The component picks the level (narration is info, trouble warn or error).
 */
export interface LogSink {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Logger extends LogSink {
  readonly file: string;
  readonly redactor: Redactor;
  level: LogLevel;
  debug(message: string): void;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = options.name ?? 'voskey';
  const file = join(options.dir, `${base}.log`);
  const maxBytes = Math.max(1024, options.maxBytes ?? 1024 * 1024);
  const keep = Math.max(0, options.keep ?? 3);
  const redactor = new Redactor();
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dir, { recursive: true });
  let size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;

  const rotated = (n: number): string => join(options.dir, `${base}.${n}.log`);
  function rotate(): void {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1));
      } catch {
        // That generation does not exist yet.
      }
    }
    if (keep > 0) renameSync(file, rotated(1));
    else rmSync(file, { force: true });
    size = 0;
  }

  function write(level: LogLevel, message: string): void {
    if (ORDER[level] < ORDER[logger.level]) return;
    const stamped = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${redactor.text(message)}`;
    const line = `${stamped.replace(/\r?\n/g, '\n    ')}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (size > 0 && size + bytes > maxBytes) rotate();
      // raw write: a log grows a line at a time, which a whole-file replace (durable-write.ts)
      // cannot do; appendFileSync loops over short writes itself and throws on a full disk.
      appendFileSync(file, line);
      size += bytes;
    } catch (error) {
      // Logging must never take the app down (full disk, folder removed): report and go on.
      options.echo?.(`log write failed: ${errorMessage(error)}\n`);
    }
    options.echo?.(line);
  }

  const logger: Logger = {
    file,
    redactor,
    level: options.level ?? 'info',
    debug: (m) => write('debug', m),
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m) => write('error', m),
  };
  return logger;
}
