// Downloads one file over HTTP(S) to a partial file, resumably. The bytes on disk are the
// truth: every (re)connection asks for `Range: bytes=<size on disk>-`, so pause/resume and
// a cut connection both pick up where the file stopped. A server that answers 200 instead
// of 206 (no Range support) gets the file truncated and written again from the start.

import { createWriteStream } from 'node:fs';
import { rm, stat, truncate } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';

export interface TransferProgress {
  bytes: number;
  total: number | null;
  /** Bytes per second over the last few seconds. */
  rate: number;
}

export interface FileDownloadOptions {
  url: string;
  /** Partial file; kept between runs so a later download resumes it. */
  dest: string;
  /**
   * The size the file must have (the catalogue's). Used as the total until the server says
   * otherwise, and a hard limit: a server that sends more is cut off at this many bytes.
   */
  expectedSize?: number | null;
  /** A connection that sends nothing for this long is dropped (and retried). */
  idleTimeoutMs?: number;
  /** Consecutive failed connections without progress before giving up. */
  maxRetries?: number;
  retryDelayMs?: number;
  onProgress?: (progress: TransferProgress) => void;
}

export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    readonly reason: 'http' | 'network' | 'timeout' | 'cancelled' | 'bad-url' | 'too-many-redirects' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

type Attempt =
  | { kind: 'complete' }
  | { kind: 'stopped' }
  | { kind: 'redirect'; location: string }
  | { kind: 'restart' }
  | { kind: 'interrupted'; error: DownloadError }
  | { kind: 'fatal'; error: DownloadError };

const RATE_WINDOW_MS = 3000;
const MAX_REDIRECTS = 5;

/** Bytes per second over a sliding window, so the panel shows a steady number. */
class RateMeter {
  private samples: { time: number; bytes: number }[] = [];
  add(bytes: number, now = Date.now()): void {
    this.samples.push({ time: now, bytes });
    while (this.samples.length > 2 && now - this.samples[0]!.time > RATE_WINDOW_MS) this.samples.shift();
  }
  reset(): void {
    this.samples = [];
  }
  rate(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.time === first.time) return 0;
    return Math.round(((last.bytes - first.bytes) * 1000) / (last.time - first.time));
  }
}

async function sizeOnDisk(path: string): Promise<number> {
  return stat(path).then(
    (s) => s.size,
    () => 0,
  );
}

function parseContentRange(header: string | undefined): { start: number; total: number | null } | null {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(header ?? '');
  if (!match) return null;
  return { start: Number(match[1]), total: match[2] === '*' ? null : Number(match[2]) };
}

export class FileDownload {
  private state: 'idle' | 'running' | 'paused' | 'cancelled' | 'done' = 'idle';
  private url: string;
  private bytes = 0;
  private total: number | null;
  private readonly meter = new RateMeter();
  private stopCurrent: (() => void) | null = null;
  private wakeFromPause: (() => void) | null = null;

  constructor(private readonly options: FileDownloadOptions) {
    this.url = options.url;
    this.total = options.expectedSize ?? null;
  }

  private stateIs(state: FileDownload['state']): boolean {
    return this.state === state;
  }

  get paused(): boolean {
    return this.state === 'paused';
  }

  progress(): TransferProgress {
    return { bytes: this.bytes, total: this.total, rate: this.state === 'running' ? this.meter.rate() : 0 };
  }

  /** Resolves once the whole file is on disk; rejects with DownloadError. */
  async run(): Promise<void> {
    if (this.state !== 'idle') throw new Error('run() was already called');
    this.state = 'running';
    let redirects = 0;
    let failures = 0;
    for (;;) {
      // state changes under us (pause/cancel come from outside), so read it through a method.
      if (this.stateIs('paused')) await new Promise<void>((wake) => (this.wakeFromPause = wake));
      if (this.stateIs('cancelled')) break;
      const before = (this.bytes = await sizeOnDisk(this.options.dest));
      const attempt = await this.attempt();
      this.bytes = await sizeOnDisk(this.options.dest);
      if (attempt.kind === 'complete') {
        this.state = 'done';
        this.emit();
        return;
      }
      if (attempt.kind === 'fatal') {
        // Bytes past the expected size are not the model: start clean next time.
        if (attempt.error.reason === 'too-large') await rm(this.options.dest, { force: true }).catch(() => undefined);
        throw attempt.error;
      }
      if (attempt.kind === 'redirect') {
        if (++redirects > MAX_REDIRECTS) throw new DownloadError('too-many-redirects', `Too many redirects from ${this.options.url}`);
        this.url = new URL(attempt.location, this.url).toString();
        continue;
      }
      if (attempt.kind === 'restart') {
        // raw write: the part file starts over (the server would not resume); it is checked whole before install.
        await truncate(this.options.dest, 0).catch(() => undefined);
        continue;
      }
      if (attempt.kind === 'interrupted') {
        failures = this.bytes > before ? 1 : failures + 1;
        if (failures > (this.options.maxRetries ?? 5)) throw attempt.error;
        await new Promise((r) => setTimeout(r, (this.options.retryDelayMs ?? 1000) * failures));
      }
    }
    await rm(this.options.dest, { force: true });
    throw new DownloadError('cancelled', 'The download was cancelled.');
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.state = 'paused';
    this.stopCurrent?.();
    this.meter.reset();
    this.emit();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.wakeFromPause?.();
    this.wakeFromPause = null;
  }

