// "Test connection": tells a user, in one line, whether their server URL works and, if
// not, what to do. A plain HTTP GET first (cheap, and it tells asleep / private / wrong
// name apart on Hugging Face), then a real websocket exchange (config + eof) to be sure
// the thing on the other end speaks the Vosk protocol.

import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ConnectionProbe } from './probe-result.js';
import { VoskConnection } from './connection.js';
import { VoskError, connectFailureError } from './errors.js';
import { DEFAULT_SAMPLE_RATE } from './protocol.js';
import { isHuggingFaceSpace, validateServerUrl } from './url.js';

export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;
/** Enough of a page to spot a "sleeping" notice, never more. */
const MAX_BODY_BYTES = 64 * 1024;
const WAKE_PAGE = /sleeping|is starting|building|restarting|waking/i;

/**
 * `allowInsecureRemote` is the user's setting: without it a ws:// URL to another machine
 * is reported as 'insecure' and never contacted.
 */
export async function probeServer(
  url: string,
  token: string | undefined,
  timeoutMs = DEFAULT_PROBE_TIMEOUT_MS,
  allowInsecureRemote = false,
): Promise<ConnectionProbe> {
  const checked = validateServerUrl(url, allowInsecureRemote);
  if (!checked.ok) {
    const insecureOnly = validateServerUrl(url, true).ok;
    return { ok: false, problem: insecureOnly ? 'insecure' : 'bad-url', detail: checked.message };
  }
  const wsUrl = checked.url;
  const host = wsUrl.host;
  const space = isHuggingFaceSpace(wsUrl.hostname);

  let http: { status: number; body: string };
  try {
    http = await httpGet(toHttpUrl(wsUrl), token, timeoutMs);
  } catch (error) {
    if (error instanceof ProbeTimeout) {
      return space
        ? { ok: false, problem: 'asleep', detail: `${host} did not answer within ${timeoutMs / 1000} s: the Space is probably waking up; try again in a minute.` }
        : { ok: false, problem: 'unreachable', detail: `${host} did not answer within ${timeoutMs / 1000} s: check the address and that the server is running.` };
    }
    return { ok: false, problem: 'unreachable', detail: connectFailureError(error, host).message };
  }

  const verdict = judgeHttpAnswer(http.status, http.body, { host, path: wsUrl.pathname, space, hasToken: Boolean(token) });
  return verdict ?? confirmVosk(wsUrl.href, host, token, timeoutMs, http.status, space);
}

/**
 * What a plain GET already tells us, or undefined when only a websocket can tell
 * (426 Upgrade Required is what vosk-server, and our built-in one, answer when up).
 */
export function judgeHttpAnswer(
  status: number,
  body: string,
  at: { host: string; path: string; space: boolean; hasToken: boolean },
): ConnectionProbe | undefined {
  const { host, space, hasToken } = at;
  if (status === 401 || status === 403) {
    return { ok: false, problem: 'needs-token', detail: hasToken ? `${host} refused the access token (HTTP ${status}): check it has read access.` : `${host} needs an access token (HTTP ${status}).` };
  }
  if (space && status === 404) {
    return hasToken
      ? { ok: false, problem: 'bad-url', detail: `No Space answers at ${host} (HTTP 404), or the token cannot see it: check the owner and Space name, and the token's access.` }
      : { ok: false, problem: 'needs-token', detail: `${host} answered HTTP 404: it is either a private Space (add an access token) or the name is wrong.` };
  }
  if (space && (status === 502 || status === 503 || (status !== 426 && WAKE_PAGE.test(body)))) {
    return { ok: false, problem: 'asleep', detail: `The Space at ${host} is asleep or starting (HTTP ${status}): it wakes on first use, which can take a minute or two.` };
  }
  if (status === 404) return { ok: false, problem: 'not-vosk', detail: `${host} answered HTTP 404 for ${at.path}: check the path in the URL.` };
  return undefined;
}

/** Open a websocket, send config + eof, and expect a Vosk-shaped final result. */
async function confirmVosk(url: string, host: string, token: string | undefined, timeoutMs: number, status: number, space: boolean): Promise<ConnectionProbe> {
  const started = Date.now();
  let connection: VoskConnection | undefined;
  try {
    connection = await VoskConnection.open({ url, token, config: { sample_rate: DEFAULT_SAMPLE_RATE }, connectTimeoutMs: timeoutMs, replyTimeoutMs: timeoutMs });
    await connection.endUtterance('eof', timeoutMs);
    return { ok: true, detail: `A Vosk server is answering at ${host} (round trip ${Date.now() - started} ms).` };
  } catch (error) {
    if (!(error instanceof VoskError)) throw error;
    const notVosk = `${host} is up (HTTP ${status}) but is not a Vosk server: ${error.message}`;
    switch (error.code) {
      case 'protocol':
      case 'http':
      case 'not-found':
        return { ok: false, problem: 'not-vosk', detail: notVosk };
      case 'unauthorized':
        return { ok: false, problem: 'needs-token', detail: error.message };
      case 'connect-timeout':
      case 'reply-timeout':
        return { ok: false, problem: space ? 'asleep' : 'unreachable', detail: error.message };
      case 'refused':
      case 'dns':
      case 'tls':
        return { ok: false, problem: 'unreachable', detail: error.message };
      default:
        return { ok: false, problem: 'error', detail: error.message };
    }
  } finally {
    await connection?.close();
  }
}

class ProbeTimeout extends Error {}

function toHttpUrl(wsUrl: URL): URL {
  const http = new URL(wsUrl.href);
  http.protocol = wsUrl.protocol === 'wss:' ? 'https:' : 'http:';
  return http;
}

function httpGet(url: URL, token: string | undefined, timeoutMs: number): Promise<{ status: number; body: string }> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = (): void => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      };
      res.on('data', (chunk: Buffer) => {
        if (size >= MAX_BODY_BYTES) return;
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_BODY_BYTES) finish();
      });
      res.on('end', finish);
      res.on('error', finish);
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      reject(new ProbeTimeout());
    });
    req.on('error', (error) => reject(error));
    req.end();
  });
}
