// The dictation state machine's edge cases: stop while connecting, start while finishing,
// errors in every state, a capture page that never answers, unplugged microphones.
// The recognizer here is a scripted stand-in, because these tests must control *when*
// the server answers; the real server, client and capture run in test/pipeline/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DictationSession, type SessionParts } from '../../electron/dictation/session.js';
import type { OverlayState } from '../../electron/dictation/overlay-state.js';
import type { CaptureOptions } from '../../electron/dictation/capture-types.js';
import type { UtteranceListener, UtteranceStream, TextEdit } from '../../electron/dictation/ports.js';

const CAPTURE: CaptureOptions = {
  deviceId: '',
  frameMs: 100,
  echoCancellation: false,
  noiseSuppression: false,
  autoGainControl: false,
};

/** A recognizer whose replies the test releases by hand. */
class ScriptedUtterance implements UtteranceStream {
  audio: Uint8Array[] = [];
  finished = false;
  aborted = false;
  private release!: () => void;
  private fail!: (e: Error) => void;
  readonly finishCalled: Promise<void>;
  private markFinishCalled!: () => void;
  constructor(readonly listener: UtteranceListener) {
    this.finishCalled = new Promise((r) => (this.markFinishCalled = r));
  }
  pushAudio(pcm: Uint8Array): void {
    this.audio.push(pcm);
  }
  finish(): Promise<void> {
    this.finished = true;
    this.markFinishCalled();
    return new Promise((resolve, reject) => {
      this.release = resolve;
      this.fail = reject;
    });
  }
  abort(): void {
    this.aborted = true;
  }
  /** The server's last word for this utterance. */
  async answer(text: string): Promise<void> {
    await this.finishCalled;
    if (text) this.listener.onFinal(text);
    this.release();
  }
  async answerError(message: string): Promise<void> {
    await this.finishCalled;
    this.listener.onError(new Error(message));
    this.fail(new Error(message));
  }
}

function rig(overrides: Partial<SessionParts> = {}) {
  const utterances: ScriptedUtterance[] = [];
  const typed: TextEdit[] = [];
  const history: string[] = [];
  const states: OverlayState[] = [];
  const captureCalls: string[] = [];
  let session!: DictationSession;
  const parts: SessionParts = {
    capture: {
      start: () => captureCalls.push('start'),
      // The capture page flushes and confirms asynchronously, like the real one.
      stop: () => {
        captureCalls.push('stop');
        setTimeout(() => session.onCaptureEnded({ reason: 'stopped' }), 5);
      },
    },
    recognition: {
      begin: (listener) => {
        const u = new ScriptedUtterance(listener);
        utterances.push(u);
        return u;
      },
    },
    formatter: {
      finalResult: (raw) => ({ backspaces: 0, text: raw.toUpperCase(), stopDictation: raw === 'stop dictation' }),
      partial: (raw) => raw,
      preview: (raw) => raw.toUpperCase(),
      commandPhrases: () => ['stop dictation'],
      longerPhrases: () => [],
      resetContext: () => {},
    },
    output: { apply: async (edit) => void typed.push(edit) },
    history: { add: (text) => void history.push(text) },
    overlay: (s) => void states.push(s),
    captureOptions: () => CAPTURE,
    finishTimeoutMs: 1000,
    captureEndTimeoutMs: 200,
    ...overrides,
  };
  session = new DictationSession(parts);
  return { session, utterances, typed, history, states, captureCalls };
}

const frame = (n: number) => new Uint8Array(3200).fill(n);

test('a normal utterance: connecting → listening → finishing → idle, text typed once', async () => {
  const r = rig();
  r.session.start();
  assert.equal(r.session.state.status, 'connecting');
  const u = r.utterances[0]!;
  u.listener.onStatus({ status: 'listening', message: '', elapsedSeconds: 0 });
  assert.equal(r.session.state.status, 'listening');
  r.session.onCaptureFrame(frame(1));
  u.listener.onPartial('hello');
  assert.equal(r.session.state.partial, 'hello');
  r.session.stop();
  assert.equal(r.session.state.status, 'finishing');
  await u.answer('hello world');
  await r.session.whenIdle();
  assert.equal(r.session.state.status, 'idle');
  assert.deepEqual(r.typed, [{ backspaces: 0, text: 'HELLO WORLD' }]);
  assert.deepEqual(r.history, ['HELLO WORLD']);
  assert.equal(r.session.state.lastFinal, 'HELLO WORLD');
  assert.deepEqual(r.captureCalls, ['start', 'stop']);
});

test('audio captured while still connecting reaches the stream (nothing said early is lost)', async () => {
  const r = rig();
  r.session.start();
  r.session.onCaptureFrame(frame(1));
  r.session.onCaptureFrame(frame(2));
  assert.equal(r.session.state.status, 'connecting');
  assert.equal(r.utterances[0]!.audio.length, 2);
});

