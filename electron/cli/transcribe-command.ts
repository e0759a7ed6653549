// `voskey transcribe FILE.wav|-`: reads the audio, picks the server (given, or the
// built-in one for the duration), and streams through the app's own resilient
// recognition (VoskRecognition): a server that drops mid-file is reconnected and the
// audio no final covered is sent again, exactly as when dictating. Finals are printed
// the moment they arrive; the transcript goes to stdout, messages to stderr.

import { open, readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { readWav } from '../audio/wav.js';
import { checkAccessToken } from '../settings/token.js';
import type { StreamStatus } from '../dictation/ports.js';
import { startBuiltinServer, type BuiltinServer } from '../engine/server.js';
import { VoskError } from '../vosk/errors.js';
import { DEFAULT_SAMPLE_RATE, type FinalReply, type VoskConfig } from '../vosk/protocol.js';
import { VoskRecognition, type RecognitionListener, type ServerTarget } from '../vosk/recognition/index.js';
import { DEFAULT_BUFFER_SECONDS } from '../vosk/recognition/options.js';
import { DEFAULT_FRAME_MS, frameBytesFor, pacedFrames } from '../vosk/frames.js';
import { validateServerUrl } from '../vosk/url.js';
import type { TranscribeCommand } from './args.js';
import { CliFailure, EXIT } from './exit.js';
import { TranscriptPrinter } from './transcript-printer.js';
import { errorMessage } from '../common/error-message.js';
import { LivePrinter } from './live-printer.js';
import { pcmRms, SilenceWatch } from '../dictation/live/silence-watch.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/**
 * After the end of the input, how long the last final may take on top of decoding what is
 * still unanswered (a server decodes no slower than real time, or it could not serve a mic).
 */
const FINAL_MARGIN_MS = 30_000;

export async function runTranscribe(command: TranscribeCommand, io: CliIo): Promise<void> {
  const wav = command.input === '-' ? undefined : await readWavFile(command.input);
  let builtin: BuiltinServer | undefined;
  try {
    let target: ServerTarget;
    if (command.server !== undefined) {
      const token = command.tokenFile !== undefined ? await readTokenFile(command.tokenFile) : command.token;
      target = { url: checkedServerUrl(command.server, command.allowInsecure), ...(token ? { token } : {}) };
    } else {
      builtin = await startBuiltin(command);
      target = { url: builtin.url };
    }
    // A file is in memory anyway: keep all of it, so a slow first connect loses nothing.
    const fileSeconds = wav ? wav.durationSeconds + 1 : 0;
    await stream(command, io, target, wav ? [wav.pcm] : io.stdin, Math.max(command.bufferSeconds ?? DEFAULT_BUFFER_SECONDS, fileSeconds));
  } finally {
    await builtin?.close();
  }
}

async function stream(
  command: TranscribeCommand,
  io: CliIo,
  target: ServerTarget,
  audio: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  bufferSeconds: number,
): Promise<void> {
  const config: VoskConfig = { sample_rate: DEFAULT_SAMPLE_RATE, ...(command.words ? { words: true } : {}) };
  const recognition = new VoskRecognition({
    resolveServer: async () => target,
    config: () => config,
    bufferSeconds,
    idleCloseSeconds: 0, // one utterance per run: end it with eof, keep no socket warm
    offlineLimitMs: command.retrySeconds * 1000,
    // A file may fail fast when nothing listens: it is still on disk, so nothing is lost,
    // and a typo in --server deserves an answer now. Stdin is speech as it happens (a
    // sleeping Space, a server restarting): keep it and retry for --retry-seconds, as the
    // app does.
    failFastWhenUnreachable: command.input !== '-',
  });
  const printer = new TranscriptPrinter(command, io.stdout, io.stderr);
  const live = command.live ? new LivePrinter(command.json, io.stdout, command.language) : undefined;
  // The server may fail while stdin is quiet: the failure must not wait for more input.
  let rejectFailed: (error: Error) => void = () => {};
  const failed = new Promise<never>((_resolve, reject) => (rejectFailed = reject));
  failed.catch(() => undefined);
  // Hands-free: the end of speech ends the utterance as the end of stdin would. Without
  // --auto-stop nothing watches, so no frame pays for measuring its level.
  const silence = command.autoStopSeconds ? new SilenceWatch() : undefined;
  let endInput: () => void = () => {};
  const inputEnded = new Promise<IteratorReturnResult<undefined>>((resolve) => (endInput = () => resolve({ done: true, value: undefined })));
  let listening = false;
  const autoStop = command.autoStopSeconds
    ? setInterval(() => listening && silence!.silentMs() >= command.autoStopSeconds! * 1000 && endInput(), 50)
    : undefined;
  const listener = cliListener(command, printer, (error) => rejectFailed(serverFailure(error)));
  const utterance = recognition.begin({
    ...listener,
    onStatus: (status) => {
      if (status.status === 'listening' && !listening && command.autoStopSeconds) {
        // Silence counts from here; and a script feeding a microphone can wait for this line.
        silence?.restart();
        printer.notice(`listening; stops after ${command.autoStopSeconds} s without speech.`);
      }
      if (status.status === 'listening') listening = true;
      listener.onStatus(status);
    },
    onPartial: (text) => {
      silence?.words(text);
      if (live) live.partial(text);
      else listener.onPartial(text);
    },
    onFinal: (text, reply?: FinalReply) => {
      silence?.words(text);
      if (!live) return listener.onFinal(text, reply);
      if (live.final(text)) endInput(); // "stop dictation"
    },
  });
  try {
    const frames = pacedFrames(audio, frameBytesFor(config.sample_rate, DEFAULT_FRAME_MS), command.realtime ? config.sample_rate * 2 : undefined);
    for (;;) {
      const next = await Promise.race([frames.next(), failed, inputEnded]);
      if (next.done) break;
      silence?.level(pcmRms(next.value));
      utterance.pushAudio(next.value);
    }
    const timeoutMs = FINAL_MARGIN_MS + utterance.stats.pendingSeconds * 1000;
    await Promise.race([utterance.finish(timeoutMs).catch((error: Error) => Promise.reject(serverFailure(error))), failed]);
    live?.end();
  } finally {
    clearInterval(autoStop);
    utterance.abort();
    await recognition.close();
  }
}

function cliListener(command: TranscribeCommand, printer: TranscriptPrinter, onError: (error: Error) => void): RecognitionListener {
  let last: StreamStatus['status'] = 'connecting';
  return {
    onPartial: (text) => {
      if (command.partials) printer.partial(text);
    },
    onFinal: (text, reply?: FinalReply) => printer.final(reply ?? { kind: 'final', text }),
    onStatus: (status) => {
      // Say so when the connection is lost and when it is back; not every retry tick.
      if (status.status === last) return;
      if (status.status === 'reconnecting' || status.status === 'waking') printer.notice(status.message);
      else if (status.status === 'listening' && (last === 'reconnecting' || last === 'waking')) printer.notice('connected; sending the audio that was kept.');
      last = status.status;
    },
    onError,
  };
}

/** A recognition failure as the CLI reports it: exit 3, with the error code when there is one. */
function serverFailure(error: Error): Error {
  if (error instanceof CliFailure) return error;
  const vosk = error instanceof VoskError ? error : error.cause instanceof VoskError ? error.cause : undefined;
  return new CliFailure(EXIT.server, vosk ? `Server error (${vosk.code}): ${error.message}` : error.message);
}

function checkedServerUrl(server: string, allowInsecure: boolean): string {
  const checked = validateServerUrl(server, allowInsecure);
  if (!checked.ok) throw new CliFailure(EXIT.usage, `--server: ${checked.message}${checked.message.includes('insecure') ? ' (--allow-insecure)' : ''}`);
  return checked.url.href;
}

async function readWavFile(path: string): Promise<{ pcm: Buffer; durationSeconds: number }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliFailure(EXIT.input, `Cannot read ${path}: ${whyUnreadable(error)}.`);
  }
  return readWav(bytes, path);
}

