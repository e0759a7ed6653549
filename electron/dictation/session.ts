// The dictation session: one state machine from hotkey to typed text.
//
//   idle → connecting → listening → finishing → idle        (and error, left by start())
//
// start() opens the microphone and the utterance stream together; audio captured before
// the socket is open is kept by the stream, so nothing said during connecting is lost.
// stop() asks capture to flush its last frame, waits for it, ends the utterance and waits
// for the final result. Starting again while the previous utterance is finishing is
// allowed: the new one captures while the old one's text is still on its way, and one
// output queue keeps typed text in the order results arrive.

import type { CaptureEnd, CaptureOptions, CaptureStarted } from './capture-types.js';
import { IDLE_OVERLAY, type AudioLevel, type DictationStatus, type MarkedSpan, type OverlayState } from './overlay-state.js';
import { markedSpans } from './confidence/marked-spans.js';
import { finalConfidences, partialConfidences } from './confidence/reply-confidence.js';
import type { ScoredWord } from '../vosk/scored-word.js';
import type { StabilityRule } from './live/live-commit.js';
import { SilenceWatch } from './live/silence-watch.js';
import { ResultEdits } from './live/result-edits.js';
import { UtteranceTarget, type Delivered, type Uncorrected } from './live/typing-target.js';
import type { LogSink } from '../logging/log.js';
import { choiceNotTypedNotice, correctionNotice, finalAlternatives, replacementEdit } from './correction.js';
import type {
  CaptureControl,
  CorrectionOutcome,
  Formatter,
  HistorySink,
  OverlaySink,
  SpeechRecognition,
  StreamStatus,
  TextOutput,
  UtteranceStream,
  WindowIdentity,
} from './ports.js';

export interface SessionParts {
  capture: CaptureControl;
  recognition: SpeechRecognition;
  formatter: Formatter;
  output: TextOutput;
  history: HistorySink;
  overlay: OverlaySink;
  /** Read at every start, so settings changes apply without a restart. */
  captureOptions: () => CaptureOptions;
  /** How long to wait for the final result after the end of audio. */
  finishTimeoutMs?: number;
  /** How long to wait for the capture page to flush its last frame. */
  captureEndTimeoutMs?: number;
  log?: LogSink;
  /**
   * Called as each utterance starts, before any of its text is typed: the app checks which
   * window has focus (resetting the formatter when it changed), names it as the utterance's
   * target, and chooses live or final-only typing for it. Without it every utterance is
   * final-only; without a target, too (no correction could be checked against it).
   */
  prepareUtterance?: () => Promise<PreparedUtterance>;
  /** Which window has the focus now: asked before every edit (live/typing-target.ts). Absent: cannot tell. */
  focusedWindow?: () => Promise<WindowIdentity | undefined>;
  /** The focus moved during an utterance and its last words went to this window: the app's new "last window". */
  focusMoved?: (window: WindowIdentity) => void;
  /** Spoken key commands ("press enter") on or off; read per result. */
  keyCommands?: () => boolean;
  /** Hands-free: stop after this many seconds without speech; 0 or undefined = never. Read per check. */
  autoStopSeconds?: () => number;
  stability?: StabilityRule;
  /** Mark words below this confidence (0..1) in the overlay; 0 or absent = off. Read per result. */
  markBelowConfidence?: () => number;
}

/** Where an utterance's text goes and how (SessionParts.prepareUtterance). */
export interface PreparedUtterance {
  live: boolean;
  target?: WindowIdentity;
  /** False where the window cannot take caret moves (a terminal): an editing command that needs them is refused. */
  caretMoves?: boolean;
}

/** The session's record of one utterance, from key-down until its final text is typed. */
interface UtteranceInFlight {
  stream: UtteranceStream;
  status: StreamStatus['status'];
  captureEnded: Promise<CaptureEnd>;
  endCapture: (end: CaptureEnd) => void;
  frames: number;
  typing: ResultEdits;
  /** Where its text goes and what was delivered there; set once the utterance is prepared. */
  target: UtteranceTarget;
  /** The overlay said once that something could not be corrected. */
  noticed: boolean;
  /** The stream failed: its live words were taken back (or reported) once. */
  abandoned?: boolean;
  /** Results are handled in order, each after the utterance is prepared (prepareUtterance). */
  results: Promise<void>;
  silence: SilenceWatch;
}

const DEFAULT_FINISH_TIMEOUT_MS = 15_000;
const DEFAULT_CAPTURE_END_TIMEOUT_MS = 2_000;
const AUTO_STOP_CHECK_MS = 100;

