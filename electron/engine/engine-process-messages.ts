// The messages between the app and the engine process (engine-process.ts).
import type { EngineSpec } from './load-engine.js';

export type EngineProcessRequest =
  | ({ type: 'start' } & EngineSpec)
  | { type: 'stop' };

export type EngineProcessMessage = { type: 'ready'; url: string } | { type: 'failed'; message: string };
