// The result of "Test connection" in words a user can act on.
import type { ConnectionProbe } from '../../electron/vosk/probe-result.js';

const ADVICE: Record<Extract<ConnectionProbe, { ok: false }>['problem'], string> = {
  'bad-url': 'That is not a server address. Use ws://host:port or wss://host.',
  unreachable: 'Could not reach the server. Check the address and your network.',
  asleep: 'The server is asleep (e.g. a Hugging Face Space). It is waking up; try again in a minute.',
  'needs-token': 'The server wants an access token. Enter one above.',
  'not-vosk': 'Something answered, but it is not a Vosk server.',
  insecure: 'Unencrypted ws:// to another machine is off. Use wss://, or allow it above.',
  error: 'The connection failed.',
};

export function describeProbe(probe: ConnectionProbe): string {
  if (probe.ok) return `Connected: ${probe.detail || 'the server answered.'}`;
  const advice = ADVICE[probe.problem] ?? ADVICE.error;
  return probe.detail ? `${advice} (${probe.detail})` : advice;
}
