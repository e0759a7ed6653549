// The AudioWorkletGlobalScope is not part of lib.dom, and the renderer compiles with DOM
// types only: these are the few names capture.worklet.ts uses from that scope.

interface AudioWorkletProcessorOptions {
  processorOptions?: unknown;
}

declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options?: AudioWorkletProcessorOptions);
  abstract process(inputs: Float32Array[][], outputs: Float32Array[][], parameters: Record<string, Float32Array>): boolean;
}

declare function registerProcessor(
  name: string,
  processorCtor: new (options: AudioWorkletProcessorOptions) => AudioWorkletProcessor,
): void;

/** The context's sample rate, a global of the worklet scope. */
declare const sampleRate: number;
