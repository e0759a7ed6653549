// Which failures are worth retrying. A transient failure (server restarting, network blip,
// sleeping Space, proxy dropping an idle socket) is retried while the user speaks and for
// the finish timeout after; a permanent one (wrong URL, refused token, a server that
// talks nonsense or rejects our audio format) is reported at once, because retrying
// cannot fix it and would only hide the reason from the user.
import { VoskError } from '../errors.js';

export type FailureKind = 'transient' | 'permanent';

export function failureKind(error: unknown): FailureKind {
  if (!(error instanceof VoskError)) return 'permanent'; // a bug or a bad resolveServer(): say so
  switch (error.code) {
    case 'refused':
    case 'dns': // a network hiccup looks the same as a typo; the finish timeout bounds retries
    case 'connect-timeout':
    case 'reply-timeout':
      return 'transient';
    case 'http':
      // 502/503/504: a Space waking up or a proxy in front of a restarting server.
      return error.status !== undefined && error.status >= 500 ? 'transient' : 'permanent';
    case 'closed':
      // 1006 (dropped), 1001 (going away), 1000 with replies owed, 1012/1013 (restart, try
      // later). Application codes 4000–4999 are a deliberate refusal by the server.
      return error.status !== undefined && error.status >= 4000 && error.status < 5000 ? 'permanent' : 'transient';
    case 'bad-url':
    case 'tls':
    case 'unauthorized':
    case 'not-found':
    case 'server-error': // 1011: e.g. a sample rate the model refuses; the reset fallback is handled apart
    case 'frame-too-big':
    case 'protocol':
      return 'permanent';
  }
}