export class DictationSession {
  private current: UtteranceInFlight | null = null;
  private readonly finishing = new Set<Promise<void>>();
  private view: OverlayState = { ...IDLE_OVERLAY };
  private outputQueue: Promise<void> = Promise.resolve();
  private errorMessage = '';
  /** The last typing failure's message: tells "could not type" apart from a failed recognition. */
  private typingErrorMessage = '';
  /** The window the last typed text went to: a chosen alternative replaces it only there. */
  private lastWindow: WindowIdentity | undefined;

  constructor(private readonly parts: SessionParts) {}

  /**
   * The session's error is only that some text could not be typed (it is in the history):
   * recognition itself worked. `voskey dictate` prints such text and still succeeds.
   */
  get onlyTypingFailed(): boolean {
    return this.errorMessage !== '' && this.errorMessage === this.typingErrorMessage;
  }

  get state(): OverlayState {
    return this.view;
  }

  get isCapturing(): boolean {
    return this.current !== null;
  }

  /** Begin listening. Ignored while already capturing (auto-repeat, double presses). */
  start(): void {
    if (this.current) return;
    this.errorMessage = '';
    let endCapture!: (end: CaptureEnd) => void;
    const captureEnded = new Promise<CaptureEnd>((resolve) => (endCapture = resolve));
    const typing = new ResultEdits(this.parts.formatter, {
      keyCommands: this.parts.keyCommands ?? (() => false),
      ...(this.parts.stability ? { stability: this.parts.stability } : {}),
      // The output is a typist (TextOutput honours caretBack).
      caretMoves: true,
    });
    const unprepared: PreparedUtterance = { live: false };
    const prepared = (this.parts.prepareUtterance?.() ?? Promise.resolve(unprepared)).then(
      ({ live, target, caretMoves }) => {
        utterance.target = this.targetFor(target);
        // Live typing corrects itself; where the target is unknown no correction can be checked.
        typing.begin(live && target !== undefined && this.parts.focusedWindow !== undefined, caretMoves ?? true);
      },
      (error: Error) => this.parts.log?.warn(`could not prepare the utterance (${error.message}); typing when final`),
    );
    const utterance: UtteranceInFlight = {
      stream: undefined as unknown as UtteranceStream,
      status: 'connecting',
      captureEnded,
      endCapture,
      frames: 0,
      typing,
      target: this.targetFor(undefined),
      noticed: false,
      results: prepared,
      silence: new SilenceWatch(),
    };
    this.current = utterance;
    const inOrder = (handle: () => void) => {
      utterance.results = utterance.results.then(handle);
    };
    utterance.stream = this.parts.recognition.begin({
      onPartial: (text, reply) => {
        utterance.silence.words(text);
        const shown = this.parts.formatter.partial(text);
        this.update({ partial: shown, partialSpans: this.unsureSpans(shown, partialConfidences(reply)) });
        inOrder(() => this.typeLive(utterance, text));
      },
      onFinal: (raw, reply) => {
        utterance.silence.words(raw);
        const alternatives = finalAlternatives(raw, reply);
        inOrder(() => this.deliver(utterance, raw, { scoredWords: finalConfidences(reply), alternatives }));
      },
      onStatus: (s) => {
        if (s.status === 'listening' && utterance.status !== 'listening') utterance.silence.restart();
        utterance.status = s.status;
        if (this.current === utterance) this.update({ message: s.message, elapsedSeconds: s.elapsedSeconds });
      },
      onError: (error) => this.fail(utterance, error),
    });
    this.update({ partial: '', partialSpans: [], message: '', elapsedSeconds: 0, notice: '' });
    // One microphone: if the previous utterance's capture is still flushing its last
    // frames, open the new capture only once it has ended, so no frame changes owner.
    const previous = this.stoppingAwaitingCapture;
    const open = () => {
      if (this.current === utterance) this.parts.capture.start(this.parts.captureOptions());
    };
    if (previous) void previous.captureEnded.then(open);
    else open();
    this.watchSilence(utterance);
  }

  /** Hands-free: ends the utterance once nobody has spoken for the configured time. */
  private watchSilence(utterance: UtteranceInFlight): void {
    const timer = setInterval(() => {
      if (this.current !== utterance) return clearInterval(timer);
      const seconds = this.parts.autoStopSeconds?.() ?? 0;
      // Silence counts only while the server listens: a sleeping Space is not the user pausing.
      if (seconds > 0 && utterance.status === 'listening' && utterance.silence.silentMs() >= seconds * 1000) {
        this.parts.log?.info(`no speech for ${seconds} s: stopping dictation`);
        clearInterval(timer);
        this.stop();
      }
    }, AUTO_STOP_CHECK_MS);
    timer.unref?.();
  }

