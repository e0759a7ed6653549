// The microphone itself: a MediaStream opened with the user's device and processing
// choices, and what to tell the user when it cannot be opened. The capture page
// (capture-service.ts) decides how long one is held: one utterance, or between utterances
// when the user asked to keep the microphone ready.

import type { AudioDevice, CaptureOptions } from '../../electron/dictation/capture-types.js';

export type MicrophoneOpening = { ok: true; microphone: Microphone } | { ok: false; message: string };

export class Microphone {
  private released = false;

  private constructor(
    readonly stream: MediaStream,
    /** The constraints it was opened with: another set needs another Microphone. */
    readonly key: string,
  ) {}

  static async open(options: CaptureOptions): Promise<MicrophoneOpening> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: audioConstraints(options) });
      return { ok: true, microphone: new Microphone(stream, microphoneKey(options)) };
    } catch (error) {
      return { ok: false, message: openFailureMessage(error, options.deviceId) };
    }
  }

  /** Whether it still delivers audio (not released, no track ended). */
  get live(): boolean {
    return !this.released && this.stream.getAudioTracks().every((track) => track.readyState === 'live');
  }

  /** Calls `lost` with the device's name once if a track ends (unplugged, permission revoked). */
  onLost(lost: (name: string) => void): void {
    let told = false;
    for (const track of this.stream.getAudioTracks()) {
      track.addEventListener('ended', () => {
        if (told || this.released) return;
        told = true;
        lost(track.label ? `"${track.label}"` : 'The microphone');
      });
    }
  }

  /** Stops the tracks: the system's microphone indicator goes off. */
  release(): void {
    this.released = true;
    for (const track of this.stream.getTracks()) track.stop();
  }
}

/** Options that need a differently opened stream differ in this key; frame and pre-roll lengths do not. */
export function microphoneKey(options: CaptureOptions): string {
  return JSON.stringify(audioConstraints(options));
}

export async function listDevices(): Promise<AudioDevice[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((d) => d.kind === 'audioinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Microphone ${i + 1}` }));
}

function audioConstraints(options: CaptureOptions): MediaTrackConstraints {
  return {
    // An empty id means the system default; a chosen one must be exactly that device.
    ...(options.deviceId ? { deviceId: { exact: options.deviceId } } : {}),
    channelCount: 1,
    echoCancellation: options.echoCancellation,
    noiseSuppression: options.noiseSuppression,
    autoGainControl: options.autoGainControl,
  };
}

/** What went wrong opening the mic, in words a user can act on. */
export function openFailureMessage(error: unknown, deviceId: string): string {
  const name = error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Microphone access was denied: allow Voskey to use the microphone in your system settings';
    case 'NotFoundError':
      return 'No microphone was found: connect one and try again';
    case 'OverconstrainedError':
      return deviceId
        ? 'The microphone chosen in settings is not connected: plug it in or choose another one in settings'
        : 'The microphone does not support the requested settings';
    case 'NotReadableError':
    case 'AbortError':
      return `The microphone could not be opened (another program may be using it): ${describe(error)}`;
    default:
      return `The microphone could not be opened: ${describe(error)}`;
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
