// The messages between the app and the engine process (engine-process.ts).
export type EngineProcessRequest =
  | { type: 'start'; engine: 'sphinx' | 'vosk'; modelDir?: string }
  | { type: 'stop' };

export type EngineProcessMessage = { type: 'ready'; url: string } | { type: 'failed'; message: string };