  /** Live mode: type the words of a partial that have become stable. */
  private typeLive(utterance: UtteranceInFlight, raw: string): void {
    // While an earlier utterance's final is still on its way, typing this one's words
    // would put them before that text: wait (the next partial carries them all again).
    if (this.finishing.size > 0 && !this.isFinishingOnly(utterance)) return;
    const target = utterance.target;
    if (!target.typesLive) return;
    const edit = utterance.typing.partial(raw);
    if (edit) this.enqueueOutput(() => target.live(edit));
  }

  /** The utterance's target, checked before every edit it sends. */
  private targetFor(start: WindowIdentity | undefined): UtteranceTarget {
    return new UtteranceTarget({
      output: this.parts.output,
      formatter: this.parts.formatter,
      start,
      ...(this.parts.focusedWindow ? { focused: this.parts.focusedWindow } : {}),
      failed: (error) => this.typingFailed(error),
      ...(this.parts.log ? { log: this.parts.log } : {}),
    });
  }

  /** True when the only utterance finishing is this one (it was stopped and is draining). */
  private isFinishingOnly(utterance: UtteranceInFlight): boolean {
    return this.current !== utterance && this.finishing.size === 1 && this.finishingUtterances.has(utterance);
  }
  private readonly finishingUtterances = new Set<UtteranceInFlight>();

  /** Stop listening and finish the utterance: its final text is typed when it arrives. */
  stop(): void {
    const utterance = this.current;
    if (!utterance) return;
    this.current = null;
    this.parts.capture.stop();
    this.finishInBackground(utterance);
    this.update({});
  }

  /**
   * Stop listening and drop the utterance (`voskey control cancel`): nothing more of it is
   * typed or kept. Words live typing already put in the window stay there.
   */
  cancel(): void {
    const utterance = this.current;
    if (!utterance) return;
    this.current = null;
    this.parts.capture.stop();
    utterance.stream.abort();
    this.update({ partial: '', partialSpans: [] });
  }

  toggle(): void {
    if (this.current) this.stop();
    else this.start();
  }

  /** Resolves when nothing is capturing or finishing and all text has been output. */
  async whenIdle(): Promise<void> {
    while (this.current || this.finishing.size > 0) {
      await Promise.allSettled([...this.finishing]);
      if (this.current) await new Promise((r) => setTimeout(r, 20));
    }
    await this.outputQueue;
  }

  onCaptureFrame(pcm: Uint8Array): void {
    const utterance = this.stoppingAwaitingCapture ?? this.current;
    if (!utterance) return; // a late frame after a failure: nothing to send it to
    utterance.frames++;
    utterance.stream.pushAudio(pcm);
  }

  /** Tells the capture page what to do between utterances; call again when the audio settings change. */
  prepareCapture(): void {
    this.parts.capture.prepare?.(this.parts.captureOptions());
  }

  /** How long the microphone took to deliver: the first thing to look at when first words go missing. */
  onCaptureStarted(started: CaptureStarted): void {
    const preRoll = started.preRollMs > 0 ? `, starting with ${Math.round(started.preRollMs)} ms from before the key press` : '';
    this.parts.log?.info(`microphone: first sample ${Math.round(started.waitedMs)} ms after the start${preRoll}`);
  }

  onCaptureLevel(level: AudioLevel): void {
    this.current?.silence.level(level.rms);
    if (this.current) this.update({ level });
  }

  onCaptureEnded(end: CaptureEnd): void {
    const utterance = this.stoppingAwaitingCapture ?? this.current;
    if (!utterance) return;
    if (this.current === utterance) {
      // Capture ended by itself (device unplugged, permission lost): finish what we have.
      this.current = null;
      this.finishInBackground(utterance);
    }
    utterance.endCapture(end);
    if (end.reason !== 'stopped') this.errorMessage = `Microphone: ${end.message}`;
    this.update({});
  }

  // The utterance whose capture was asked to stop but has not confirmed yet: its last
  // frames are still arriving and belong to it, not to a new utterance.
  private stoppingAwaitingCapture: UtteranceInFlight | null = null;

  /** Finishes an utterance that is no longer current; whenIdle() and status() see it until done. */
  private finishInBackground(utterance: UtteranceInFlight): void {
    this.finishingUtterances.add(utterance);
    const done = this.finishUtterance(utterance).finally(() => {
      this.finishingUtterances.delete(utterance);
      this.finishing.delete(done);
      this.update({});
    });
    this.finishing.add(done);
  }

