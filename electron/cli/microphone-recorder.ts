// `voskey dictate` without "-": the default microphone, recorded by whichever of the
// system's recorders is installed, as raw 16-bit little-endian mono 16 kHz PCM on its
// stdout (the format `voskey transcribe -` reads). PipeWire's first, then PulseAudio's,
// then ALSA's: each reaches the user's default source on the systems that have it.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { CliFailure, EXIT } from './exit.js';

export interface Recorder {
  program: string;
  args: string[];
}

// pw-record(1): "-" writes raw samples to stdout; parec(1) writes raw samples unless
// --file-format is given; arecord(1) -t raw.
export const RECORDERS: readonly Recorder[] = [
  { program: 'pw-record', args: ['--rate', '16000', '--channels', '1', '--format', 's16', '-'] },
  { program: 'parec', args: ['--rate=16000', '--channels=1', '--format=s16le', '--latency-msec=50'] },
  { program: 'arecord', args: ['-q', '-f', 'S16_LE', '-r', '16000', '-c', '1', '-t', 'raw'] },
];

export interface Recording {
  audio: Readable;
  program: string;
  stop(): void;
}

export function chooseRecorder(installed: (program: string) => boolean): Recorder {
  const recorder = RECORDERS.find((r) => installed(r.program));
  if (!recorder) {
    throw new CliFailure(
      EXIT.input,
      `No microphone recorder found: install one of ${RECORDERS.map((r) => r.program).join(', ')} (PipeWire, PulseAudio or ALSA utilities), or pipe raw audio into "voskey dictate -".`,
    );
  }
  return recorder;
}

export function startRecording(recorder: Recorder, env: NodeJS.ProcessEnv): Recording {
  const child: ChildProcess = spawn(recorder.program, recorder.args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  child.on('error', () => {}); // reported as the end of the audio; the exit below says why
  return {
    audio: child.stdout!,
    program: recorder.program,
    stop: () => void child.kill('SIGTERM'),
  };
}
