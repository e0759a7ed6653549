// Microphone capture in real Chromium: the fake microphone plays a speech fixture into the
// real capture page (getUserMedia → 16 kHz AudioContext → worklet), and the frames reach
// this process through the page harness exactly as they would reach main.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CaptureOptions } from '../../electron/dictation/capture-types.js';
import { speechFixture } from '../helpers/fixtures.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { CAPTURE_PROBE_SCRIPT } from './capture-probe.js';
import { capture, levelsFor } from './capture-run.js';
import { align, correlationAt, readWavSamples } from './pcm.js';

const CAPTURE_PAGE = 'renderer/audio/capture.html';
const RATE = 16000;
const fixture = speechFixture('hello');
const source = readWavSamples(fixture.path).samples;
/** scripts/make-fixtures.sh pads every fixture with 0.3 s of silence before the speech. */
const LEADING_SILENCE = 0.3 * RATE;

// Raw audio, so what arrives can be compared with the file sample by sample.
const RAW: CaptureOptions = { deviceId: '', frameMs: 100, echoCancellation: false, noiseSuppression: false, autoGainControl: false };

describe('capture page with a fake microphone playing a speech fixture', () => {
  let harness: PageHarness;
  before(async () => {
    harness = await startPageHarness({ fakeMicWav: fixture.path });
    await harness.page.addInitScript({ content: CAPTURE_PROBE_SCRIPT });
    await harness.open(CAPTURE_PAGE);
  });
  after(() => harness.close());

  test('a whole utterance arrives as binary 100 ms frames that match the source audio', async () => {
    // Keep capturing half a second past the end of the file, so all of it has played.
    const result = await capture(harness, RAW, levelsFor(source.length + RATE / 2));
    assert.deepEqual(result.end, { reason: 'stopped' });
    const sizes = result.frames.map((f) => f.length);
    assert.ok(sizes.slice(0, -1).every((s) => s === 3200), `full frames are 3200 bytes, got ${[...new Set(sizes)].join(', ')}`);
    assert.ok(sizes.at(-1)! > 0 && sizes.at(-1)! <= 3200, `last frame ${sizes.at(-1)} bytes`);
    assert.equal(result.samples.length, result.workletSamples, 'every sample the worklet received was sent');

    const alignment = align(source, result.samples, RATE);
    assert.ok(alignment.correlation >= 0.95, `correlation with the source ${alignment.correlation.toFixed(3)}`);
    // The fake mic starts playing when the device opens, a few ms before the worklet is
    // connected: the capture may miss the start of the leading silence, never the speech.
    assert.ok(alignment.lag < LEADING_SILENCE, `capture starts ${alignment.lag} samples into the file`);
    assert.equal(alignment.overlap, source.length - Math.max(0, alignment.lag), 'the rest of the file is all in the capture');
    assert.deepEqual(result.trackStates, ['ended'], 'the microphone is released once capture ended');
    assert.deepEqual(harness.pageErrors, []);
  });

  test('levels come about 20 times per second of audio and rise with speech', async () => {
    const result = await capture(harness, RAW, levelsFor(source.length));
    const seconds = result.samples.length / RATE;
    const perSecond = result.levels.length / seconds;
    assert.ok(perSecond >= 15 && perSecond <= 25, `${perSecond.toFixed(1)} levels per second of audio`);
    const loudest = Math.max(...result.levels.map((l) => l.rms));
    // The fixture opens with 0.3 s of digital silence, then speech.
    assert.ok(loudest > 0.02, `speech rms ${loudest.toFixed(4)}`);
    assert.ok(result.levels[0]!.rms < loudest / 10, `silence ${result.levels[0]!.rms.toFixed(4)} vs speech ${loudest.toFixed(4)}`);
    assert.ok(result.levels.every((l) => l.peak >= l.rms && l.peak <= 1 && l.rms >= 0), 'peak ≥ rms, both in 0..1');
  });

  test('20 ms frames are 640 bytes, with the browser\'s audio processing on', async () => {
    const processed = { ...RAW, frameMs: 20, echoCancellation: true, noiseSuppression: true, autoGainControl: true };
    const result = await capture(harness, processed, levelsFor(RATE));
    const sizes = result.frames.map((f) => f.length);
    assert.ok(sizes.length >= 50, `${sizes.length} frames for a second of audio`);
    assert.ok(sizes.slice(0, -1).every((s) => s === 640), `full frames are 640 bytes, got ${[...new Set(sizes)].join(', ')}`);
    assert.equal(result.samples.length, result.workletSamples);
  });

  test('stopping mid-word sends the last partial frame, so no sample is lost', async (t) => {
    // "hello world" is spoken from 0.3 s to about 1.5 s: stop at 0.8 s, inside the words.
    const result = await capture(harness, RAW, levelsFor(0.8 * RATE));
    assert.deepEqual(result.end, { reason: 'stopped' });
    assert.equal(result.samples.length, result.workletSamples, 'sent = received by the worklet');
    assert.ok(result.samples.length < source.length, 'stopped before the file ended');
    // Frames are 1600 samples; capture ends mid-frame unless the stop arrived late by
    // exactly half a frame (then there is no partial frame to send).
    if (result.samples.length % 1600 !== 0) {
      assert.ok(result.frames.at(-1)!.length < 3200, 'the last frame is the partial one');
    }
    t.diagnostic(`stopped after ${result.samples.length} samples, last frame ${result.frames.at(-1)!.length} bytes`);
    // The tail is real speech from the file, not padding: it lines up with the source.
    const { lag } = align(source, result.samples, RATE);
    const tail = result.samples.subarray(-800);
    const tailCorrelation = correlationAt(source.subarray(result.samples.length - 800 + lag), tail, 0);
    assert.ok(tailCorrelation >= 0.95, `last 50 ms match the source: ${tailCorrelation.toFixed(3)}`);
    assert.deepEqual(result.trackStates, ['ended']);
  });

  test('a microphone that disappears mid-dictation ends with device-lost after its samples', async () => {
    const result = await capture(harness, RAW, levelsFor(0.5 * RATE), 'lose-device');
    assert.equal(result.end.reason, 'device-lost');
    assert.match((result.end as { message: string }).message, /disconnected/);
    assert.equal(result.samples.length, result.workletSamples, 'what was captured before the loss was sent');
    assert.deepEqual(result.trackStates, ['ended']);
  });

  test('a chosen microphone that is not connected gives a clear error and no frames', async () => {
    const result = await capture(harness, { ...RAW, deviceId: 'no-such-microphone' });
    assert.equal(result.end.reason, 'error');
    assert.match((result.end as { message: string }).message, /not connected/);
    assert.equal(result.frames.length, 0);
  });

  test('the device list names the microphones', async () => {
    const listed = harness.next('capture:devices');
    harness.emit('capture:list-devices');
    const [devices] = await listed;
    assert.ok(devices.length >= 1, 'the fake microphone is listed');
    assert.ok(devices.every((d) => typeof d.deviceId === 'string' && d.label.length > 0));
  });
});

describe('capture page when the microphone permission is denied', () => {
  let harness: PageHarness;
  before(async () => {
    // A fake device exists, but no fake permission UI: Chromium refuses the prompt.
    harness = await startPageHarness({ extraArgs: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'] });
    await harness.open(CAPTURE_PAGE);
  });
  after(() => harness.close());

  test('capture ends with an error that says access was denied', async () => {
    const ended = harness.next('capture:ended');
    harness.emit('capture:start', RAW);
    const [end] = await ended;
    assert.equal(end.reason, 'error');
    assert.match((end as { message: string }).message, /denied/);
  });
});