test('stopping while connecting still finishes the utterance and types its text', async () => {
  const r = rig();
  r.session.start();
  r.session.onCaptureFrame(frame(1));
  r.session.stop();
  assert.equal(r.session.state.status, 'finishing');
  await r.utterances[0]!.answer('early words');
  await r.session.whenIdle();
  assert.deepEqual(r.typed.map((e) => e.text), ['EARLY WORDS']);
});

test('frames flushed after stop belong to the stopped utterance, not the next one', async () => {
  const r = rig({
    capture: {
      start: () => {},
      stop: () => {}, // the test delivers the end by hand
    },
  });
  r.session.start();
  r.session.onCaptureFrame(frame(1));
  r.session.stop();
  r.session.start(); // pressed again at once: capture must wait for the flush
  r.session.onCaptureFrame(frame(2)); // the flushed last frame of utterance 1
  r.session.onCaptureEnded({ reason: 'stopped' });
  await new Promise((res) => setTimeout(res, 5));
  r.session.onCaptureFrame(frame(3)); // utterance 2's audio
  assert.deepEqual(r.utterances[0]!.audio.map((a) => a[0]), [1, 2]);
  assert.deepEqual(r.utterances[1]!.audio.map((a) => a[0]), [3]);
});

test('starting again while finishing: both utterances are typed, in order', async () => {
  const r = rig();
  r.session.start();
  r.session.stop();
  await new Promise((res) => setTimeout(res, 10));
  r.session.start();
  assert.equal(r.utterances.length, 2);
  r.utterances[1]!.listener.onStatus({ status: 'listening', message: '', elapsedSeconds: 0 });
  assert.equal(r.session.state.status, 'listening');
  await r.utterances[0]!.answer('first');
  r.session.stop();
  await r.utterances[1]!.answer('second');
  await r.session.whenIdle();
  assert.deepEqual(r.typed.map((e) => e.text), ['FIRST', 'SECOND']);
});

test('start while listening (key auto-repeat) opens nothing new', () => {
  const r = rig();
  r.session.start();
  r.session.start();
  r.session.start();
  assert.equal(r.utterances.length, 1);
  assert.deepEqual(r.captureCalls, ['start']);
});

test('a server error while listening stops the microphone and shows the reason', async () => {
  const r = rig();
  r.session.start();
  r.utterances[0]!.listener.onError(new Error('The server closed the connection (1011): sample rate'));
  assert.equal(r.session.state.status, 'error');
  assert.match(r.session.state.message, /1011/);
  assert.deepEqual(r.captureCalls, ['start', 'stop']);
  assert.equal(r.utterances[0]!.aborted, true);
  // The next press starts cleanly.
  r.session.start();
  assert.equal(r.session.state.status, 'connecting');
  assert.equal(r.session.state.message, '');
});

test('a final result that never comes ends in error with the reason, not a hang', async () => {
  const r = rig();
  r.session.start();
  r.session.stop();
  await r.utterances[0]!.answerError('No final result from the server within 1 s');
  await r.session.whenIdle();
  assert.equal(r.session.state.status, 'error');
  assert.match(r.session.state.message, /No final result/);
});

test('a capture page that never confirms the stop does not hang the utterance', async () => {
  const r = rig({ capture: { start: () => {}, stop: () => {} } });
  r.session.start();
  r.session.onCaptureFrame(frame(1));
  r.session.stop();
  await r.utterances[0]!.answer('still typed');
  await r.session.whenIdle();
  assert.deepEqual(r.typed.map((e) => e.text), ['STILL TYPED']);
});

test('an unplugged microphone finishes what was said and then says why it stopped', async () => {
  const r = rig();
  r.session.start();
  r.session.onCaptureFrame(frame(1));
  r.session.onCaptureEnded({ reason: 'device-lost', message: 'the microphone was disconnected' });
  assert.equal(r.session.state.status, 'finishing');
  await r.utterances[0]!.answer('before unplug');
  await r.session.whenIdle();
  assert.deepEqual(r.typed.map((e) => e.text), ['BEFORE UNPLUG']);
  assert.equal(r.session.state.status, 'error');
  assert.match(r.session.state.message, /disconnected/);
});

test('a microphone that fails to open (no audio at all) gives an error and abandons the stream', async () => {
  const r = rig({ capture: { start: () => {}, stop: () => {} } });
  r.session.start();
  r.session.onCaptureEnded({ reason: 'error', message: 'permission denied' });
  await r.session.whenIdle();
  assert.equal(r.utterances[0]!.aborted, true);
  assert.equal(r.utterances[0]!.finished, false);
  assert.equal(r.session.state.status, 'error');
  assert.match(r.session.state.message, /permission denied/);
});

