// The resilient recognition layer between the dictation session and a Vosk server.
export { VoskRecognition } from './vosk-recognition.js';
export type { RecognitionOptions, ServerTarget } from './options.js';
export type { RecognitionListener, ReplayingUtteranceStream, ReplayingStreamStats } from './replaying-stream.js';
export { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
