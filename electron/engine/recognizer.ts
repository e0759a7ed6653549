// The seam between the built-in server and a speech recognizer (PocketSphinx or libvosk,
// both loaded through koffi). The server owns the protocol; a recognizer only turns PCM
// into partial and final text. A recognizer is used by one connection at a time, inside
// that connection's worker thread, because its native calls block.

import type { VoskReply, FinalReply } from '../vosk/protocol.js';

export interface RecognizerOptions {
  sampleRate: number;
  words: boolean;
  maxAlternatives: number;
  phraseList?: string[];
}

export interface Recognizer {
  /** Feed 16-bit little-endian mono PCM; returns a partial, or a final at an endpoint. */
  acceptWaveform(pcm: Int16Array): VoskReply;
  /**
   * Decode the first parts of a message that was split into units (audio-units.ts): no
   * endpoint check and no partial, which come with the message's last unit through
   * acceptWaveform. So a split message decodes exactly as it would whole.
   */
  feed(pcm: Int16Array): void;
  /** End of utterance: the final result of everything not yet finalised; then ready again. */
  finalResult(): FinalReply;
  /** Release native memory. The recognizer must not be used afterwards. */
  free(): void;
}

export interface RecognizerEngine {
  /** Throws a clear message for options the model cannot serve (e.g. its sample rate). */
  create(options: RecognizerOptions): Recognizer;
  /**
   * Do now, while no client waits, the costly part of the next create() (PocketSphinx: a
   * new decoder). Engines whose create() is cheap leave it out.
   */
  prepareNext?(): void;
  /**
   * Release the model and anything loaded ahead of time. Native memory belongs to the
   * process, not to the worker thread, so a worker that ends without this leaks it.
   */
  dispose(): void;
}
