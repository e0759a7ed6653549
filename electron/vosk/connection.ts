// One websocket to a Vosk server (alphacep/vosk-server protocol, see protocol.ts).
//
// Full duplex: audio goes out as it arrives, replies come back as the server gets to them;
// nothing waits in lock-step. The server answers every message except config exactly once,
// in order, so we number what we send (audio frames, eof, reset: 0, 1, 2, …) and tag each
// reply with the number of the message it answers (replyIndex). That is what lets a caller
// know exactly which audio a final result covers, and replay the rest after a drop.

import { EventEmitter } from 'node:events';
import WebSocket from 'ws';
import {
  EOF_FRAME,
  MAX_FRAME_BYTES,
  RESET_FRAME,
  configMessage,
  parseReply,
  type FinalReply,
  type PartialReply,
  type VoskConfig,
} from './protocol.js';
import {
  VoskError,
  connectFailureError,
  connectTimeoutError,
  unexpectedCloseError,
  upgradeRefusedError,
} from './errors.js';
import { validateServerUrl } from './url.js';

/** Replies are small JSON; anything bigger is a broken server, and we never buffer it. */
export const MAX_REPLY_BYTES = 1024 * 1024;
export const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
/** A slow CPU Space can lag a few seconds behind; 20 s of silence with replies owed is not lag. */
export const DEFAULT_REPLY_TIMEOUT_MS = 20_000;

export interface VoskConnectionOptions {
  url: string;
  /** Sent as `Authorization: Bearer …` (private Hugging Face Spaces). Never logged. */
  token?: string;
  config: VoskConfig;
  connectTimeoutMs?: number;
  /** No reply for this long while replies are owed is a 'reply-timeout' error. */
  replyTimeoutMs?: number;
}

export interface CloseInfo {
  code: number;
  reason: string;
  /** Set when the close was not the normal end of the conversation. */
  error?: VoskError;
}

export interface VoskConnectionEvents {
  partial: [text: string, replyIndex: number, reply: PartialReply];
  final: [reply: FinalReply, replyIndex: number];
  closed: [info: CloseInfo];
  error: [error: VoskError];
}

/** The message numbers one sendAudio call used (a big buffer is split into several frames). */
export interface SentSpan {
  first: number;
  last: number;
}

interface PendingFinal {
  resolve(reply: FinalReply): void;
  reject(error: VoskError): void;
  timer: NodeJS.Timeout;
}

export class VoskConnection extends EventEmitter<VoskConnectionEvents> {
  /** Set when the server closed 1011 on {"reset" : 1}: use eof and reconnect instead. */
  resetUnsupported = false;

  private nextMessageIndex = 0;
  private nextReplyIndex = 0;
  private resetIndices = new Set<number>();
  private pendingFinals = new Map<number, PendingFinal>();
  private replyTimer: NodeJS.Timeout | undefined;
  private failure: VoskError | undefined;
  private eofSent = false;
  private closedByUs = false;
  private closeInfo: CloseInfo | undefined;

  private constructor(
    private readonly socket: WebSocket,
    private readonly replyTimeoutMs: number,
  ) {
    super();
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('error', (error) => this.onSocketError(error));
    socket.on('close', (code, reason) => this.onClose(code, reason.toString('utf8')));
  }

