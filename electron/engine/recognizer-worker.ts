// Worker thread entry: one engine, at most one recognizer, for one connection. koffi
// calls block, so each connection decodes on its own thread and a slow one stalls no one.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadEngine, type EngineSpec } from './load-engine.js';
import type { Recognizer, RecognizerEngine } from './recognizer.js';
import { releaseFreedNativeMemory } from './release-native-memory.js';
import type { WorkerAnswer, WorkerRequest, WorkerStartup } from './worker-messages.js';
import { errorMessage } from '../common/error-message.js';

if (!parentPort) throw new Error('recognizer-worker must run in a worker thread');
const port: MessagePort = parentPort;

const startup = (message: WorkerStartup) => port.postMessage(message);
const answer = (message: WorkerAnswer) => port.postMessage(message);

let engine: RecognizerEngine | undefined;
try {
  engine = loadEngine(workerData as EngineSpec);
  startup({ type: 'loaded' });
} catch (error) {
  startup({ type: 'load-failed', message: errorMessage(error) });
  port.close();
}

let recognizer: Recognizer | undefined;

port.on('message', (request: WorkerRequest) => {
  try {
    answer(handle(request));
  } catch (error) {
    answer({ type: 'failed', message: errorMessage(error) });
  }
});

function handle(request: WorkerRequest): WorkerAnswer {
  if (!engine) throw new Error('the recognizer engine did not load');
  switch (request.type) {
    case 'create':
      if (recognizer) throw new Error('this worker already has a recognizer');
      recognizer = engine.create(request.options);
      return { type: 'created' };
    case 'accept':
      return { type: 'reply', reply: live().acceptWaveform(new Int16Array(request.pcm)) };
    case 'feed':
      live().feed(new Int16Array(request.pcm));
      return { type: 'fed' };
    case 'final':
      return { type: 'reply', reply: live().finalResult() };
    case 'recycle':
      recognizer?.free();
      recognizer = undefined;
      return { type: 'recycled' };
    case 'prepare':
      // Asked for as a request of its own (RecognizerThread.recycle), never done unasked:
      // the main thread stops a worker only between requests, and one stopped between
      // koffi calls (ps_init's) aborts the whole process.
      if (!recognizer) prepareNext();
      return { type: 'prepared' };
    case 'free':
      recognizer?.free();
      recognizer = undefined;
      engine.dispose();
      engine = undefined;
      releaseFreedNativeMemory();
      // Nothing else keeps the thread alive: it ends once this answer is posted.
      setImmediate(() => port.close());
      return { type: 'freed' };
  }
}

function prepareNext(): void {
  try {
    engine?.prepareNext?.();
  } catch {
    // Not fatal: create() makes the decoder itself, and reports the error to that client.
  }
  releaseFreedNativeMemory(); // the last client's decoder: see release-native-memory.ts
}

function live(): Recognizer {
  if (!recognizer) throw new Error('audio arrived before the recognizer was created');
  return recognizer;
}
