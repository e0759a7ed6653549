// Watches every VoskConnection the app opens, without changing what it does: which
// message numbers each sendAudio call used, and each reply with the message number it
// answers (replyIndex) and the moment it reached main. VoskRecognition opens its sockets
// itself (and keeps one warm between utterances), so the probe wraps VoskConnection.open
// and, on each connection it returns, sendAudio and emit — instance wrappers, which
// survive the removeAllListeners() an utterance does when it hands the socket on.
import { VoskConnection, type SentSpan } from '../../electron/vosk/connection.js';

export interface SentAudio {
  connection: VoskConnection;
  span: SentSpan;
}

export interface ProbedReply {
  connection: VoskConnection;
  kind: 'partial' | 'final';
  text: string;
  replyIndex: number;
  /** performance.now() when main parsed it. */
  at: number;
}

export interface ConnectionProbe {
  /** Called in send order, as soon as the frame is handed to the socket. */
  onSend: ((sent: SentAudio) => void) | undefined;
  /** Called before the app's own listeners run, so state they change can be attributed to it. */
  onReply: ((reply: ProbedReply) => void) | undefined;
  /** Called after the app's listeners ran for this reply. */
  afterReply: ((reply: ProbedReply) => void) | undefined;
  /** Puts VoskConnection.open back. */
  restore(): void;
}

export function probeConnections(): ConnectionProbe {
  const originalOpen = VoskConnection.open;
  const probe: ConnectionProbe = {
    onSend: undefined,
    onReply: undefined,
    afterReply: undefined,
    restore: () => {
      VoskConnection.open = originalOpen;
    },
  };
  VoskConnection.open = async (options) => {
    const connection = await originalOpen.call(VoskConnection, options);
    const send = connection.sendAudio.bind(connection);
    connection.sendAudio = (pcm) => {
      const span = send(pcm);
      probe.onSend?.({ connection, span });
      return span;
    };
    const emit = connection.emit.bind(connection) as (event: string, ...args: unknown[]) => boolean;
    (connection as { emit: typeof emit }).emit = (event, ...args) => {
      if (event !== 'partial' && event !== 'final') return emit(event, ...args);
      const text = event === 'partial' ? (args[0] as string) : (args[0] as { text: string }).text;
      const reply: ProbedReply = { connection, kind: event, text, replyIndex: args[1] as number, at: performance.now() };
      probe.onReply?.(reply);
      try {
        return emit(event, ...args);
      } finally {
        probe.afterReply?.(reply);
      }
    };
    return connection;
  };
  return probe;
}
