// A microphone the system withholds, or one that delivers only digital silence, must end
// in the "microphone access was denied" message — never a silent recording. The silent
// stream is real: Chromium's fake microphone plays a WAV of exact zeros into the real
// capture page and worklet, and the core in this process watches the frames it sends.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMicrophoneGuard, SilentStartWatch } from '../../electron/app/microphone-guard.js';
import { platformPlan } from '../../electron/desktop/platform/desktop-platform.js';
import { MAC_MICROPHONE_DENIED } from '../../electron/desktop/platform/permission-messages.js';
import type { CaptureEnd } from '../../electron/dictation/capture-types.js';
import { startPageHarness } from '../helpers/page-harness.js';
import { pcmWav } from '../helpers/pcm-wav.js';
import { quietShell, testCore } from './app-harness.js';
import { eventually } from '../helpers/eventually.js';

const FRAME_BYTES = 3200; // 100 ms of 16-bit mono at 16 kHz

function silentWav(path: string, seconds: number): void {
  writeFileSync(path, pcmWav(Buffer.alloc(seconds * 16000 * 2)));
}


describe('the first second of a capture', () => {
  it('is "silent" only when every sample of a whole second is exactly zero, and says so once', () => {
    const watch = new SilentStartWatch(1);
    const zeros = new Uint8Array(FRAME_BYTES);
    const verdicts = Array.from({ length: 12 }, () => watch.feed(zeros));
    assert.deepEqual(verdicts.map((v, i) => (v ? i : -1)).filter((i) => i >= 0), [9], 'after the 10th 100 ms frame, once');
  });

  it('one non-zero sample — the faintest noise floor — means a live microphone', () => {
    const watch = new SilentStartWatch(1);
    const noisy = new Uint8Array(FRAME_BYTES);
    noisy[1234] = 1;
    assert.equal(watch.feed(new Uint8Array(FRAME_BYTES)), false);
    assert.equal(watch.feed(noisy), false);
    for (let i = 0; i < 20; i++) assert.equal(watch.feed(new Uint8Array(FRAME_BYTES)), false, 'later silence is a pause, not a denial');
    watch.reset();
    assert.equal(Array.from({ length: 10 }, () => watch.feed(new Uint8Array(FRAME_BYTES))).at(-1), true, 'each capture is judged afresh');
  });
});

describe('frames on their way to the session', () => {
  function guardRig() {
    const delivered: number[] = [];
    const ends: string[] = [];
    const pageCalls: string[] = [];
    const guard = createMicrophoneGuard({
      capture: { start: () => void pageCalls.push('start'), stop: () => void pageCalls.push('stop') },
      silentSeconds: 1,
      silentMessage: 'silent',
      frame: (pcm) => void delivered.push(pcm[0]!),
      ended: (end) => void ends.push(end.reason === 'stopped' ? 'stopped' : end.message),
    });
    const frame = (first: number) => {
      const pcm = new Uint8Array(FRAME_BYTES);
      pcm[0] = first;
      guard.frame(pcm);
    };
    return { guard, delivered, ends, pageCalls, frame };
  }

  it('a live stream after leading digital silence gets every frame, in order, nothing lost', () => {
    const { guard, delivered, ends, frame } = guardRig();
    guard.capture.start({} as never);
    frame(0);
    frame(0);
    frame(0);
    assert.deepEqual(delivered, [], 'leading zeros wait');
    frame(7);
    frame(0);
    assert.deepEqual(delivered, [0, 0, 0, 7, 0]);
    guard.ended({ reason: 'stopped' });
    assert.deepEqual(ends, ['stopped']);
  });

  it('released before a second has passed: the held zeros still go out before the end', () => {
    const { guard, delivered, ends, frame } = guardRig();
    guard.capture.start({} as never);
    frame(0);
    frame(0);
    guard.ended({ reason: 'stopped' });
    assert.deepEqual(delivered, [0, 0]);
    assert.deepEqual(ends, ['stopped']);
  });

  it("after a silent stream, the page's late answer to our stop does not end the next capture", () => {
    const { guard, delivered, ends, pageCalls, frame } = guardRig();
    guard.capture.start({} as never);
    for (let i = 0; i < 10; i++) frame(0);
    assert.deepEqual(ends, ['silent']);
    assert.deepEqual(pageCalls, ['start', 'stop']);
    assert.deepEqual(delivered, [], 'nothing of the silent stream is sent');
    guard.capture.start({} as never);
    guard.ended({ reason: 'stopped' }); // the old capture's answer, arriving late
    frame(5);
    assert.deepEqual(ends, ['silent'], 'swallowed');
    assert.deepEqual(delivered, [5], 'the new capture flows');
  });
});

