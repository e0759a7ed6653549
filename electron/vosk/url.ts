// Turns what a user typed into a websocket URL we are willing to connect to. Shared by the
// settings window (validation as you type), the connection code and the CLI, so the rules
// (and the messages) are the same everywhere.

export type ServerUrlCheck = { ok: true; url: URL; local: boolean } | { ok: false; message: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * Accepts ws:// and wss://; converts http:// → ws:// and https:// → wss://; a bare host
 * (e.g. `owner-space.hf.space`) becomes wss:// (ws:// for this machine). Unencrypted ws://
 * to a host other than this machine is refused unless the user opted in, because the
 * audio (and any token) would cross the network in clear text.
 */
export function validateServerUrl(url: string, allowInsecureRemote: boolean): ServerUrlCheck {
  const typed = url.trim();
  if (typed === '') return { ok: false, message: 'Enter a server URL, e.g. wss://owner-space.hf.space or ws://127.0.0.1:2700.' };
  if (/\s/.test(typed)) return { ok: false, message: `The server URL "${typed}" contains spaces; remove them.` };

  const scheme = SCHEME.exec(typed)?.[1]?.toLowerCase();
  let candidate: string;
  if (scheme === undefined) {
    candidate = `${isLoopbackHost(hostOfBare(typed)) ? 'ws' : 'wss'}://${typed}`;
  } else if (scheme === 'ws' || scheme === 'wss') {
    candidate = typed;
  } else if (scheme === 'http' || scheme === 'https') {
    candidate = (scheme === 'http' ? 'ws' : 'wss') + typed.slice(scheme.length);
  } else {
    return { ok: false, message: `"${scheme}://" is not a websocket address: use wss://host (or ws://127.0.0.1:port for a server on this machine).` };
  }

  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { ok: false, message: `"${typed}" is not a valid URL: expected something like wss://owner-space.hf.space.` };
  }
  if (parsed.hostname === '') return { ok: false, message: `"${typed}" has no host name.` };
  if (parsed.username || parsed.password) {
    return { ok: false, message: 'Do not put a user name or password in the server URL: enter the access token in the token field instead.' };
  }
  const local = isLoopbackHost(parsed.hostname);
  if (parsed.protocol === 'ws:' && !local && !allowInsecureRemote) {
    return {
      ok: false,
      message: `ws://${parsed.host} is unencrypted and not on this machine: your audio would cross the network in clear text. Use wss:// or allow insecure remote servers explicitly.`,
    };
  }
  return { ok: true, url: parsed, local };
}

/** localhost, 127.0.0.0/8 and ::1: the only hosts where ws:// never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Hugging Face Spaces answer on <owner>-<space>.hf.space. */
export function isHuggingFaceSpace(hostname: string): boolean {
  return hostname.toLowerCase().endsWith('.hf.space');
}

function hostOfBare(typed: string): string {
  const hostPort = typed.split('/')[0] ?? '';
  if (hostPort.startsWith('[')) return hostPort.slice(0, hostPort.indexOf(']') + 1);
  return hostPort.split(':')[0] ?? '';
}