  private async finishUtterance(utterance: UtteranceInFlight): Promise<void> {
    this.stoppingAwaitingCapture = utterance;
    const timeout = this.parts.captureEndTimeoutMs ?? DEFAULT_CAPTURE_END_TIMEOUT_MS;
    const end = await Promise.race([
      utterance.captureEnded,
      delay(timeout).then((): CaptureEnd => ({ reason: 'error', message: 'the capture page did not answer' })),
    ]);
    if (this.stoppingAwaitingCapture === utterance) this.stoppingAwaitingCapture = null;
    if (end.reason === 'error' && utterance.frames === 0) {
      utterance.stream.abort();
      this.errorMessage = `Microphone: ${end.message}`;
      return;
    }
    try {
      await utterance.stream.finish(this.parts.finishTimeoutMs ?? DEFAULT_FINISH_TIMEOUT_MS);
      // The server's last final may be empty (noise, a re-scoring that dropped the words):
      // the client passes no empty final on, so words still typed live are settled here,
      // as an empty final would (erased where they were typed).
      utterance.results = utterance.results.then(() => this.deliver(utterance, ''));
    } catch (error) {
      this.fail(utterance, error as Error);
    }
    await utterance.results;
  }

  private deliver(utterance: UtteranceInFlight, raw: string, heard: { scoredWords?: ScoredWord[]; alternatives: string[] } = { alternatives: [] }): void {
    const { scoredWords: scored, alternatives } = heard;
    const outcome = utterance.typing.final(raw, alternatives);
    if (outcome.text) {
      this.parts.history.add(outcome.text, raw, { ...(scored ? { scoredWords: scored } : {}), ...(alternatives.length > 1 ? { alternatives } : {}) });
      // The marks go to the overlay only: the typist gets `plan` below, plain text.
      this.update({ lastFinal: outcome.text, finalSpans: this.unsureSpans(outcome.text, scored), partial: '', partialSpans: [] });
    } else {
      // An editing command that found nothing to change says why ("… is not in the text …").
      // The words stay in the transcript: "replace the battery with a new one" may have been meant as text.
      if (outcome.notice) this.parts.history.add(this.parts.formatter.partial(raw), raw);
      this.update({ partial: '', partialSpans: [], ...(outcome.notice ? { notice: `${outcome.notice} What you said is in the transcript.` } : {}) });
    }
    this.showCorrection(outcome.correction);
    const plan = { raw, edit: outcome.edit, text: outcome.text };
    const chosen = outcome.correction?.kind === 'chosen' ? outcome.correction.number : undefined;
    // A chosen alternative replaces text in the window it was typed into, which may not be
    // the one this utterance began in: it goes only there, checked like any erasing edit.
    const target = chosen !== undefined ? this.targetFor(this.lastWindow) : utterance.target;
    this.enqueueOutput(async () => {
      const result = await target.final(plan);
      if (outcome.text) this.lastWindow = utterance.target.window;
      if (chosen !== undefined && result.uncorrected) {
        // Said for this choice, not the generic "could not correct" of a dictated utterance.
        this.update({ notice: choiceNotTypedNotice(chosen, result.uncorrected) });
        utterance.noticed = true;
      }
      this.delivered(utterance, result);
    });
    if (outcome.stopDictation && this.current === utterance) this.stop();
  }

  /**
   * A digit key pressed while the "correct that" list shows: alternative `number` replaces
   * the text typed for it, through the same checked delivery as a spoken "choose 2" (no
   * erasing key goes to a window the text is not in).
   */
  choose(number: number): void {
    const formatter = this.parts.formatter;
    if (!formatter.choose) return;
    const result = formatter.choose(number);
    this.showCorrection(result.correction);
    if (result.correction?.kind !== 'chosen') return;
    // The output is a typist: it moves the caret, so only the changed words are retyped.
    const edit = replacementEdit(result.correction.replaced, result.text, true);
    if (!edit) return;
    const target = this.targetFor(this.lastWindow);
    this.enqueueOutput(async () => {
      const delivered = await target.final({ raw: '', edit, text: '' });
      if (delivered.uncorrected) this.update({ notice: choiceNotTypedNotice(number, delivered.uncorrected) });
      if (delivered.movedTo) this.parts.focusMoved?.(delivered.movedTo);
    });
  }

