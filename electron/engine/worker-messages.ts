// Messages between a connection (main thread) and its recognizer worker thread. The
// parent sends one request at a time and the worker answers each with exactly one message.
import type { VoskReply } from '../vosk/protocol.js';
import type { RecognizerOptions } from './recognizer.js';

export type WorkerRequest =
  | { type: 'create'; options: RecognizerOptions }
  /** 16-bit PCM; the buffer is transferred, not copied. */
  | { type: 'accept'; pcm: ArrayBuffer }
  /** Like accept, for a unit of a split message that is not its last: answered 'fed', no result. */
  | { type: 'feed'; pcm: ArrayBuffer }
  | { type: 'final' }
  /** Free the recognizer but keep the engine loaded, so the worker can serve another client. */
  | { type: 'recycle' }
  /** Make the next client's recognizer ahead of time (RecognizerEngine.prepareNext). */
  | { type: 'prepare' }
  /** Free the recognizer and the model, then let the thread end. */
  | { type: 'free' };

export type WorkerAnswer =
  | { type: 'created' }
  | { type: 'reply'; reply: VoskReply }
  | { type: 'fed' }
  | { type: 'freed' }
  | { type: 'recycled' }
  | { type: 'prepared' }
  | { type: 'failed'; message: string };

/** Sent once, unprompted, when the worker has loaded its engine (or could not). */
export type WorkerStartup = { type: 'loaded' } | { type: 'load-failed'; message: string };
