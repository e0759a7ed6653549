// Runs on the audio rendering thread: turns the microphone's Float32 samples into 16-bit
// little-endian PCM frames of a fixed duration and measures the level. process() runs
// every 128 samples (8 ms at 16 kHz), so it never allocates: samples go into a
// preallocated frame, and a new frame buffer is made only when a full one is handed
// (transferred, not copied) to the main thread.

import {
  CAPTURE_PROCESSOR,
  frameMsWithinLimits,
  type CaptureProcessorOptions,
  type FromWorklet,
  type ToWorklet,
} from './capture-messages.js';

/** The level is measured over, and posted every, this long: ≈20 updates a second. */
const LEVEL_WINDOW_MS = 50;

class CaptureProcessor extends AudioWorkletProcessor {
  private readonly frameSamples: number;
  private frame: Int16Array;
  private filled = 0;
  private totalSamples = 0;
  private flushed = false;

  private readonly levelWindowSamples: number;
  private levelSamples = 0;
  private levelSumSquares = 0;
  private levelPeak = 0;

  constructor(options: AudioWorkletProcessorOptions) {
    super(options);
    const requested = (options.processorOptions as Partial<CaptureProcessorOptions> | undefined)?.frameMs;
    this.frameSamples = Math.round((sampleRate * frameMsWithinLimits(requested)) / 1000);
    this.frame = new Int16Array(this.frameSamples);
    this.levelWindowSamples = Math.round((sampleRate * LEVEL_WINDOW_MS) / 1000);
    this.port.onmessage = (event: MessageEvent<ToWorklet>) => {
      if (event.data === 'flush') this.flush();
    };
  }

  override process(inputs: Float32Array[][]): boolean {
    // After a flush the capture is over: a sample taken now could never be sent.
    if (this.flushed) return false;
    const samples = inputs[0]?.[0];
    // No input yet (the source is still starting): nothing to do, but stay alive.
    if (!samples) return true;
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i]!;
      this.measure(s);
      const clamped = s > 1 ? 1 : s < -1 ? -1 : s;
      // Asymmetric range: -1 → -32768, +1 → 32767.
      this.frame[this.filled++] = Math.round(clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff);
      if (this.filled === this.frameSamples) this.sendFrame();
    }
    this.totalSamples += samples.length;
    return true;
  }

  private measure(s: number): void {
    this.levelSumSquares += s * s;
    const magnitude = s < 0 ? -s : s;
    if (magnitude > this.levelPeak) this.levelPeak = magnitude;
    if (++this.levelSamples < this.levelWindowSamples) return;
    const rms = Math.sqrt(this.levelSumSquares / this.levelSamples);
    this.post({ type: 'level', rms: Math.min(1, rms), peak: Math.min(1, this.levelPeak) });
    this.levelSamples = 0;
    this.levelSumSquares = 0;
    this.levelPeak = 0;
  }

  private sendFrame(): void {
    const full = this.frame.buffer as ArrayBuffer;
    this.port.postMessage(full satisfies FromWorklet, [full]);
    this.frame = new Int16Array(this.frameSamples);
    this.filled = 0;
  }

  private flush(): void {
    if (this.filled > 0) {
      const partial = this.frame.buffer.slice(0, this.filled * Int16Array.BYTES_PER_ELEMENT) as ArrayBuffer;
      this.port.postMessage(partial satisfies FromWorklet, [partial]);
      this.filled = 0;
    }
    this.flushed = true;
    this.post({ type: 'flushed', samples: this.totalSamples });
  }

  private post(message: Exclude<FromWorklet, ArrayBuffer>): void {
    this.port.postMessage(message);
  }
}

registerProcessor(CAPTURE_PROCESSOR, CaptureProcessor);