  /** The list "correct that" opened (or closed), and what to say about a correction command. */
  private showCorrection(outcome: CorrectionOutcome | undefined): void {
    const choices = this.parts.formatter.offeredChoices?.() ?? [];
    const notice = outcome ? correctionNotice(outcome) : undefined;
    const choiceHint = choices.length > 0 ? (this.parts.formatter.choiceHint?.() ?? '') : '';
    // A chosen alternative is what the window shows now: the overlay's last line and the
    // transcript follow it (the entry keeps its readings, so the choice can be changed again).
    const lastFinal = outcome?.kind === 'chosen' ? { lastFinal: outcome.text.trim() } : {};
    if (outcome?.kind === 'chosen' && outcome.text !== outcome.replaced) this.parts.history.revise?.(outcome.replaced, outcome.text, outcome.raw);
    this.update({ choices, choiceHint, ...lastFinal, ...(notice !== undefined ? { notice } : {}) });
  }

  /** After an utterance's last edit: what stayed on screen unsaid goes into the history, and the user hears of it once. */
  private delivered(utterance: UtteranceInFlight, result: Delivered): void {
    if (result.movedTo) this.parts.focusMoved?.(result.movedTo);
    if (result.leftBehind?.trim()) this.parts.history.add(result.leftBehind.trim(), '');
    if (result.commandNotRun) this.update({ notice: COMMAND_NOT_RUN_NOTICE });
    else if (result.uncorrected) this.noteUncorrected(utterance, result.uncorrected);
  }

  private noteUncorrected(utterance: UtteranceInFlight, why: Uncorrected): void {
    if (utterance.noticed) return;
    utterance.noticed = true;
    this.update({ notice: UNCORRECTED_NOTICE[why] });
  }

  /** The shown text's unsure words, marked when the user wants them (Settings → confidence). */
  private unsureSpans(shown: string, scored: ScoredWord[] | undefined): MarkedSpan[] {
    return markedSpans(shown, scored, this.parts.markBelowConfidence?.() ?? 0);
  }

  private enqueueOutput(send: () => Promise<void>): void {
    this.outputQueue = this.outputQueue.then(send).catch((error: Error) => this.parts.log?.error(`output failed: ${error.message}`));
  }

  private typingFailed(error: Error): void {
    // The text is in the transcript history, so it is not lost: say where to find it.
    this.errorMessage = this.typingErrorMessage = `Could not type the text (${error.message}); it is in the transcript.`;
    this.parts.log?.error(`output failed: ${error.message}`);
    this.update({});
  }

  /** The stream failed before its final: take back the live words where they are, else leave them and say so. */
  private abandonLive(utterance: UtteranceInFlight): void {
    this.enqueueOutput(async () => {
      const result = await utterance.target.abandon();
      // Said, if never finalised: the history keeps them, whether or not they stay on screen.
      if (result.erased?.trim()) this.parts.history.add(result.erased.trim(), '');
      this.delivered(utterance, result);
    });
  }

  private fail(utterance: UtteranceInFlight, error: Error): void {
    this.parts.log?.warn(`dictation error: ${error.message}`);
    this.errorMessage = error.message;
    if (!utterance.abandoned) {
      utterance.abandoned = true;
      utterance.results = utterance.results.then(() => this.abandonLive(utterance));
    }
    if (this.current === utterance) {
      this.current = null;
      this.parts.capture.stop();
      utterance.stream.abort();
    }
    this.update({});
  }

  private status(): DictationStatus {
    if (this.current) return this.current.status;
    if (this.finishing.size > 0) return 'finishing';
    return this.errorMessage ? 'error' : 'idle';
  }

  private update(change: Partial<OverlayState>): void {
    const status = this.status();
    const next: OverlayState = { ...this.view, ...change, status };
    // The message explains the status: the error's reason, or the stream's own words
    // (waking the server…, reconnecting…) while it is in that state; nothing otherwise.
    if (status === 'error') next.message = this.errorMessage;
    else if (status === 'idle' || status === 'finishing' || status === 'listening') next.message = '';
    if (status !== 'waking' && status !== 'reconnecting') next.elapsedSeconds = 0;
    if (!this.current) next.level = { rms: 0, peak: 0 };
    this.view = next;
    this.parts.overlay(next);
  }
}

const UNCORRECTED_NOTICE: Record<Uncorrected, string> = {
  moved: 'The focus moved while you spoke: text already typed in the other window was left as it was. The transcript has what you said.',
  failed: 'An edit could not be typed, so earlier words were not corrected. The transcript has what you said.',
};

const COMMAND_NOT_RUN_NOTICE = 'The focus moved before the command ran: nothing was changed. Say it again in the window its text is in.';

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
