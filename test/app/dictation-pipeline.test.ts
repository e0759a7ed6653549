// The product end to end, as a user drives it: hold Control+Alt+Space (real X key events
// through xdotool, seen by the real uiohook hook), speak (Chromium's fake microphone plays
// a flite recording into the real capture page and AudioWorklet), watch the overlay page
// show partial text, let go, and the formatted words are typed (robotjs/xclip) into the
// focused <textarea> of another app. Recognition is the built-in engine (PocketSphinx) in
// its own process, started on demand. See app-harness.ts for what is real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { speechFixture } from '../helpers/fixtures.js';
import { wordErrorRate } from '../helpers/wer.js';
import { align, pcmSamples, readWavSamples, windowCorrelations } from '../renderer/pcm.js';
import { startAppRig } from './app-harness.js';
import { startWsTap } from './ws-tap.js';

function seconds(wavPath: string): { seconds: number; samples: Int16Array } {
  const { samples } = readWavSamples(wavPath);
  return { seconds: samples.length / 16000, samples };
}

test('hold the hotkey, say "hello world period how are you question mark", let go: "Hello world. … you?" is typed', async (t) => {
  const fixture = speechFixture('punctuation');
  const rig = await startAppRig({ micWav: fixture.path });
  t.after(() => rig.close());
  const key = (...args: string[]) => execFileSync('xdotool', args, { env: rig.target.env });

  rig.core.start();
  assert.equal(await rig.core.hotkeyReady(), true, `hold-to-talk should run on Xvfb: ${rig.notices.join('; ')}`);

  key('keydown', 'ctrl+alt+space');
  // Read the overlay page while the words are being spoken.
  const partialsSeen = new Set<string>();
  const speaking = seconds(fixture.path).seconds;
  const until = Date.now() + speaking * 1000 + 700;
  while (Date.now() < until) {
    const text = (await rig.overlay.page.getByTestId('partial').textContent())?.trim() ?? '';
    if (text) partialsSeen.add(text);
    await sleep(100);
  }
  key('keyup', 'space');
  key('keyup', 'ctrl+alt');
  await rig.core.whenIdle();

  const typed = await rig.target.value();
  t.diagnostic(`typed: ${JSON.stringify(typed)}; partials seen: ${[...partialsSeen].join(' | ')}`);
  // The formatter's work is exact (capital, full stop, question mark, spacing); PocketSphinx
  // may mishear a word of "how are you", so the words themselves are held to a WER.
  assert.match(typed, /^Hello world\. [A-Z][a-z]*( [a-z]+)*\?$/);
  const spoken = 'hello world how are you';
  assert.ok(wordErrorRate(spoken, typed) <= 0.4, `WER of ${JSON.stringify(typed)} against "${spoken}"`);
  assert.ok(partialsSeen.size > 0, 'the overlay showed partial text while the audio played');
  assert.ok([...partialsSeen].some((p) => /hello/i.test(p)), 'a partial contained the first word');

  const history = rig.data.history.list();
  assert.equal(history.map((e) => e.text).join(' '), typed, 'the transcript holds what was typed');
  assert.equal(rig.core.state.status, 'idle');
  // A normal run never shows a problem, even though the built-in engine starts (≈1 s) at
  // the first key press.
  const shown = new Set(rig.states.map((s) => s.status));
  assert.deepEqual([...shown].filter((s) => !['idle', 'connecting', 'listening', 'finishing'].includes(s)), []);
  assert.ok(rig.states.some((s) => s.status === 'listening'), 'the overlay said it was listening');
});

test('what reaches the server is what was spoken, and letting go mid-word loses none of it', async (t) => {
  const fixture = speechFixture('weather');
  const server = await startBuiltinServer({ engine: 'sphinx', port: 0 });
  const tap = await startWsTap(server.url);
  const rig = await startAppRig({ micWav: fixture.path, settings: { server: { url: tap.url } } });
  t.after(async () => {
    await rig.close();
    await tap.close();
    await server.close();
  });
  const captured: Buffer[] = [];
  rig.capture.on('capture:frame', (pcm) => captured.push(pcm));

  // Dictation through the tray menu (dictation:toggle), stopped in the middle of the speech.
  const source = seconds(fixture.path);
  rig.core.toggleDictation();
  await sleep(source.seconds * 550);
  rig.core.toggleDictation();
  await rig.core.whenIdle();

  const sent = pcmSamples(Buffer.concat(captured));
  const atServer = pcmSamples(Buffer.concat(tap.audio));
  t.diagnostic(`captured ${sent.length} samples, ${atServer.length} reached the server, source ${source.samples.length}`);
  assert.ok(sent.length > 16000, 'more than a second was captured before the stop');
  assert.ok(sent.length < source.samples.length * 0.9, 'the stop came mid-speech');
  assert.equal(atServer.length, sent.length, 'every captured sample reached the server, the last partial frame too');
  assert.ok(Buffer.concat(tap.audio).equals(Buffer.concat(captured)), 'the server got the captured PCM byte for byte, in order');
  // And the capture is the spoken audio: window by window, since a busy machine can make
  // Chromium's fake microphone skip a few samples (test/renderer covers capture in detail).
  const alignment = align(source.samples, atServer, 16000);
  const windows = windowCorrelations(source.samples, atServer, alignment.lag);
  const median = [...windows].sort((a, b) => a - b)[Math.floor(windows.length / 2)] ?? 0;
  t.diagnostic(`lag ${alignment.lag}, global correlation ${alignment.correlation.toFixed(3)}, median window ${median.toFixed(3)} over ${windows.length}`);
  assert.ok(windows.length >= 4, 'several windows of speech were compared');
  assert.ok(median >= 0.95, `median window correlation ${median.toFixed(3)} with the source`);

  const typed = await rig.target.value();
  t.diagnostic(`typed: ${JSON.stringify(typed)}`);
  assert.match(typed, /^The weather/, 'the words spoken before the stop were typed');
});
