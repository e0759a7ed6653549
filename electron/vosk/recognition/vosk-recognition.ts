// The app's SpeechRecognition: Vosk over a websocket, resilient to everything between the
// microphone and the server (see replaying-stream.ts for buffering and replay). It also keeps one
// socket warm between utterances and can open one at app start (warmUp), so the first
// key press does not wait for a connect, or for a sleeping Space to wake.
import type { ConnectionProbe } from '../probe-result.js';
import type { SpeechRecognition } from '../../dictation/ports.js';
import { VoskConnection } from '../connection.js';
import { probeServer } from '../probe.js';
import { connectionKey, resolveOptions, type RecognitionOptions } from './options.js';
import { ReplayingUtteranceStream, type RecognitionListener, type ReplayingStreamContext } from './replaying-stream.js';
import { WarmSocket } from './warm-socket.js';
import { errorMessage } from '../../common/error-message.js';

export class VoskRecognition implements SpeechRecognition {
  private readonly context: ReplayingStreamContext;
  private readonly active = new Set<ReplayingUtteranceStream>();

  constructor(options: RecognitionOptions) {
    const resolved = resolveOptions(options);
    this.context = { options: resolved, warm: new WarmSocket(resolved.idleCloseSeconds * 1000), resetUnsupported: false };
  }

  begin(listener: RecognitionListener): ReplayingUtteranceStream {
    const utterance = new ReplayingUtteranceStream(this.context, listener, (done) => this.active.delete(done));
    if (utterance.isActive) this.active.add(utterance);
    return utterance;
  }

  /**
   * For app start: open a socket now and keep it warm, so the first utterance listens at
   * once. A Space that is asleep starts waking here. When the socket cannot be opened,
   * the probe says why in words (asleep, needs a token, wrong URL…).
   */
  async warmUp(): Promise<ConnectionProbe> {
    const { options, warm } = this.context;
    let target;
    try {
      target = await options.resolveServer();
    } catch (error) {
      return { ok: false, problem: 'error', detail: errorMessage(error) };
    }
    const config = options.config();
    const key = connectionKey(target, config);
    if (warm.has(key)) return { ok: true, detail: 'Already connected to the server.' };
    try {
      const connection = await VoskConnection.open({
        url: target.url,
        token: target.token,
        config,
        connectTimeoutMs: options.connectTimeoutMs,
        replyTimeoutMs: options.replyTimeoutMs,
      });
      warm.put(connection, key);
      return { ok: true, detail: `Connected to ${new URL(target.url).host}.` };
    } catch (error) {
      const probe = await probeServer(target.url, target.token, options.connectTimeoutMs, true);
      // The probe may find the server up a moment later; the open's own error still stands.
      return probe.ok ? { ok: false, problem: 'error', detail: errorMessage(error) } : probe;
    }
  }

  /** App quit or server change: drop the warm socket and give up on utterances in flight. */
  async close(): Promise<void> {
    for (const utterance of [...this.active]) utterance.abort();
    await this.context.warm.discard();
  }

  /** Learned from the server: it closed 1011 on reset, so utterances end with eof. */
  get resetUnsupported(): boolean {
    return this.context.resetUnsupported;
  }
}
