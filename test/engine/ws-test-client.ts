// A deliberately tiny raw websocket client for the server tests: it records every reply
// and how the socket closed, and adds no protocol behaviour of its own.
import WebSocket from 'ws';
import { EOF_FRAME, parseReply, type VoskReply } from '../../electron/vosk/protocol.js';

export interface CloseInfo {
  code: number;
  reason: string;
}

export class TestClient {
  /** Raw text of every reply, in arrival order. */
  readonly raw: string[] = [];
  readonly closed: Promise<CloseInfo>;
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.raw.push(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'));
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      socket.once('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        for (const wake of this.waiters.splice(0)) wake();
      }),
    );
    socket.on('error', () => undefined); // surfaces as 'close'
  }

  static async open(url: string): Promise<TestClient> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new TestClient(socket);
  }

  send(data: string | Buffer): void {
    this.socket.send(data);
  }

  config(config: Record<string, unknown>): void {
    this.send(JSON.stringify({ config }));
  }

  /** Resolves once `count` replies have arrived; rejects if the socket closes first. */
  async waitForReplies(count: number): Promise<void> {
    while (this.raw.length < count) {
      if (this.socket.readyState === WebSocket.CLOSED) {
        const info = await this.closed;
        throw new Error(`socket closed (${info.code} ${info.reason}) after ${this.raw.length} of ${count} replies`);
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  replies(): VoskReply[] {
    return this.raw.map((text) => {
      const reply = parseReply(text);
      if (reply instanceof Error) throw reply;
      return reply;
    });
  }

  finals(): string[] {
    return this.replies().flatMap((r) => (r.kind === 'final' ? [r.text] : []));
  }

  /** Drop the connection without a closing handshake, like a crashed or unplugged client. */
  vanish(): void {
    this.socket.terminate();
  }

  close(): void {
    this.socket.close();
  }
}

/** Stream frames, then eof; resolves when the server has closed the socket. */
export async function transcribe(
  url: string,
  pcmFrames: Buffer[],
  config: Record<string, unknown> = { sample_rate: 16000 },
): Promise<{ client: TestClient; close: CloseInfo }> {
  const client = await TestClient.open(url);
  client.config(config);
  for (const frame of pcmFrames) client.send(frame);
  client.send(EOF_FRAME);
  const close = await client.closed;
  return { client, close };
}
