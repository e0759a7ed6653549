// Every way talking to a Vosk server can fail, as one error type with a code the app can
// act on and a message a user can act on (what happened, then what to do).

export type VoskErrorCode =
  | 'bad-url'
  | 'refused'
  | 'dns'
  | 'tls'
  | 'unauthorized'
  | 'not-found'
  | 'http'
  | 'connect-timeout'
  | 'reply-timeout'
  | 'server-error'
  | 'frame-too-big'
  | 'closed'
  | 'protocol';

export class VoskError extends Error {
  override readonly name = 'VoskError';
  constructor(
    readonly code: VoskErrorCode,
    message: string,
    /** HTTP status (upgrade refused) or websocket close code, when there was one. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The server answered the websocket upgrade with a plain HTTP response. */
export function upgradeRefusedError(status: number, host: string, hadToken: boolean): VoskError {
  if (status === 401 || status === 403) {
    const advice = hadToken
      ? 'the access token was refused: check it is correct and has read access to this Space.'
      : 'it needs an access token: add one in settings (or --token / VOSKEY_TOKEN).';
    return new VoskError('unauthorized', `${host} answered HTTP ${status}: ${advice}`, status);
  }
  if (status === 404) {
    const privateHint = hadToken ? 'the token cannot see it' : 'it is a private Space and no access token was given';
    return new VoskError(
      'not-found',
      `${host} answered HTTP 404 (not found): either the URL is wrong (check the owner and Space name) or ${privateHint}.`,
      status,
    );
  }
  const asleep = status === 502 || status === 503 ? ' The server may be starting or asleep; try again in a minute.' : '';
  return new VoskError('http', `${host} answered HTTP ${status} instead of opening a websocket: is this a Vosk server URL?${asleep}`, status);
}

const TLS_CODE = /^(ERR_SSL|ERR_TLS|EPROTO$|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)|HOSTNAME_MISMATCH|ERR_TLS_CERT)/;

/** A socket-level failure before the websocket opened. */
export function connectFailureError(cause: unknown, host: string): VoskError {
  const code = (cause as { code?: unknown })?.code;
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (code === 'ECONNREFUSED') {
    return new VoskError('refused', `Nothing is listening at ${host} (connection refused): is the server running, and is the port right?`);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NONAME') {
    return new VoskError('dns', `The host name in ${host} could not be found (${String(code)}): check the spelling, or your network connection.`);
  }
  if (typeof code === 'string' && TLS_CODE.test(code)) {
    return new VoskError(
      'tls',
      `The secure (TLS) connection to ${host} failed (${detail}): if the server does not use TLS, use ws:// instead of wss://; otherwise check its certificate.`,
    );
  }
  if (code === 'ETIMEDOUT') return connectTimeoutError(host);
  return new VoskError('refused', `Could not connect to ${host}: ${detail}. Check the URL and your network connection.`);
}

export function connectTimeoutError(host: string, ms?: number): VoskError {
  const after = ms === undefined ? '' : ` within ${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s`;
  return new VoskError(
    'connect-timeout',
    `${host} did not accept the connection${after}: the server may be asleep or starting (a Hugging Face Space can take a minute to wake), or unreachable. Try again.`,
  );
}

/** The server closed the websocket while we still expected replies. */
export function unexpectedCloseError(code: number, reason: string): VoskError {
  const said = reason ? ` ("${reason}")` : '';
  if (code === 1011) {
    return new VoskError(
      'server-error',
      `The server hit an internal error and closed the connection (1011${said}). A common cause is a sample rate the model does not accept; check the server log.`,
      code,
    );
  }
  if (code === 1009) {
    return new VoskError('frame-too-big', `The server refused a message as too big and closed the connection (1009${said}).`, code);
  }
  if (code === 1013) {
    // "Try Again Later" (RFC 6455): a server at capacity. Transient: retried, or another
    // engine is used meanwhile.
    return new VoskError('closed', `The server is busy and asked to try again later (1013${said}).`, code);
  }
  if (code === 1006) {
    return new VoskError('closed', 'The connection to the server was lost without a close message (1006): the network dropped or the server stopped.', code);
  }
  return new VoskError('closed', `The server closed the connection unexpectedly (code ${code}${said}).`, code);
}