test('a typing failure keeps the text in history and tells the user where it is', async () => {
  const r = rig({ output: { apply: async () => Promise.reject(new Error('no focused window')) } });
  r.session.start();
  r.session.stop();
  await r.utterances[0]!.answer('kept safe');
  await r.session.whenIdle();
  assert.deepEqual(r.history, ['KEPT SAFE']);
  assert.equal(r.session.state.status, 'error');
  assert.match(r.session.state.message, /transcript/);
});

test('the stop phrase ends dictation', async () => {
  const r = rig();
  r.session.start();
  r.utterances[0]!.listener.onFinal('stop dictation');
  await new Promise((res) => setImmediate(res)); // results are handled in order, after the utterance is prepared
  assert.equal(r.session.state.status, 'finishing');
  assert.deepEqual(r.captureCalls, ['start', 'stop']);
});

test('mid-utterance finals (pauses between sentences) are typed as they arrive', async () => {
  const r = rig();
  r.session.start();
  r.utterances[0]!.listener.onFinal('one');
  r.utterances[0]!.listener.onFinal('two');
  await new Promise((res) => setTimeout(res, 5));
  assert.deepEqual(r.typed.map((e) => e.text), ['ONE', 'TWO']);
  assert.equal(r.session.state.status, 'connecting');
});

test('the overlay sees waking/reconnecting messages with elapsed time, and a level only while capturing', async () => {
  const r = rig();
  r.session.start();
  r.utterances[0]!.listener.onStatus({ status: 'waking', message: 'Waking the server…', elapsedSeconds: 3 });
  assert.equal(r.session.state.status, 'waking');
  assert.equal(r.session.state.message, 'Waking the server…');
  assert.equal(r.session.state.elapsedSeconds, 3);
  r.session.onCaptureLevel({ rms: 0.2, peak: 0.5 });
  assert.equal(r.session.state.level.peak, 0.5);
  r.session.stop();
  assert.equal(r.session.state.level.peak, 0);
  assert.equal(r.session.state.elapsedSeconds, 0);
});

test('hands-free: stops by itself after the set silence, counting only while the server listens, and not while someone speaks', async () => {
  let seconds = 0.4;
  const r = rig({ autoStopSeconds: () => seconds });
  r.session.start();
  const u = r.utterances[0]!;
  await new Promise((res) => setTimeout(res, 600)); // still connecting: a sleeping server is not silence
  assert.deepEqual(r.captureCalls, ['start']);
  u.listener.onStatus({ status: 'listening', message: '', elapsedSeconds: 0 });
  // Speech for 0.6 s: loud frames, then new words while the level is low (a quiet speaker).
  for (let i = 0; i < 3; i++) {
    r.session.onCaptureLevel({ rms: 0.2, peak: 0.5 });
    await new Promise((res) => setTimeout(res, 100));
  }
  for (const words of ['hello', 'hello world', 'hello world again']) {
    u.listener.onPartial(words);
    await new Promise((res) => setTimeout(res, 100));
  }
  r.session.onCaptureLevel({ rms: 0.001, peak: 0.002 }); // room noise is not speech
  assert.deepEqual(r.captureCalls, ['start'], 'not stopped while speaking');
  await new Promise((res) => setTimeout(res, 700));
  assert.deepEqual(r.captureCalls, ['start', 'stop'], 'stopped after the silence');
  seconds = 0;
});

test('hands-free off (0): dictation keeps listening through silence', async () => {
  const r = rig({ autoStopSeconds: () => 0 });
  r.session.start();
  r.utterances[0]!.listener.onStatus({ status: 'listening', message: '', elapsedSeconds: 0 });
  await new Promise((res) => setTimeout(res, 400));
  assert.deepEqual(r.captureCalls, ['start']);
  r.session.stop();
});

/**
 * Live typing into a named window, every partial typed at once; `focus.now` is what the
 * focused-window probe answers (the real probe runs in test/app/typing-target.test.ts).
 */
function liveRig(overrides: Partial<SessionParts> = {}) {
  const focus: { now: { id: number } | undefined } = { now: { id: 1 } };
  const moves: unknown[] = [];
  const r = rig({
    prepareUtterance: async () => ({ live: true, target: { id: 1 } }),
    focusedWindow: async () => focus.now,
    focusMoved: (w) => void moves.push(w),
    stability: { agreement: 1, holdLastWords: 0 },
    ...overrides,
  });
  const settle = () => new Promise((res) => setTimeout(res, 5));
  const notices = () => r.states.map((s) => s.notice).filter((n, i, all) => n && n !== all[i - 1]);
  return { ...r, focus, moves, settle, notices };
}

