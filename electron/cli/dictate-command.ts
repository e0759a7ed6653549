// `voskey dictate [-]`: dictation from the command line with the app's own parts — the
// dictation session (electron/dictation/session.ts), its formatter with the user's
// settings, the platform's typist and the resilient Vosk client — fed from stdin or the
// microphone instead of the capture page. For tiling window managers, Wayland compositors
// and scripts, and so the whole typing path can be tested from outside.
//
// Without --push-to-talk one utterance runs from the start of the input to its end (or
// --auto-stop, or "stop dictation"); the command exits once the last text is typed. With
// it, the input is read all along and `voskey control begin/end/toggle/cancel` (this
// user's control channel, electron/control/) decides which part of it is dictated.
import type { Readable } from 'node:stream';
import { controlAddress } from '../control/control-address.js';
import type { ControlAction } from '../control/control-protocol.js';
import { listenForControl, type ControlServer } from '../control/control-server.js';
import { controlSession } from '../control/session-control.js';
import { createDesktopTypist } from '../desktop/typist-desktop.js';
import { DictationFormatter } from '../dictation/format/index.js';
import { pcmRms } from '../dictation/live/silence-watch.js';
import type { OverlayState } from '../dictation/overlay-state.js';
import { DictationSession } from '../dictation/session.js';
import { defaultSettings } from '../settings/defaults.js';
import type { DictationLanguage, Settings } from '../settings/types.js';
import { DEFAULT_SAMPLE_RATE, type VoskConfig } from '../vosk/protocol.js';
import { DEFAULT_FRAME_MS, frameBytesFor, reframe } from '../vosk/frames.js';
import { VoskRecognition } from '../vosk/recognition/index.js';
import { DEFAULT_BUFFER_SECONDS } from '../vosk/recognition/options.js';
import { errorMessage } from '../common/error-message.js';
import { DEFAULT_RETRY_SECONDS, type DictateCommand } from './args.js';
import { openCliServer } from './cli-server.js';
import { CliFailure, EXIT } from './exit.js';
import { chooseRecorder, startRecording } from './microphone-recorder.js';
import { isOnPath } from '../desktop/find-executable.js';
import { readAppSettings } from './settings-file.js';
import { PRE_ROLL_MS, StreamCapture } from './stream-capture.js';
import { UntypedText } from './untyped-text.js';
import type { CliIo } from './transcribe-command.js';

/** Audio pushed faster than real time (a file on stdin) may take this long to decode after its end. */
const FINISH_TIMEOUT_MS = 120_000;
/** Push-to-talk: keep the server connection warm between utterances for this long. */
const PUSH_TO_TALK_IDLE_CLOSE_SECONDS = 60;

export async function runDictate(command: DictateCommand, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const settings = loadSettings(command, io, env);
  // No recorder installed is said before the server starts, not after.
  const recorder = command.input === '-' ? undefined : chooseRecorder((program) => isOnPath(program, env));
  const server = await openCliServer(command);
  const frameBytes = frameBytesFor(DEFAULT_SAMPLE_RATE, DEFAULT_FRAME_MS);
  const recording = recorder && startRecording(recorder, env);
  const audio: Readable = recording?.audio ?? io.stdin;
  const typist = createDesktopTypist(settings.typing, { ownWindowFocused: () => false, env });
  const untyped = new UntypedText(io.stdout, io.stderr);
  const config: VoskConfig = { sample_rate: DEFAULT_SAMPLE_RATE, ...(settings.formatting.phraseList.length ? { phrase_list: settings.formatting.phraseList } : {}) };
  const recognition = new VoskRecognition({
    resolveServer: async () => server.target,
    config: () => config,
    bufferSeconds: DEFAULT_BUFFER_SECONDS,
    idleCloseSeconds: command.pushToTalk ? PUSH_TO_TALK_IDLE_CLOSE_SECONDS : 0,
    offlineLimitMs: DEFAULT_RETRY_SECONDS * 1000,
  });
  let control: ControlServer | undefined;
  try {
    const watcher = new StateWatcher(io, command.pushToTalk);
    // The session is built below; the capture reaches it through this late binding.
    let session!: DictationSession;
    const capture = new StreamCapture(
      { frame: (pcm) => session.onCaptureFrame(pcm), ended: (end) => session.onCaptureEnded(end) },
      command.pushToTalk ? frameBytesFor(DEFAULT_SAMPLE_RATE, PRE_ROLL_MS) : 0,
    );
    session = new DictationSession({
      capture,
      recognition,
      formatter: new DictationFormatter(settings.formatting),
      output: {
        apply: async (edit) => {
          let refused: string | undefined;
          try {
            refused = (await typist.apply(edit)).refused;
          } catch (error) {
            refused = errorMessage(error);
          }
          if (refused !== undefined) untyped.add(edit.text + (edit.append ?? ''), refused);
        },
      },
      history: { add: () => {} },
      overlay: (state) => watcher.update(state, session?.isCapturing ?? true),
      captureOptions: () => ({ ...settings.audio }),
      finishTimeoutMs: FINISH_TIMEOUT_MS,
      prepareUtterance: async () => ({ live: command.live }),
      keyCommands: () => settings.keyCommands.enabled,
      autoStopSeconds: () => command.autoStopSeconds ?? 0,
    });
    control = await openControl(command, io, env, (action) => controlSession(session, action));
    if (!command.pushToTalk) session.start();
    else io.stderr.write(`voskey: ready; dictating between "voskey control begin" and "end"${recording ? ` (recording with ${recording.program})` : ''}.\n`);
    const inputEnded = feed(reframe(audio, frameBytes), capture, session);
    const interrupted = new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    await Promise.race([inputEnded, interrupted, ...(command.pushToTalk ? [] : [watcher.sessionStopped])]);
    session.stop();
    await session.whenIdle();
    untyped.end();
    if (!command.pushToTalk && session.state.status === 'error') throw new CliFailure(EXIT.server, session.state.message);
  } finally {
    recording?.stop();
    await control?.close();
    await recognition.close();
    await typist.close();
    await server.close();
  }
}

