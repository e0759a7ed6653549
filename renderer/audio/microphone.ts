// Opens the microphone only while dictating: getUserMedia → 16 kHz AudioContext → capture
// worklet, whose PCM frames go to main as binary and whose levels feed the overlay.
// One Microphone is one capture; it always ends with exactly one 'capture:ended', sent
// after every captured sample went out and after the tracks were stopped.

import type { AudioDevice, CaptureEnd, CaptureOptions, VoskeyApi } from '../../electron/ipc.js';
import { CAPTURE_PROCESSOR, frameMsWithinLimits, type CaptureProcessorOptions, type FromWorklet } from './capture-messages.js';

export const CAPTURE_SAMPLE_RATE = 16000;

/** A worklet that never answers a flush (its context died) must not hang the stop. */
const FLUSH_TIMEOUT_MS = 1000;

export class Microphone {
  private ended = false;
  private flushedResolve: (() => void) | undefined;

  private constructor(
    private readonly api: VoskeyApi,
    private readonly stream: MediaStream,
    private readonly context: AudioContext,
    private readonly node: AudioWorkletNode,
  ) {}

  /**
   * Starts capturing, or reports why it could not with 'capture:ended' {reason: 'error'}
   * and returns undefined.
   */
  static async open(api: VoskeyApi, options: CaptureOptions): Promise<Microphone | undefined> {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: audioConstraints(options) });
    } catch (error) {
      api.send('capture:ended', { reason: 'error', message: openFailureMessage(error, options.deviceId) });
      return undefined;
    }
    let context: AudioContext | undefined;
    try {
      context = new AudioContext({ sampleRate: CAPTURE_SAMPLE_RATE });
      await context.audioWorklet.addModule(new URL('./capture.worklet.js', import.meta.url));
      const processorOptions: CaptureProcessorOptions = { frameMs: frameMsWithinLimits(options.frameMs) };
      // No outputs: the node is a sink and Chromium runs it without a path to the speakers.
      const node = new AudioWorkletNode(context, CAPTURE_PROCESSOR, {
        numberOfInputs: 1,
        numberOfOutputs: 0,
        channelCount: 1,
        channelCountMode: 'explicit', // mix a stereo mic down to mono
        processorOptions,
      });
      const microphone = new Microphone(api, stream, context, node);
      node.port.onmessage = (event: MessageEvent<FromWorklet>) => microphone.fromWorklet(event.data);
      context.createMediaStreamSource(stream).connect(node);
      // A page without a user gesture may start suspended (autoplay policy).
      await context.resume();
      for (const track of stream.getAudioTracks()) {
        track.addEventListener('ended', () => void microphone.deviceLost(track.label));
      }
      return microphone;
    } catch (error) {
      stopTracks(stream);
      void context?.close();
      api.send('capture:ended', { reason: 'error', message: `Could not start audio processing: ${describe(error)}` });
      return undefined;
    }
  }

  /** Ends the capture after sending every sample captured so far. */
  stop(): Promise<void> {
    return this.finish({ reason: 'stopped' });
  }

  private deviceLost(label: string): Promise<void> {
    const name = label ? `"${label}"` : 'The microphone';
    return this.finish({ reason: 'device-lost', message: `${name} was disconnected while dictating` });
  }

  private async finish(end: CaptureEnd): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const flushed = new Promise<void>((resolve) => {
      this.flushedResolve = resolve;
      setTimeout(resolve, FLUSH_TIMEOUT_MS);
    });
    this.node.port.postMessage('flush');
    await flushed;
    this.node.port.onmessage = null;
    // Stop the tracks before saying so: when main hears 'ended', the mic is released.
    stopTracks(this.stream);
    this.api.send('capture:ended', end);
    await this.context.close().catch(() => undefined);
  }

  private fromWorklet(message: FromWorklet): void {
    if (message instanceof ArrayBuffer) this.api.send('capture:frame', message);
    else if (message.type === 'level') this.api.send('capture:level', { rms: message.rms, peak: message.peak });
    else if (message.type === 'flushed') this.flushedResolve?.();
  }
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

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