  static open(options: VoskConnectionOptions): Promise<VoskConnection> {
    const checked = validateServerUrl(options.url, true);
    if (!checked.ok) return Promise.reject(new VoskError('bad-url', checked.message));
    const rate = options.config.sample_rate;
    if (!Number.isFinite(rate) || rate <= 0) {
      return Promise.reject(new VoskError('bad-url', `sample_rate must be a positive number, not ${String(rate)}.`));
    }
    const host = checked.url.host;
    const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    const headers: Record<string, string> = {};
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    const socket = new WebSocket(checked.url, { headers, maxPayload: MAX_REPLY_BYTES, perMessageDeflate: false });

    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error: VoskError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.terminate();
        reject(error);
      };
      const timer = setTimeout(() => fail(connectTimeoutError(host, connectTimeoutMs)), connectTimeoutMs);
      socket.once('unexpected-response', (request, response) => {
        response.resume();
        request.destroy();
        fail(upgradeRefusedError(response.statusCode ?? 0, host, Boolean(options.token)));
      });
      socket.on('error', (error) => fail(connectFailureError(error, host)));
      socket.once('close', (code, reason) => fail(unexpectedCloseError(code, reason.toString('utf8'))));
      socket.once('open', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.removeAllListeners();
        const connection = new VoskConnection(socket, options.replyTimeoutMs ?? DEFAULT_REPLY_TIMEOUT_MS);
        socket.send(configMessage(options.config));
        resolve(connection);
      });
    });
  }

  /** True while audio and end-of-utterance messages can be sent. */
  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN && !this.eofSent && !this.failure;
  }

  /** Messages sent so far (not counting config); the next one gets this index. */
  get sentCount(): number {
    return this.nextMessageIndex;
  }

  /** Replies received so far; the next one answers message number replyCount. */
  get replyCount(): number {
    return this.nextReplyIndex;
  }

  /**
   * Send 16-bit PCM now, without waiting for replies. Buffers over MAX_FRAME_BYTES are split
   * (the server closes 1009 on bigger frames); the span tells which message numbers it used.
   */
  sendAudio(pcm: Uint8Array): SentSpan {
    this.assertCanSend();
    const first = this.nextMessageIndex;
    // An empty buffer sends nothing: an empty frame would still cost a reply.
    for (let offset = 0; offset < pcm.byteLength; offset += MAX_FRAME_BYTES) {
      const end = Math.min(offset + MAX_FRAME_BYTES, pcm.byteLength);
      this.socket.send(Buffer.from(pcm.buffer, pcm.byteOffset + offset, end - offset));
      this.messageSent();
    }
    return { first, last: this.nextMessageIndex - 1 };
  }

  /**
   * End the utterance and resolve with its final result. 'eof' makes the server close the
   * socket after answering; 'reset' keeps it open for the next utterance (if the server is
   * too old for reset it closes 1011: we reject with 'server-error' and set resetUnsupported).
   */
  endUtterance(mode: 'eof' | 'reset', timeoutMs: number): Promise<FinalReply> {
    try {
      this.assertCanSend();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const index = this.nextMessageIndex;
    this.socket.send(mode === 'eof' ? EOF_FRAME : RESET_FRAME);
    if (mode === 'eof') this.eofSent = true;
    else this.resetIndices.add(index);
    this.messageSent();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingFinals.delete(index);
        reject(new VoskError('reply-timeout', `The server did not send the final result within ${seconds(timeoutMs)}: it may be overloaded or the connection stalled.`));
      }, timeoutMs);
      this.pendingFinals.set(index, { resolve, reject, timer });
    });
  }

  /** Close politely; resolves once the socket is closed. Pending results are rejected. */
  close(): Promise<void> {
    if (this.closeInfo) return Promise.resolve();
    this.closedByUs = true;
    return new Promise((resolve) => {
      this.once('closed', () => resolve());
      if (this.socket.readyState === WebSocket.OPEN) this.socket.close(1000);
      // A server that ignores our close frame must not keep us (or the process) waiting.
      setTimeout(() => this.socket.terminate(), 2000).unref();
    });
  }

  private assertCanSend(): void {
    if (this.failure) throw this.failure;
    if (this.eofSent) throw new VoskError('closed', 'The utterance was already ended with eof; open a new connection for the next one.');
    if (this.socket.readyState !== WebSocket.OPEN) throw new VoskError('closed', 'The connection to the server is closed.');
  }

  private messageSent(): void {
    this.nextMessageIndex++;
    if (!this.replyTimer) this.armReplyTimer();
  }

  private armReplyTimer(): void {
    clearTimeout(this.replyTimer);
    this.replyTimer = undefined;
    if (this.nextReplyIndex >= this.nextMessageIndex) return;
    this.replyTimer = setTimeout(() => {
      const owed = this.nextMessageIndex - this.nextReplyIndex;
      this.fail(
        new VoskError(
          'reply-timeout',
          `The server stopped answering: no reply for ${seconds(this.replyTimeoutMs)} with ${owed} message(s) unanswered. It may be overloaded or the connection stalled; reconnecting should help.`,
        ),
      );
    }, this.replyTimeoutMs);
  }

  private onMessage(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.failure) return;
    if (isBinary) {
      this.fail(new VoskError('protocol', `The server sent binary data (${byteLength(data)} bytes) where a JSON reply was expected: is this a Vosk server?`));
      return;
    }
    const index = this.nextReplyIndex;
    if (index >= this.nextMessageIndex) {
      this.fail(new VoskError('protocol', 'The server sent a reply to a message we never sent: is this a Vosk server?'));
      return;
    }
    const reply = parseReply(textOf(data));
    if (reply instanceof Error) {
      this.fail(new VoskError('protocol', `The server's reply makes no sense (${reply.message}): is this a Vosk server?`));
      return;
    }
    const pending = this.pendingFinals.get(index);
    if (pending && reply.kind !== 'final') {
      this.fail(new VoskError('protocol', 'The server answered the end of the utterance with a partial result instead of the final one.'));
      return;
    }
    this.nextReplyIndex++;
    this.resetIndices.delete(index);
    this.armReplyTimer();
    if (reply.kind === 'partial') {
      this.emit('partial', reply.partial, index, reply);
      return;
    }
    this.emit('final', reply, index);
    if (pending) {
      this.pendingFinals.delete(index);
      clearTimeout(pending.timer);
      pending.resolve(reply);
    }
  }

  private onSocketError(error: Error & { code?: string }): void {
    if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      this.fail(new VoskError('protocol', `The server sent a reply larger than ${MAX_REPLY_BYTES / 1024 / 1024} MiB; Vosk replies are small JSON, so this is not a Vosk server or it is broken.`));
      return;
    }
    this.fail(new VoskError('closed', `The connection to the server failed: ${error.message}.`));
  }

  /** Something went wrong while open: report it once and drop the socket. */
  private fail(error: VoskError): void {
    if (this.failure || this.closeInfo) return;
    this.failure = error;
    this.emitError(error);
    this.socket.terminate();
  }

  private onClose(code: number, reason: string): void {
    clearTimeout(this.replyTimer);
    const owed = this.nextMessageIndex - this.nextReplyIndex;
    let error = this.failure;
    if (!error && !this.closedByUs && (owed > 0 || code !== 1000)) {
      error =
        code === 1000
          ? new VoskError('closed', `The server closed the connection with ${owed} message(s) unanswered.`, code)
          : unexpectedCloseError(code, reason);
      if (code === 1011 && this.resetIndices.has(this.nextReplyIndex)) {
        this.resetUnsupported = true;
        error = new VoskError(
          'server-error',
          `The server closed the connection (1011) on {"reset" : 1}: it is too old to support reset. Falling back to eof and a new connection per utterance.`,
          code,
        );
      }
      this.emitError(error);
    }
    const rejection = error ?? new VoskError('closed', 'The connection was closed before the final result arrived.', code);
    for (const pending of this.pendingFinals.values()) {
      clearTimeout(pending.timer);
      pending.reject(rejection);
    }
    this.pendingFinals.clear();
    this.closeInfo = error ? { code, reason, error } : { code, reason };
    this.emit('closed', this.closeInfo);
  }

  /** An 'error' event nobody listens to would throw: a connection must never crash the app. */
  private emitError(error: VoskError): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }
}

function textOf(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

function byteLength(data: WebSocket.RawData): number {
  return Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