/** Every frame of the input to the capture, in order, with its level for --auto-stop. */
async function feed(frames: AsyncIterable<Uint8Array>, capture: StreamCapture, session: DictationSession): Promise<void> {
  try {
    for await (const frame of frames) {
      capture.push(frame);
      if (capture.isCapturing) session.onCaptureLevel({ rms: pcmRms(frame), peak: 0 });
    }
  } catch {
    // A recorder that died or a stdin closed under us: the input has ended either way.
  }
}

/** The user's settings (or the defaults), with --language over the file's formatting language. */
function loadSettings(command: DictateCommand, io: CliIo, env: NodeJS.ProcessEnv): Settings {
  const read = command.useSettings ? readAppSettings(env) : { settings: defaultSettings(), notices: [] };
  for (const notice of read.notices) io.stderr.write(`voskey: ${notice}\n`);
  const settings = read.settings;
  // 'auto' follows the recognized language in the app; here the server is chosen per run, so English unless told.
  const language: DictationLanguage = command.language ?? (settings.formatting.language === 'auto' ? 'en' : settings.formatting.language);
  return { ...settings, formatting: { ...settings.formatting, language } };
}

/**
 * Serves `voskey control` for this run. Push-to-talk cannot work without it; a plain
 * dictation goes on without it (the app may hold the channel) and says so.
 */
async function openControl(command: DictateCommand, io: CliIo, env: NodeJS.ProcessEnv, handler: (action: ControlAction) => string): Promise<ControlServer | undefined> {
  try {
    return await listenForControl(controlAddress(env), handler);
  } catch (error) {
    if (command.pushToTalk) throw new CliFailure(EXIT.usage, `--push-to-talk needs the control channel, but ${errorMessage(error)}.`);
    io.stderr.write(`voskey: not answering voskey control: ${errorMessage(error)}.\n`);
    return undefined;
  }
}

/** Follows the session's state: says what went wrong, and notices when the session stopped by itself. */
class StateWatcher {
  private resolveStopped: () => void = () => {};
  readonly sessionStopped = new Promise<void>((resolve) => (this.resolveStopped = resolve));
  private lastError = '';
  private saidListening = false;

  constructor(
    private readonly io: CliIo,
    private readonly pushToTalk: boolean,
  ) {}

  update(state: OverlayState, capturing: boolean): void {
    if (!capturing) this.resolveStopped();
    // Once: the server hears us now (a script feeding audio can wait for this line).
    if (state.status === 'listening' && !this.pushToTalk && !this.saidListening) {
      this.saidListening = true;
      this.io.stderr.write('voskey: listening.\n');
    }
    if (state.status === 'reconnecting' || state.status === 'waking') this.say(state.message);
    // Push-to-talk goes on after a failed utterance (the next begin may work): say why now.
    if (state.status === 'error' && this.pushToTalk) this.say(state.message);
  }

  private say(message: string): void {
    if (!message || message === this.lastError) return;
    this.lastError = message;
    this.io.stderr.write(`voskey: ${message}\n`);
  }
}
