// Two ways a microphone can be "open" and still hear nothing, both caught on the capture
// path in main, whatever the capture page does:
// - the system withholds it: the platform layer's checks run before the page is asked to
//   open the mic (macOS asks for the permission the first time; Windows' privacy switch);
// - the stream is digital silence: macOS can resolve getUserMedia with an all-zero stream
//   while the permission is missing (the reason Electron's docs/api/system-preferences.md
//   has apps call askForMediaAccess first), Windows' privacy switch can do the same, and a
//   muted source does too. A live microphone always has a noise floor, so a first second
//   (the platform plan's silentMicrophoneSeconds) of exact zeros ends the capture with the
//   "microphone access was denied" message instead of a silent recording.
import type { CaptureEnd, CaptureOptions } from '../dictation/capture-types.js';
import type { CaptureControl } from '../dictation/ports.js';
import type { LogSink } from '../logging/log.js';

const SAMPLE_RATE = 16000;
const BYTES_PER_SAMPLE = 2;

/** Watches the first samples of each capture for a stream of exact zeros. */
export class SilentStartWatch {
  private bytesSeen = 0;
  private decided = false;

  constructor(private readonly seconds: number) {}

  reset(): void {
    this.bytesSeen = 0;
    this.decided = false;
  }

  /** Every sample so far was zero, but not yet for long enough to call the stream silent. */
  get undecided(): boolean {
    return !this.decided;
  }

  /** True exactly once per capture: when its first `seconds` of 16-bit PCM were all zero. */
  feed(pcm: Uint8Array): boolean {
    if (this.decided) return false;
    if (pcm.some((byte) => byte !== 0)) {
      this.decided = true;
      return false;
    }
    this.bytesSeen += pcm.byteLength;
    if (this.bytesSeen < this.seconds * SAMPLE_RATE * BYTES_PER_SAMPLE) return false;
    this.decided = true;
    return true;
  }
}

export interface MicrophoneGuardParts {
  /** The shell's capture control (the capture page). */
  capture: CaptureControl;
  /** The platform's checks before opening the mic: a refusal, or undefined to go ahead. */
  beforeCapture?: (() => Promise<string | undefined>) | undefined;
  /** How much leading digital silence means "this microphone gives us nothing". */
  silentSeconds: number;
  /** The message for a silent stream on this platform. */
  silentMessage: string;
  /** Where frames go on (the session's onCaptureFrame). */
  frame(pcm: Uint8Array): void;
  /** Where the end of a capture goes (the session's onCaptureEnded). */
  ended(end: CaptureEnd): void;
  log?: LogSink;
}

export interface MicrophoneGuard {
  /** What the session drives instead of the shell's capture. */
  capture: CaptureControl;
  /** Every frame from the capture page comes here first. */
  frame(pcm: Uint8Array): void;
  /** And the capture page's end of capture. */
  ended(end: CaptureEnd): void;
}

export function createMicrophoneGuard(parts: MicrophoneGuardParts): MicrophoneGuard {
  const watch = new SilentStartWatch(parts.silentSeconds);
  // A stop must reach the page after the start it follows, even while a permission prompt is open.
  let opening: Promise<boolean> = Promise.resolve(true);
  // Leading frames of exact zeros wait here until the stream proves live: a silent stream
  // then ends with nothing sent (the session drops it at once instead of sending a second
  // of nothing to the server), and a live one gets them all, in order, with its first sound.
  let held: Uint8Array[] = [];
  let silenced = false;
  // The page answers each stop with one 'capture:ended'. After a silent stream that answer
  // is ours to swallow, even when it arrives after the next capture has started.
  let pageEndsToSwallow = 0;

  const release = (): void => {
    for (const pcm of held.splice(0)) parts.frame(pcm);
  };

  const capture: CaptureControl = {
    start(options: CaptureOptions) {
      watch.reset();
      held = [];
      silenced = false;
      const check = parts.beforeCapture;
      if (!check) {
        parts.capture.start(options);
        opening = Promise.resolve(true);
        return;
      }
      opening = refusalFrom(check).then((refusal) => {
        if (!refusal) {
          parts.capture.start(options);
          return true;
        }
        parts.log?.warn(`capture refused: ${refusal}`);
        parts.ended({ reason: 'error', message: refusal });
        return false;
      });
    },
    stop() {
      void opening.then((started) => started && parts.capture.stop());
    },
    // Holding the microphone ready opens it too: the same checks first. Refused, the page is
    // still prepared (audio processing kept warm), only without holding the microphone.
    prepare(options: CaptureOptions) {
      const check = parts.beforeCapture;
      if (!options.keepReady || !check) {
        parts.capture.prepare?.(options);
        return;
      }
      void refusalFrom(check).then((refusal) => {
        if (refusal) parts.log?.warn(`keeping the microphone ready refused: ${refusal}`);
        parts.capture.prepare?.(refusal ? { ...options, keepReady: false } : options);
      });
    },
  };

  return {
    capture,
    frame(pcm: Uint8Array): void {
      if (silenced) return;
      if (watch.feed(pcm)) {
        silenced = true;
        held = [];
        parts.log?.warn(`capture: the first ${parts.silentSeconds} s were exact zeros`);
        parts.ended({ reason: 'error', message: parts.silentMessage });
        pageEndsToSwallow++;
        parts.capture.stop();
        return;
      }
      if (watch.undecided) {
        held.push(pcm);
        return;
      }
      release();
      parts.frame(pcm);
    },
    ended(end: CaptureEnd): void {
      if (pageEndsToSwallow > 0) {
        pageEndsToSwallow--;
        return;
      }
      release();
      parts.ended(end);
    },
  };
}

/** The platform check's refusal, or undefined to go ahead; a check that fails is a refusal. */
function refusalFrom(check: () => Promise<string | undefined>): Promise<string | undefined> {
  return check().catch((error: Error) => `the microphone permission could not be checked: ${error.message}`);
}
