// Runs on the audio rendering thread: turns the microphone's Float32 samples into 16-bit
// little-endian PCM frames of a fixed duration and measures the level. process() runs
// every 128 samples (8 ms at 16 kHz), so it never allocates: samples go into a
// preallocated frame, and a new frame buffer is made only when a full one is handed
// (transferred, not copied) to the main thread.
//
// The processor outlives utterances (a warm worklet starts capturing at the next render
// quantum instead of after addModule): between 'flush' and 'start' it is in standby, and
// keeps the last pre-roll's worth of samples when the page holds the microphone open.
// Messages and process() run on this one thread, so a sample is either in the pre-roll
// or live, never both and never neither.

import {
  CAPTURE_PROCESSOR,
  frameMsWithinLimits,
  type FromWorklet,
  type ToWorklet,
} from './capture-messages.js';
import { SampleRing } from './sample-ring.js';

/** The level is measured over, and posted every, this long: ≈20 updates a second. */
const LEVEL_WINDOW_MS = 50;

class CaptureProcessor extends AudioWorkletProcessor {
  private capturing = false;
  /** Whether this utterance's 'started' went out. */
  private started = false;
  private frameSamples = 0;
  private frame = new Int16Array(0);
  private filled = 0;
  private totalSamples = 0;
  private readonly preRoll = new SampleRing();
  /** Bound once, so draining the pre-roll does not allocate a closure per utterance. */
  private readonly appendSample = (sample: number) => this.append(sample);

  private readonly levelWindowSamples: number;
  private levelSamples = 0;
  private levelSumSquares = 0;
  private levelPeak = 0;

  constructor(options: AudioWorkletProcessorOptions) {
    super(options);
    this.levelWindowSamples = Math.round((sampleRate * LEVEL_WINDOW_MS) / 1000);
    this.port.onmessage = (event: MessageEvent<ToWorklet>) => this.command(event.data);
  }

  override process(inputs: Float32Array[][]): boolean {
    const samples = inputs[0]?.[0];
    // No source connected (standby without a held microphone), or it is still starting.
    if (!samples) return true;
    if (this.capturing && !this.started) this.announceStart(0);
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i]!;
      const clamped = s > 1 ? 1 : s < -1 ? -1 : s;
      // Asymmetric range: -1 → -32768, +1 → 32767.
      const pcm = Math.round(clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff);
      if (this.capturing) {
        this.measure(s);
        this.append(pcm);
      } else {
        this.preRoll.push(pcm);
      }
    }
    return true;
  }

  private command(message: ToWorklet): void {
    if (message.type === 'start') this.start(message.frameMs);
    else if (message.type === 'flush') this.flush();
    else if (message.type === 'pre-roll') this.preRoll.resize(Math.max(0, Math.floor(message.samples)));
  }

  private start(frameMs: number): void {
    if (this.capturing) return;
    const frameSamples = Math.round((sampleRate * frameMsWithinLimits(frameMs)) / 1000);
    if (frameSamples !== this.frame.length) this.frame = new Int16Array(frameSamples);
    this.frameSamples = frameSamples;
    this.filled = 0;
    this.totalSamples = 0;
    this.started = false;
    this.levelSamples = 0;
    this.levelSumSquares = 0;
    this.levelPeak = 0;
    this.capturing = true;
    // The pre-roll goes into the frames before any live sample can (process() is not
    // running while this handler is), so the utterance is one continuous stretch of audio.
    const preRollSamples = this.preRoll.drain(this.appendSample);
    if (preRollSamples > 0) this.announceStart(preRollSamples);
  }

  private announceStart(preRollSamples: number): void {
    this.started = true;
    this.post({ type: 'started', preRollSamples });
  }

  private append(pcm: number): void {
    this.frame[this.filled++] = pcm;
    this.totalSamples++;
    if (this.filled === this.frameSamples) this.sendFrame();
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
    if (!this.capturing) {
      // Nothing running: still answer, so a stop can never hang on the worklet.
      this.post({ type: 'flushed', samples: 0 });
      return;
    }
    if (this.filled > 0) {
      const partial = this.frame.buffer.slice(0, this.filled * Int16Array.BYTES_PER_ELEMENT) as ArrayBuffer;
      this.port.postMessage(partial satisfies FromWorklet, [partial]);
      this.filled = 0;
    }
    this.capturing = false;
    // What comes next is the next utterance's pre-roll: nothing of this one is kept twice.
    this.preRoll.clear();
    this.post({ type: 'flushed', samples: this.totalSamples });
  }

  private post(message: Exclude<FromWorklet, ArrayBuffer>): void {
    this.port.postMessage(message);
  }
}

registerProcessor(CAPTURE_PROCESSOR, CaptureProcessor);