/** A token file is read when the command runs, so the token never enters any argv. */
async function readTokenFile(path: string): Promise<string> {
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      // At most one byte past the limit, whatever the file says its size is: /dev/zero or a
      // pipe reports 0 and would otherwise be read until memory runs out.
      const buffer = Buffer.alloc(MAX_TOKEN_FILE_BYTES + 1);
      let length = 0;
      for (let n = -1; n !== 0 && length < buffer.length; length += n) n = (await handle.read(buffer, length, buffer.length - length)).bytesRead;
      if (length > MAX_TOKEN_FILE_BYTES) throw new CliFailure(EXIT.usage, `--token-file: ${path} is too large to hold an access token.`);
      text = buffer.subarray(0, length).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(EXIT.input, `Cannot read the token file ${path}: ${whyUnreadable(error)}.`);
  }
  const checked = checkAccessToken(text);
  if (!checked.ok) throw new CliFailure(EXIT.usage, `--token-file: ${checked.message}`);
  return checked.token;
}

const MAX_TOKEN_FILE_BYTES = 16 * 1024;

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : errorMessage(error);
}

async function startBuiltin(command: TranscribeCommand): Promise<BuiltinServer> {
  try {
    return await startBuiltinServer({ engine: command.engine, ...(command.modelDir ? { modelDir: command.modelDir } : {}), host: '127.0.0.1', port: 0 });
  } catch (error) {
    throw new CliFailure(EXIT.server, `The built-in ${command.engine} server could not start: ${errorMessage(error)}`);
  }
}