describe('a microphone that gives nothing', () => {
  it('macOS: a silent stream in the real capture page ends dictation with "microphone access was denied" and releases the mic', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'voskey-silent-'));
    const wav = join(dir, 'silent.wav');
    silentWav(wav, 4);
    const capture = await startPageHarness({ fakeMicWav: wav });
    const ends: CaptureEnd[] = [];
    let frames = 0;
    const { core, data } = testCore(
      quietShell({
        capture: { start: (o) => capture.emit('capture:start', o), stop: () => capture.emit('capture:stop') },
        // Granted, yet silent: what macOS can hand out while the permission is not really in effect.
        permissions: { microphoneStatus: () => 'granted' },
      }),
      dir,
      { ...process.env, DISPLAY: '' },
      platformPlan('darwin'),
    );
    t.after(async () => {
      await core.shutdown().catch(() => {});
      await capture.close();
      rmSync(dir, { recursive: true, force: true });
    });
    // A server that is never reached: nothing of a silent stream is sent anyway.
    data.settings.update({ server: { url: 'ws://127.0.0.1:9' } });
    capture.on('capture:frame', (pcm) => {
      frames++;
      core.onCaptureFrame(pcm);
    });
    capture.on('capture:ended', (end) => {
      ends.push(end);
      core.onCaptureEnded(end);
    });
    await capture.open('renderer/audio/capture.html');

    core.toggleDictation();
    await eventually('the session to stop with an error', () => core.state.status === 'error' && ends.length > 0, 8000);
    t.diagnostic(`frames: ${frames}; ends: ${JSON.stringify(ends)}; state: ${JSON.stringify(core.state.message)}`);
    assert.equal(core.state.status, 'error');
    assert.match(core.state.message, /only silence/);
    assert.ok(core.state.message.endsWith(MAC_MICROPHONE_DENIED), core.state.message);
    assert.ok(frames >= 10, 'a whole second of frames was looked at');
    assert.deepEqual(ends.map((e) => e.reason), ['stopped'], 'the capture page was told to stop: the microphone is released');
  });

  /** The core as on macOS, with the system's microphone answers given, and no pages. */
  function macCore(t: { after(fn: () => unknown): void }, askForMicrophone: () => Promise<boolean>) {
    const dir = mkdtempSync(join(tmpdir(), 'voskey-macmic-'));
    const starts: unknown[] = [];
    let asked = 0;
    const { core, data } = testCore(
      quietShell({
        capture: { start: (o) => void starts.push(o), stop: () => queueMicrotask(() => core.onCaptureEnded({ reason: 'stopped' })) },
        permissions: { microphoneStatus: () => 'not-determined', askForMicrophone: () => (asked++, askForMicrophone()) },
      }),
      dir,
      { ...process.env, DISPLAY: '' },
      platformPlan('darwin'),
    );
    t.after(async () => {
      await core.shutdown().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    });
    data.settings.update({ server: { url: 'ws://127.0.0.1:9' } });
    return { core, starts, asked: () => asked };
  }

  it('macOS with the permission refused: the capture page is never asked to open the mic, the user is told where to allow it', async (t) => {
    const { core, starts, asked } = macCore(t, async () => false);
    core.toggleDictation();
    await eventually('the session to stop with an error', () => core.state.status === 'error', 3000);
    assert.equal(core.state.message, `Microphone: ${MAC_MICROPHONE_DENIED}`);
    assert.deepEqual(starts, [], 'no capture was started');
    assert.equal(asked(), 1);
  });

  it('macOS with the permission granted in the prompt: the capture starts as usual', async (t) => {
    const { core, starts } = macCore(t, async () => true);
    core.toggleDictation();
    await eventually('the capture to start', () => starts.length > 0, 3000);
    assert.equal(starts.length, 1);
    assert.notEqual(core.state.status, 'error');
  });
});

describe('"keep the microphone ready" and the platform checks', () => {
  function prepareRig(refusal: string | undefined) {
    const prepared: (boolean | undefined)[] = [];
    let asked = 0;
    const guard = createMicrophoneGuard({
      capture: { start: () => {}, stop: () => {}, prepare: (options) => void prepared.push(options.keepReady) },
      beforeCapture: async () => (asked++, refusal),
      silentSeconds: 1,
      silentMessage: 'silent',
      frame: () => {},
      ended: () => {},
    });
    return { guard, prepared, asked: () => asked };
  }
  const options = (keepReady: boolean) => ({ deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false, keepReady, preRollMs: 300 });

  it('holding the microphone open is checked like a capture: refused, the page is prepared without holding it', async () => {
    const { guard, prepared, asked } = prepareRig('Microphone access was denied');
    guard.capture.prepare!(options(true));
    await eventually('the capture page prepared', () => prepared.length > 0, 1000);
    assert.deepEqual(prepared, [false]);
    assert.equal(asked(), 1);
  });

  it('allowed, the page holds it; not asked to hold it, nothing is checked', async () => {
    const { guard, prepared, asked } = prepareRig(undefined);
    guard.capture.prepare!(options(true));
    await eventually('the capture page prepared', () => prepared.length > 0, 1000);
    guard.capture.prepare!(options(false));
    assert.deepEqual(prepared, [true, false]);
    assert.equal(asked(), 1, 'releasing the microphone needs no permission');
  });
});
