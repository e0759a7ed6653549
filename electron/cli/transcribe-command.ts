// `voskey transcribe FILE.wav|-`: reads the audio, picks the server (given, or the
// built-in one for the duration), and streams through the app's own resilient
// recognition (VoskRecognition): a server that drops mid-file is reconnected and the
// audio no final covered is sent again, exactly as when dictating. Finals are printed
// the moment they arrive; the transcript goes to stdout, messages to stderr.

import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { readWav } from '../audio/wav.js';
import type { StreamStatus } from '../dictation/ports.js';
import { DEFAULT_SAMPLE_RATE, type FinalReply, type VoskConfig } from '../vosk/protocol.js';
import { VoskRecognition, type RecognitionListener, type ServerTarget } from '../vosk/recognition/index.js';
import { DEFAULT_BUFFER_SECONDS } from '../vosk/recognition/options.js';
import { DEFAULT_FRAME_MS, frameBytesFor, pacedFrames } from '../vosk/frames.js';
import type { TranscribeCommand } from './args.js';
import { CliFailure, EXIT, recognitionFailure } from './exit.js';
import { openCliServer, whyUnreadable } from './cli-server.js';
import { TranscriptPrinter } from './transcript-printer.js';
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
  const server = await openCliServer(command);
  try {
    // A file is in memory anyway: keep all of it, so a slow first connect loses nothing.
    const fileSeconds = wav ? wav.durationSeconds + 1 : 0;
    await stream(command, io, server.target, wav ? [wav.pcm] : io.stdin, Math.max(command.bufferSeconds ?? DEFAULT_BUFFER_SECONDS, fileSeconds));
  } finally {
    await server.close();
  }
}

async function stream(
  command: TranscribeCommand,
  io: CliIo,
  target: ServerTarget,
  audio: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  bufferSeconds: number,
): Promise<void> {
  const config: VoskConfig = {
    sample_rate: DEFAULT_SAMPLE_RATE,
    ...(command.words ? { words: true } : {}),
    ...(command.alternatives ? { max_alternatives: command.alternatives } : {}),
  };
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
  const listener = cliListener(command, printer, (error) => rejectFailed(recognitionFailure(error)));
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
    await Promise.race([utterance.finish(timeoutMs).catch((error: Error) => Promise.reject(recognitionFailure(error))), failed]);
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

async function readWavFile(path: string): Promise<{ pcm: Buffer; durationSeconds: number }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliFailure(EXIT.input, `Cannot read ${path}: ${whyUnreadable(error)}.`);
  }
  return readWav(bytes, path);
}