test('focus moved during live typing: no correction follows it, its new words go on there, the overlay says so once', async () => {
  const r = liveRig();
  r.session.start();
  const u = r.utterances[0]!;
  u.listener.onPartial('hello world');
  await r.settle();
  r.focus.now = { id: 2 };
  u.listener.onPartial('hello word'); // a correction: must not reach window 2
  u.listener.onFinal('hello word again');
  await r.settle();
  r.focus.now = { id: 3 }; // and on to a third window before the next sentence's final
  u.listener.onFinal('more words');
  r.session.stop();
  await u.answer('');
  await r.session.whenIdle();
  assert.deepEqual(r.typed, [
    { backspaces: 0, text: 'HELLO WORLD', live: true },
    { backspaces: 0, text: 'AGAIN' },
    { backspaces: 0, text: 'MORE WORDS' },
  ]);
  assert.deepEqual(r.history, ['HELLO WORD AGAIN', 'MORE WORDS'], 'the history holds what was said');
  assert.deepEqual(r.moves, [{ id: 2 }, { id: 3 }], 'the app learns where the text went on');
  assert.equal(r.notices().length, 1, 'said once for the utterance');
  assert.match(r.notices()[0]!, /focus moved/i);
  r.session.start();
  assert.equal(r.session.state.notice, '', 'the next utterance starts without it');
});

test('a typist that refuses one live edit: later edits never erase, the final appends what is missing', async () => {
  const typed: TextEdit[] = [];
  let calls = 0;
  const r = liveRig({
    output: {
      apply: async (edit) => {
        if (++calls === 2) throw new Error('Ctrl is held down');
        typed.push(edit);
      },
    },
  });
  r.session.start();
  const u = r.utterances[0]!;
  u.listener.onPartial('one two');
  u.listener.onPartial('one two three'); // refused
  u.listener.onPartial('one too three four'); // computed against text that is not there: dropped
  r.session.stop();
  await u.answer('one two three four');
  await r.session.whenIdle();
  assert.deepEqual(typed, [
    { backspaces: 0, text: 'ONE TWO', live: true },
    { backspaces: 0, text: ' THREE FOUR' },
  ]);
  assert.deepEqual(r.history, ['ONE TWO THREE FOUR']);
  assert.equal(r.notices().length, 0, 'nothing is wrong on screen: no notice');
  assert.match(r.session.state.message, /Ctrl is held down/, 'the refusal is shown');
});

test('an empty final after live words erases them in the same window; a failed stream too, its words kept in the history', async () => {
  const r = liveRig();
  r.session.start();
  r.utterances[0]!.listener.onPartial('um so');
  r.session.stop();
  await r.utterances[0]!.answer('');
  await r.session.whenIdle();
  assert.deepEqual(r.typed.at(-1), { backspaces: 5, text: '', live: true });
  assert.deepEqual(r.history, [], 'nothing was said');

  r.session.start();
  r.utterances[1]!.listener.onPartial('half a sentence');
  r.session.stop();
  await r.utterances[1]!.answerError('the server went away');
  await r.session.whenIdle();
  assert.deepEqual(r.typed.at(-1), { backspaces: 15, text: '' });
  assert.deepEqual(r.history, ['HALF A SENTENCE']);
});

test('an empty final after the focus moved: the live words stay, in the history, and the overlay says so', async () => {
  const r = liveRig();
  r.session.start();
  r.utterances[0]!.listener.onPartial('um so');
  await r.settle();
  r.focus.now = { id: 2 };
  r.session.stop();
  await r.utterances[0]!.answer('');
  await r.session.whenIdle();
  assert.equal(r.typed.length, 1, 'no backspace went to window 2');
  assert.deepEqual(r.history, ['UM SO']);
  assert.equal(r.notices().length, 1);
});

test('live typing needs a named target: without one the utterance is typed when final', async () => {
  const r = liveRig({ prepareUtterance: async () => ({ live: true }) });
  r.session.start();
  r.utterances[0]!.listener.onPartial('hello world');
  r.session.stop();
  await r.utterances[0]!.answer('hello world');
  await r.session.whenIdle();
  assert.deepEqual(r.typed, [{ backspaces: 0, text: 'HELLO WORLD' }]);
});

test('cancel (voskey control cancel): the microphone closes, the utterance is dropped, nothing more is typed', async () => {
  const r = rig();
  r.session.start();
  r.utterances[0]!.listener.onFinal('one');
  await new Promise((res) => setTimeout(res, 5));
  r.session.cancel();
  assert.deepEqual(r.captureCalls, ['start', 'stop']);
  assert.equal(r.utterances[0]!.aborted, true);
  assert.equal(r.session.state.status, 'idle');
  r.session.onCaptureEnded({ reason: 'stopped' });
  await r.session.whenIdle();
  assert.deepEqual(r.typed.map((e) => e.text), ['ONE'], 'what was typed before stays; nothing after');
  r.session.start();
  assert.equal(r.utterances.length, 2, 'the next begin starts afresh');
});