  /** Stops and deletes the partial file; run() rejects with reason 'cancelled'. */
  cancel(): void {
    if (this.state === 'done' || this.state === 'cancelled') return;
    this.state = 'cancelled';
    this.stopCurrent?.();
    this.wakeFromPause?.();
  }

  private emit(): void {
    this.options.onProgress?.(this.progress());
  }

  /** One HTTP request: writes what arrives and reports how it ended. */
  private attempt(): Promise<Attempt> {
    let url: URL;
    try {
      url = new URL(this.url);
    } catch {
      return Promise.resolve({ kind: 'fatal', error: new DownloadError('bad-url', `"${this.url}" is not a valid URL`) });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return Promise.resolve({ kind: 'fatal', error: new DownloadError('bad-url', `Only http and https downloads are supported, not ${url.protocol}`) });
    }
    const offset = this.bytes;
    const headers: Record<string, string> = { 'accept-encoding': 'identity' };
    if (offset > 0) headers.range = `bytes=${offset}-`;
    const client = url.protocol === 'https:' ? https : http;

    return new Promise<Attempt>((resolve) => {
      let settled = false;
      let stoppedByUs = false;
      /** Set when the server sent more than expected: whichever handler settles, this is the outcome. */
      let cutOff: Attempt | undefined;
      let timedOut = false;
      const settle = (result: Attempt): void => {
        if (settled) return;
        settled = true;
        this.stopCurrent = null;
        resolve(cutOff ?? (this.state === 'paused' || this.state === 'cancelled' ? { kind: 'stopped' } : result));
      };
      const request = client.get(url, { headers });
      this.stopCurrent = () => {
        stoppedByUs = true;
        request.destroy();
      };
      request.setTimeout(this.options.idleTimeoutMs ?? 30_000, () => {
        timedOut = true;
        request.destroy();
      });
      const interrupted = (cause?: string): Attempt => ({
        kind: 'interrupted',
        error: timedOut
          ? new DownloadError('timeout', `The server sent nothing for ${Math.round((this.options.idleTimeoutMs ?? 30_000) / 1000)} s.`)
          : new DownloadError('network', `The connection to ${url.host} was lost${cause ? ` (${cause})` : ''}.`),
      });
      request.on('error', (error) => settle(stoppedByUs ? { kind: 'stopped' } : interrupted(error.message)));

      request.on('response', (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.resume();
          settle({ kind: 'redirect', location });
          return;
        }
        let append: boolean;
        if (status === 206) {
          const range = parseContentRange(response.headers['content-range']);
          if (!range || range.start !== offset) {
            response.resume();
            settle({ kind: 'restart' });
            return;
          }
          if (range.total !== null) this.total = range.total;
          append = true;
        } else if (status === 200) {
          const length = Number(response.headers['content-length']);
          if (Number.isFinite(length) && length > 0) this.total = length;
          append = false; // no Range support: start over
          this.bytes = 0;
        } else if (status === 416) {
          // Asked past the end: complete if the server's total is what we have.
          response.resume();
          const total = /\/(\d+)$/.exec(response.headers['content-range'] ?? '')?.[1];
          settle(total !== undefined && Number(total) === offset ? { kind: 'complete' } : { kind: 'restart' });
          return;
        } else {
          response.resume();
          const error = new DownloadError('http', `The server answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''} for ${url.href}.`);
          settle(status >= 500 || status === 429 ? { kind: 'interrupted', error } : { kind: 'fatal', error });
          return;
        }

        const limit = this.options.expectedSize ?? null;
        const tooLarge = (size: number) => ({
          kind: 'fatal' as const,
          error: new DownloadError(
            'too-large',
            `${url.host} sent more than the expected ${limit?.toLocaleString('en')} bytes (${size.toLocaleString('en')} or more), so the download was stopped and removed. ` +
              'The file on the server may have changed; Voskey installs only the size it knows.',
          ),
        });
        const announced = (append ? offset : 0) + (Number(response.headers['content-length']) || 0);
        if (limit !== null && announced > limit) {
          response.resume();
          settle(tooLarge(announced));
          return;
        }
        // raw write: a download is streamed and resumed by appending, which a whole-file
        // replace cannot do; it is a part file until install.ts has checked its size and
        // sha256, and a stream write either completes or errors (no silent short write).
        const file = createWriteStream(this.options.dest, { flags: append ? 'a' : 'w' });
        response.on('data', (chunk: Buffer) => {
          if (cutOff) return;
          if (limit !== null && this.bytes + chunk.length > limit) {
            // Never write past the expected size, whatever the server keeps sending.
            cutOff = tooLarge(this.bytes + chunk.length);
            stoppedByUs = true;
            request.destroy();
            return;
          }
          this.bytes += chunk.length;
          this.meter.add(this.bytes);
          this.emit();
          if (!file.write(chunk)) response.pause();
        });
        file.on('drain', () => response.resume());
        response.on('close', () => {
          const completed = response.complete && !stoppedByUs;
          file.end(() => undefined);
          file.on('close', () => {
            if (!completed) return settle(stoppedByUs ? { kind: 'stopped' } : interrupted());
            if (this.total !== null && this.bytes < this.total) return settle(interrupted('ended early'));
            settle({ kind: 'complete' });
          });
        });
        file.on('error', (error) =>
          settle({ kind: 'fatal', error: new DownloadError('network', `Could not write ${this.options.dest}: ${error.message}`) }),
        );
      });
    });
  }
}
