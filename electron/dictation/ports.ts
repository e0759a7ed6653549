// What the dictation session needs from the rest of the app, as small interfaces. The
// session is plain logic; the core (electron/app/core.ts, hosted by main.ts or by tests)
// plugs in the real microphone page, the Vosk client, the typist and the history store.

import type { CaptureOptions } from './capture-types.js';
import type { DictationStatus, OverlayState } from './overlay-state.js';
import type { FinalReply, PartialReply } from '../vosk/protocol.js';
import type { TranscriptExtras } from './history-types.js';

/** Drives the capture page. Frames and the end come back through the session's on* methods. */
export interface CaptureControl {
  start(options: CaptureOptions): void;
  /** Ask capture to flush its last partial frame and end; it answers with captureEnded. */
  stop(): void;
  /**
   * Between utterances: hold the microphone ready (options.keepReady) or release it, and
   * keep audio processing warm. Sent again whenever the audio settings change.
   */
  prepare?(options: CaptureOptions): void;
}

/** Progress of one utterance's trip to the server, as the overlay should show it. */
export interface StreamStatus {
  status: Extract<DictationStatus, 'connecting' | 'waking' | 'listening' | 'reconnecting'>;
  message: string;
  elapsedSeconds: number;
}

/**
 * One utterance on its way to the recognizer. Audio pushed before the socket is open is
 * kept and sent when it opens; after a drop it is replayed (electron/vosk/).
 */
export interface UtteranceStream {
  pushAudio(pcm: Uint8Array): void;
  /** End of audio: resolves once the last final result has been delivered through onFinal. */
  finish(timeoutMs: number): Promise<void>;
  /** Give up on this utterance (the session is being torn down). */
  abort(): void;
}

export interface UtteranceListener {
  /** `reply`: the whole partial, with per-word confidence where the server sends it. */
  onPartial(text: string, reply?: PartialReply): void;
  /** `reply`: the whole final (word times and confidences, alternatives) where there is one. */
  onFinal(text: string, reply?: FinalReply): void;
  onStatus(status: StreamStatus): void;
  /** A failure this utterance cannot recover from; finish() rejects with it too. */
  onError(error: Error): void;
}

export interface SpeechRecognition {
  begin(listener: UtteranceListener): UtteranceStream;
}

/** A key pressed by a spoken key command ("press enter"); robotjs key names. */
export interface KeyPress {
  key: string;
  modifiers: ('control' | 'shift' | 'alt')[];
}

/** An edit to the focused window, as the formatter produces it. */
export interface TextEdit {
  backspaces: number;
  text: string;
  /**
   * Where the edit applies, in caret steps (grapheme clusters, common/text-steps.ts) before the end of the text: the caret moves
   * left that far first and back to the end after, so a word the recognizer changed in the
   * middle is fixed without retyping everything after it. 0 or absent: at the end.
   */
  caretBack?: number;
  /** With caretBack: typed at the end, once the caret is back there. */
  append?: string;
  /** Pressed after the text (a spoken key command). */
  keys?: KeyPress[];
  /** Typed during a live utterance, possibly while the hotkey is still held. */
  live?: boolean;
  /**
   * The same change as several smaller edits, in the order to send them, each touching
   * only one changed stretch of words (live/word-edits.ts): what an output that moves the
   * caret sends instead of the fields above, which say it as one stretch. Never nested.
   */
  steps?: TextEdit[];
}

export interface TextOutput {
  /** Applies every part of the edit, caretBack included. */
  apply(edit: TextEdit): Promise<void>;
}

export interface HistorySink {
  /**
   * `extras.scoredWords`: the raw words with their confidence, where the recognizer gave one;
   * `extras.alternatives`: its readings of `raw`, best first, when it gave more than one.
   */
  add(text: string, raw: string, extras?: TranscriptExtras): void;
  /** "choose 2": the newest entry typed as `before` now reads `text` (`raw`); its alternatives stay. */
  revise?(before: string, text: string, raw: string): void;
}

export type OverlaySink = (state: OverlayState) => void;

/** What a correction command did; the session shows it in the overlay. */
export type CorrectionOutcome =
  /** The list is offered: `choices` (1 = what is typed) are in offeredChoices(). */
  | { kind: 'offered' }
  /** Nothing to offer: nothing typed here that could be changed, or no other reading of it. */
  | { kind: 'nothing'; why: 'nothing-typed' | 'no-alternatives' }
  /** The edit replaces `replaced` (as it was typed, leading space included) with alternative `number` (`raw` words), typed as `text`. */
  | { kind: 'chosen'; number: number; replaced: string; text: string; raw: string }
  /** No alternative with that number: the list stays. */
  | { kind: 'not-offered'; number: number }
  /** The text the list was about is no longer where it was typed (focus moved, an edit failed). */
  | { kind: 'gone' }
  | { kind: 'closed' };

/** Turns recognizer words into edits (electron/dictation/format/). */
export interface Formatter {
  /**
   * A final result's edit. `target.caretMoves` false: the window cannot take caret moves (a
   * terminal), so an editing command that needs them is refused with a notice.
   * `target.alternatives`: the recognizer's readings of `raw`, best first, for "correct that".
   */
  finalResult(
    raw: string,
    target?: { caretMoves?: boolean; alternatives?: readonly string[] },
  ): TextEdit & { stopDictation: boolean; notice?: string; command?: true; correction?: CorrectionOutcome };
  /** Display only: never changes state or runs commands. */
  partial(raw: string): string;
  /** Live typing: what finalResult would type now, leading space included; no state change. */
  preview(raw: string): string;
  /** Phrases that are commands when said alone. */
  commandPhrases(): string[];
  /** Phrases of several words that formatting turns into something else ("question mark"). */
  longerPhrases(): string[];
  /** Index of the first word a later word may still change (a number run, a word whose
   *  capital the next word decides); the word count when none. */
  heldFrom?(raw: string): number;
  /** Focus moved or the user typed: the next utterance starts a fresh sentence. */
  resetContext(): void;
  /**
   * What is on screen is no longer what was formatted (an edit could not be delivered):
   * "scratch that" must not erase by the formatted lengths. Spacing and capitals carry on.
   */
  forgetTyped?(): void;
  /** The alternatives "correct that" shows now, as they would be typed; [] when no list shows. */
  offeredChoices?(): string[];
  /** How to answer the list, in the dictation language's words: 'Say "choose 2" or press 2 · "cancel" closes'. */
  choiceHint?(): string;
  /** A digit key pressed while the list shows: alternative `number` instead of the typed text. */
  choose?(number: number): TextEdit & { correction?: CorrectionOutcome };
}

/**
 * The window an utterance types into, as the focused-window probe names it
 * (desktop/active-window.ts ActiveWindowInfo fits). `id` is opaque: compared with ===,
 * never interpreted; `pid`, where both sides know it, must match too (an id reused by
 * another program is another window).
 */
export interface WindowIdentity {
  id: number | string;
  pid?: number;
}
