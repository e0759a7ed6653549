// What the capture page does, one command at a time: main says prepare/start/stop, this
// drives the microphone (microphone.ts) and the warm audio graph (capture-graph.ts).
//
// - The graph is made once (at the first prepare or start) and kept: a key press then
//   only has to open the microphone, or nothing at all when it is held ready.
// - "Keep the microphone ready" holds the stream open between utterances, and the worklet
//   keeps the last pre-roll of audio; 'start' sends it first, so a word spoken as the key
//   goes down is not clipped. Without it the microphone is released after every utterance
//   and whenever the page is told to prepare.
// - Each capture ends with exactly one 'capture:ended', sent after every captured sample
//   went out and, unless the microphone is being kept ready, after its tracks were stopped.
// Commands run in order, so a stop that arrives while the mic is still opening stops that
// capture once it has started (a quick tap of the hotkey).

import type { CaptureEnd, CaptureOptions } from '../../electron/dictation/capture-types.js';
import type { VoskeyApi } from '../../electron/ipc.js';
import { frameMsWithinLimits, preRollMsWithinLimits, type FromWorklet } from './capture-messages.js';
import { CaptureGraph } from './capture-graph.js';
import { describe, listDevices, Microphone, microphoneKey, type MicrophoneOpening } from './microphone.js';

/** A worklet that never answers a flush (its context died) must not hang the stop. */
const FLUSH_TIMEOUT_MS = 1000;

interface Capture {
  microphone: Microphone;
  /** performance.now() when the page received the start, for 'capture:started'. */
  receivedAt: number;
  flushed: (() => void) | undefined;
}

export class CaptureService {
  private queue: Promise<void> = Promise.resolve();
  private graph: CaptureGraph | undefined;
  private microphone: Microphone | undefined;
  /** The pre-roll the worklet was last told to keep, in samples. */
  private preRollSamples = 0;
  /** The latest options main sent (prepare or start): what to do between utterances. */
  private wanted: CaptureOptions | undefined;
  private capture: Capture | undefined;

  constructor(private readonly api: VoskeyApi) {}

  prepare(options: CaptureOptions): void {
    this.enqueue(async () => {
      this.wanted = options;
      // During a capture the new wishes apply when it ends.
      if (!this.capture) await this.settle();
    });
  }

  start(options: CaptureOptions): void {
    const receivedAt = performance.now();
    this.enqueue(() => this.begin(options, receivedAt));
  }

  stop(): void {
    this.enqueue(() => this.finish({ reason: 'stopped' }));
  }

  listDevices(): void {
    this.enqueue(async () => {
      this.api.send('capture:devices', await listDevices().catch(() => []));
    });
  }

  private enqueue(command: () => Promise<void>): void {
    this.queue = this.queue.then(command).catch((error: unknown) => console.error('voskey capture:', error));
  }

  private async begin(options: CaptureOptions, receivedAt: number): Promise<void> {
    // A start while capturing ends the running capture first: one mic, one stream of frames.
    await this.finish({ reason: 'stopped' });
    this.wanted = options;
    let graph: CaptureGraph;
    try {
      graph = await this.warmGraph();
    } catch (error) {
      this.api.send('capture:ended', { reason: 'error', message: `Could not start audio processing: ${describe(error)}` });
      return;
    }
    const opening = await this.openMicrophone(options);
    if (!opening.ok) {
      await graph.disconnect();
      this.api.send('capture:ended', { reason: 'error', message: opening.message });
      return;
    }
    const microphone = opening.microphone;
    this.capture = { microphone, receivedAt, flushed: undefined };
    if (!graph.isConnected(microphone.stream)) this.keepPreRoll(graph, options);
    // 'start' before the source is connected: every sample of a new stream is live, none
    // falls into the (then empty) pre-roll. A held stream's pre-roll is sent first.
    graph.post({ type: 'start', frameMs: frameMsWithinLimits(options.frameMs) });
    try {
      await graph.connect(microphone.stream);
    } catch (error) {
      await this.finish({ reason: 'error', message: `Could not start audio processing: ${describe(error)}` });
    }
  }

