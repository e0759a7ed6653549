// A session's microphone and recognizer played by the test: capture stops at once and the
// test says what the recognizer heard through `listener()` (onPartial/onFinal). For tests
// of what the session, formatter and typist do with results, not of recognition itself
// (that runs against the real built-in server in test/engine and test/app).
import type { CaptureControl, SpeechRecognition, UtteranceListener } from '../../electron/dictation/ports.js';
import type { DictationSession } from '../../electron/dictation/session.js';

export interface ScriptedRecognizer {
  parts: { capture: CaptureControl; recognition: SpeechRecognition };
  /** The listener of the utterance begun last. */
  listener(): UtteranceListener;
}

/** `session`: read when capture stops (the session does not exist yet when the parts are made). */
export function scriptedRecognizer(session: () => DictationSession): ScriptedRecognizer {
  let current: UtteranceListener | undefined;
  return {
    parts: {
      capture: { start: () => {}, stop: () => setTimeout(() => session().onCaptureEnded({ reason: 'stopped' }), 5) },
      recognition: {
        begin: (listener) => {
          current = listener;
          return { pushAudio: () => {}, finish: async () => {}, abort: () => {} };
        },
      },
    },
    listener: () => {
      if (!current) throw new Error('no utterance has begun: start the session first');
      return current;
    },
  };
}
