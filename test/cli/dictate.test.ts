// `voskey dictate` and `voskey control`, black-box: the real command (spawned as a user
// runs it) against the built-in PocketSphinx server, typing with the app's typist into a
// real Chromium <textarea> on a private Xvfb; `voskey control` spawned the same way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readWav } from '../../electron/audio/wav.js';
import { speechFixture } from '../helpers/fixtures.js';
import { applyEdit } from '../helpers/recorded-partials.js';
import { words } from '../helpers/wer.js';
import { startXvfb, type XDisplay } from '../helpers/xvfb.js';
import { openTypingTarget, type TypingTarget } from '../desktop/typing-target.js';
import { collect, runCli, startCli } from './run-cli.js';

const FRAME_BYTES = 3200; // 100 ms of 16 kHz 16-bit mono
const pcmOf = (name: string): Uint8Array => readWav(readFileSync(speechFixture(name).path)).pcm;

/** The text final-only typing gives for a file: `transcribe --format --json` lines applied in order. */
async function formattedTranscript(path: string): Promise<string> {
  const result = await runCli(['transcribe', path, '--format', '--json']);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { formatted: string; backspaces: number });
  return lines.reduce((doc, l) => applyEdit(doc, { backspaces: l.backspaces, text: l.formatted }), '');
}

