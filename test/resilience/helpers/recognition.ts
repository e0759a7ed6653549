// A VoskRecognition set up for tests: small backoff and timeouts so faults resolve fast,
// pointed at a fixed URL (or whatever `url()` says at each connection attempt).
import { VoskRecognition } from '../../../electron/vosk/recognition/index.js';
import type { RecognitionOptions } from '../../../electron/vosk/recognition/index.js';

export function testRecognition(url: string | (() => string), overrides: Partial<RecognitionOptions> = {}): VoskRecognition {
  return new VoskRecognition({
    resolveServer: async () => ({ url: typeof url === 'string' ? url : url() }),
    config: () => ({ sample_rate: 16000 }),
    backoff: { initialMs: 100, maxMs: 500 },
    connectTimeoutMs: 3000,
    replyTimeoutMs: 5000,
    idleCloseSeconds: 30,
    ...overrides,
  });
}
