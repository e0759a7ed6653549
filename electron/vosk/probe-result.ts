// What "test connection" found (vosk/probe.ts), in words the settings and first-run pages
// can show. A pure type of its own so pages import it without probe.ts's Node modules.

export type ConnectionProbe =
  | { ok: true; detail: string }
  | {
      ok: false;
      problem: 'bad-url' | 'unreachable' | 'asleep' | 'needs-token' | 'not-vosk' | 'insecure' | 'error';
      detail: string;
    };