  private async finish(end: CaptureEnd): Promise<void> {
    const capture = this.capture;
    const graph = this.graph;
    if (!capture || !graph) return;
    const flushed = new Promise<void>((resolve) => {
      capture.flushed = resolve;
      setTimeout(resolve, FLUSH_TIMEOUT_MS);
    });
    graph.post({ type: 'flush' });
    await flushed;
    this.capture = undefined;
    const keep = end.reason === 'stopped' && this.wanted?.keepReady === true && capture.microphone.live;
    // Release before saying so: when main hears 'ended' without keepReady, the mic is off.
    if (!keep) await this.releaseMicrophone();
    this.api.send('capture:ended', end);
    // Settings may have changed during the utterance (another device, another pre-roll).
    if (keep) await this.settle();
  }

  /** Brings the idle page to what the latest options ask: the microphone held ready, or released. */
  private async settle(): Promise<void> {
    const options = this.wanted;
    if (!options?.keepReady) {
      await this.releaseMicrophone();
      if (!options) return;
      // Warm the graph even so (suspended): the next key press then only opens the microphone.
      const graph = await this.warmGraph().catch((error: unknown) => console.warn('voskey capture: audio processing:', describe(error)));
      await graph?.disconnect();
      return;
    }
    let graph: CaptureGraph;
    try {
      graph = await this.warmGraph();
    } catch (error) {
      console.warn('voskey capture: audio processing:', describe(error));
      return;
    }
    const opening = await this.openMicrophone(options);
    if (!opening.ok) {
      // Nobody is dictating to tell; the next key press tries again and reports it.
      console.warn('voskey capture: keeping the microphone ready:', opening.message);
      await graph.disconnect();
      return;
    }
    if (!graph.isConnected(opening.microphone.stream) || this.preRollSamples !== preRollSamplesFor(options, graph)) {
      this.keepPreRoll(graph, options);
    }
    await graph.connect(opening.microphone.stream);
  }

  private keepPreRoll(graph: CaptureGraph, options: CaptureOptions): void {
    this.preRollSamples = preRollSamplesFor(options, graph);
    graph.post({ type: 'pre-roll', samples: this.preRollSamples });
  }

  private async warmGraph(): Promise<CaptureGraph> {
    if (this.graph?.usable) return this.graph;
    this.graph = await CaptureGraph.create((message) => this.fromWorklet(message));
    return this.graph;
  }

  /** The held microphone when it fits these options and still works; else a newly opened one. */
  private async openMicrophone(options: CaptureOptions): Promise<MicrophoneOpening> {
    const held = this.microphone;
    if (held?.live && held.key === microphoneKey(options)) return { ok: true, microphone: held };
    await this.releaseMicrophone();
    const opening = await Microphone.open(options);
    if (opening.ok) {
      const microphone = opening.microphone;
      this.microphone = microphone;
      microphone.onLost((name) => this.lost(microphone, name));
    }
    return opening;
  }

  private async releaseMicrophone(): Promise<void> {
    const microphone = this.microphone;
    this.microphone = undefined;
    if (!microphone) return;
    await this.graph?.disconnect();
    microphone.release();
  }

  /** A track ended: end the capture using it, or drop the held one (the next start reopens). */
  private lost(microphone: Microphone, name: string): void {
    this.enqueue(async () => {
      if (this.capture?.microphone === microphone) {
        await this.finish({ reason: 'device-lost', message: `${name} was disconnected while dictating` });
      } else if (this.microphone === microphone) {
        await this.releaseMicrophone();
      }
    });
  }

  private fromWorklet(message: FromWorklet): void {
    const capture = this.capture;
    if (!capture) return; // nothing outside a capture is sent anywhere
    if (message instanceof ArrayBuffer) this.api.send('capture:frame', message);
    else if (message.type === 'level') this.api.send('capture:level', { rms: message.rms, peak: message.peak });
    else if (message.type === 'started') {
      const preRollMs = (message.preRollSamples * 1000) / (this.graph?.sampleRate ?? 16000);
      this.api.send('capture:started', { waitedMs: performance.now() - capture.receivedAt, preRollMs });
    } else if (message.type === 'flushed') capture.flushed?.();
  }
}

function preRollSamplesFor(options: CaptureOptions, graph: CaptureGraph): number {
  if (!options.keepReady) return 0;
  return Math.round((preRollMsWithinLimits(options.preRollMs) * graph.sampleRate) / 1000);
}
