// Starts recognizer-worker with the extension of this very file, so the same code runs
// from the TypeScript sources (tests, `node --import tsx`) and compiled in dist/.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EngineSpec } from './load-engine.js';

const extension = extname(fileURLToPath(import.meta.url));
const workerUrl = new URL(`./recognizer-worker${extension}`, import.meta.url);

export function spawnRecognizerThread(spec: EngineSpec): Worker {
  const workerData: EngineSpec = { engine: spec.engine, ...(spec.modelDir ? { modelDir: spec.modelDir } : {}), ...(spec.rescoreFinal ? { rescoreFinal: true } : {}) };
  if (extension !== '.ts') return new Worker(workerUrl, { workerData });
  // tsx registers its loader on the main thread only; a worker must register it itself.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
