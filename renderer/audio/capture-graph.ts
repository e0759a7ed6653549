// The audio processing, kept warm for the life of the capture page: one 16 kHz
// AudioContext with the capture worklet loaded and its node built, made once. Creating
// the context and loading the module cost most of a cold start (≈200 ms on Chromium's fake
// device, more on real hardware); a warm graph only connects the microphone's stream.
// Once its stream is disconnected the context is suspended, so an idle Voskey uses no
// audio thread time.

import { CAPTURE_PROCESSOR, type FromWorklet, type ToWorklet } from './capture-messages.js';

export const CAPTURE_SAMPLE_RATE = 16000;

export class CaptureGraph {
  private source: MediaStreamAudioSourceNode | undefined;
  private sourceStream: MediaStream | undefined;

  private constructor(
    private readonly context: AudioContext,
    private readonly node: AudioWorkletNode,
  ) {}

  static async create(onMessage: (message: FromWorklet) => void): Promise<CaptureGraph> {
    const context = new AudioContext({ sampleRate: CAPTURE_SAMPLE_RATE });
    try {
      await context.audioWorklet.addModule(new URL('./capture.worklet.js', import.meta.url));
      // No outputs: the node is a sink and Chromium runs it without a path to the speakers.
      const node = new AudioWorkletNode(context, CAPTURE_PROCESSOR, {
        numberOfInputs: 1,
        numberOfOutputs: 0,
        channelCount: 1,
        channelCountMode: 'explicit', // mix a stereo mic down to mono
      });
      node.port.onmessage = (event: MessageEvent<FromWorklet>) => onMessage(event.data);
      return new CaptureGraph(context, node);
    } catch (error) {
      void context.close().catch(() => undefined);
      throw error;
    }
  }

  get sampleRate(): number {
    return this.context.sampleRate;
  }

  /** Whether the context still works (it can be closed under us, e.g. by the audio service crashing). */
  get usable(): boolean {
    return this.context.state !== 'closed';
  }

  post(message: ToWorklet): void {
    this.node.port.postMessage(message);
  }

  isConnected(stream: MediaStream): boolean {
    return this.sourceStream === stream;
  }

  /** Feeds this stream to the worklet (replacing any other) and runs the context. */
  async connect(stream: MediaStream): Promise<void> {
    if (this.sourceStream !== stream) {
      this.disconnectSource();
      this.source = this.context.createMediaStreamSource(stream);
      this.source.connect(this.node);
      this.sourceStream = stream;
    }
    // A page without a user gesture may start suspended (autoplay policy); ours suspends itself.
    await this.context.resume();
  }

  /** Stops feeding the worklet and suspends the context. */
  async disconnect(): Promise<void> {
    this.disconnectSource();
    await this.context.suspend().catch(() => undefined);
  }

  private disconnectSource(): void {
    this.source?.disconnect();
    this.source = undefined;
    this.sourceStream = undefined;
  }
}
