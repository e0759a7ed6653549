// The messages between the app and the engine process (engine-process.ts).
import type { EngineSpec } from './load-engine.js';

export type EngineProcessRequest =
  | ({ type: 'start' } & EngineSpec)
  | { type: 'stop' }
  /** The packaged-app smoke test (scripts/smoke-packaged.js): can this process load libvosk? */
  | { type: 'probe' };

export type EngineProcessMessage =
  | { type: 'ready'; url: string }
  | { type: 'failed'; message: string }
  /** libvosk: null when it loaded, else why not. */
  | { type: 'probe'; libvosk: string | null };