describe('voskey dictate into a real window', () => {
  let decoy: XDisplay;
  let target: TypingTarget;
  let runtimeDir: string;
  let env: Record<string, string>;

  before(async () => {
    // Another X server started first, so the target's is not the lowest display number:
    // robotjs opens ":0.0" before $DISPLAY (see test/desktop/typist.test.ts).
    decoy = await startXvfb();
    target = await openTypingTarget();
    runtimeDir = mkdtempSync(join(tmpdir(), 'voskey-runtime-'));
    env = { DISPLAY: target.display, XDG_RUNTIME_DIR: runtimeDir };
  });

  after(async () => {
    await target?.close();
    await decoy?.stop();
    if (runtimeDir) rmSync(runtimeDir, { recursive: true, force: true });
  });

  it('dictate - types what transcribe --format prints for the same audio, and exits 0', async () => {
    const multi = speechFixture('multi');
    await target.reset();
    const expected = await formattedTranscript(multi.path);
    const result = await runCli(['dictate', '-', '--no-settings'], { stdin: readWav(readFileSync(multi.path)).pcm, env, timeoutMs: 120_000 });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '', 'nothing was left untyped');
    // The command exits once the last text is typed: the window holds it now, not later.
    assert.equal(await target.value(), expected);
  });

  it('dictate - --live: words typed while the audio comes, caret corrections included, ending as final-only typing', async (t) => {
    const long = speechFixture('long');
    await target.reset();
    const expected = await formattedTranscript(long.path);
    const child = startCli(['dictate', '-', '--live', '--no-settings'], env);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = collect(child, undefined, 120_000);
    // The speech starts once the server listens, as a person starts talking.
    child.stdin.write(new Uint8Array(FRAME_BYTES));
    while (!/voskey: listening\./.test(stderr)) {
      assert.equal(child.exitCode, null, stderr);
      await sleep(50);
    }
    // At a microphone's pace, so partials arrive and live typing has something to commit.
    const pcm = pcmOf('long');
    // Three quarters of the sentence, then the input stalls (no audio at all, so no pause for
    // the recognizer to end the sentence on): what the window shows then was typed live. The
    // wait allows for a loaded machine's recognizer catching up.
    const stallAt = Math.floor((pcm.length * 0.75) / FRAME_BYTES) * FRAME_BYTES;
    for (let offset = 0; offset < stallAt; offset += FRAME_BYTES) {
      child.stdin.write(pcm.subarray(offset, offset + FRAME_BYTES));
      await sleep(100);
    }
    let typedMidSentence = await target.value();
    for (const deadline = Date.now() + 30_000; words(typedMidSentence).length < 3 && Date.now() < deadline; ) {
      await sleep(100);
      typedMidSentence = await target.value();
    }
    child.stdin.end(pcm.subarray(stallAt));
    const result = await done;
    assert.equal(result.code, 0, result.stderr);
    t.diagnostic(`typed at three quarters of the audio: ${JSON.stringify(typedMidSentence)}`);
    assert.ok(words(typedMidSentence).length >= 3, `live words before the sentence ended: ${typedMidSentence}`);
    assert.equal(await target.value(), expected);
  });

  it('dictate --push-to-talk: only the words between control begin and end (or toggle) are typed; cancel drops its words', async (t) => {
    await target.reset();
    const child = startCli(['dictate', '-', '--push-to-talk', '--no-settings'], env);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = collect(child, undefined, 180_000);
    // A microphone's pace: one 100 ms frame every 100 ms, silence whenever nobody speaks.
    let speech: Uint8Array | undefined;
    let feeding = true;
    let paused = false;
    const feeder = (async () => {
      const silence = new Uint8Array(FRAME_BYTES);
      while (feeding) {
        if (paused) {
          await sleep(20);
          continue;
        }
        let frame: Uint8Array = silence;
        if (speech) {
          frame = speech.subarray(0, FRAME_BYTES);
          speech = speech.length > FRAME_BYTES ? speech.subarray(FRAME_BYTES) : undefined;
        }
        child.stdin.write(frame);
        await sleep(100);
      }
      child.stdin.end();
    })();
    const say = async (pcm: Uint8Array, upTo = 1): Promise<void> => {
      speech = pcm.subarray(0, Math.floor((pcm.length * upTo) / 2) * 2);
      while (speech) await sleep(20);
    };
    const control = async (action: string): Promise<void> => {
      const result = await runCli(['control', action], { env });
      assert.equal(result.code, 0, `control ${action}: ${result.stderr}`);
    };
    while (!/ready; dictating between/.test(stderr)) {
      assert.equal(child.exitCode, null, stderr);
      await sleep(50);
    }
    // The channel is private: its folder 0700, the socket 0600.
    assert.equal(statSync(join(runtimeDir, 'voskey')).mode & 0o777, 0o700);
    assert.equal(statSync(join(runtimeDir, 'voskey', 'control.sock')).mode & 0o777, 0o600);

    await say(pcmOf('morning')); // before begin: read and dropped
    await control('begin');
    await say(pcmOf('weather'));
    await sleep(700);
    await control('end');
    await say(pcmOf('numbers')); // after end: dropped
    await control('toggle');
    await say(pcmOf('hello'));
    await sleep(700);
    await control('toggle');
    await control('begin');
    // Cut off mid-sentence, and no audio while `voskey control` starts (a second under
    // tsx here, milliseconds for a key binding): no pause, so no endpoint and no final yet.
    await say(pcmOf('morning'), 0.6);
    paused = true;
    await control('cancel');
    paused = false;
    await sleep(1500);
    feeding = false;
    await feeder;
    const result = await done;
    assert.equal(result.code, 0, result.stderr);
    const typed = (await target.value()).toLowerCase();
    t.diagnostic(`typed: ${typed}`);
    const typedWords = new Set(words(typed));
    for (const word of ['weather', 'nice', 'park', 'hello', 'world']) assert.ok(typedWords.has(word), `"${word}" was spoken between begin and end: ${typed}`);
    for (const word of ['morning', 'everyone', 'meeting', 'please', 'evening']) assert.ok(!typedWords.has(word), `"${word}" was spoken outside begin..end or cancelled: ${typed}`);
  });

  it('control with nothing running: exit 4 and a message saying so', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'voskey-runtime-'));
    try {
      const result = await runCli(['control', 'begin'], { env: { XDG_RUNTIME_DIR: empty } });
      assert.equal(result.code, 4);
      assert.match(result.stderr, /no Voskey is running for this user/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
