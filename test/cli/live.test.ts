// `voskey transcribe --live` and `--auto-stop`: the real command against the built-in
// PocketSphinx server, audio at real-time pace as a microphone delivers it. (The terminal
// rendering of plain --live is in live-printer.test.ts: here stdout is a pipe.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { readWav } from '../../electron/audio/wav.js';
import { pcmRms, SPEECH_RMS } from '../../electron/dictation/live/silence-watch.js';
import { speechFixture } from '../helpers/fixtures.js';
import { applyEdit } from '../helpers/recorded-partials.js';
import { wordErrorRate } from '../helpers/wer.js';
import { collect, runCli, startCli } from './run-cli.js';

const long = speechFixture('long');

/** The text final-only typing gives: --format --json lines applied in order. */
async function finalOnlyText(path: string): Promise<string> {
  const result = await runCli(['transcribe', path, '--format', '--json']);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { formatted: string; backspaces: number });
  return lines.reduce((doc, l) => applyEdit(doc, { backspaces: l.backspaces, text: l.formatted }), '');
}

test('--live --json: edits while speaking in the typist\'s terms, ending exactly as final-only typing', async () => {
  const live = await runCli(['transcribe', long.path, '--live', '--json', '--realtime']);
  assert.equal(live.code, 0, live.stderr);
  const edits = live.stdout.trim().split('\n').map((l) => JSON.parse(l) as { left?: number; backspaces: number; text: string; right?: number; final: boolean });
  for (const e of edits) {
    // {"left": L, "backspaces": B, "text": T, "right": R, "final": bool}, left and right only when not 0.
    assert.deepEqual(Object.keys(e).filter((k) => !['left', 'backspaces', 'text', 'right', 'final'].includes(k)), [], JSON.stringify(e));
    assert.ok(e.left === undefined || (e.left > 0 && e.right === e.left), JSON.stringify(e));
  }
  const beforeFinal = edits.slice(0, edits.findIndex((e) => e.final));
  assert.ok(beforeFinal.filter((e) => e.text).length >= 3, `words typed before the final: ${JSON.stringify(edits)}`);
  const document = edits.reduce((doc, e) => applyEdit(doc, { backspaces: e.backspaces, text: e.text, caretBack: e.left ?? 0 }), '');
  assert.equal(document, await finalOnlyText(long.path));
  assert.ok(wordErrorRate(long.text, document) <= 0.4, document);
});

test('--live in plain text off a terminal prints only the final results, as --format does: no backspaces', async () => {
  const live = await runCli(['transcribe', long.path, '--live', '--realtime']);
  assert.equal(live.code, 0, live.stderr);
  assert.ok(!live.stdout.includes('\b') && !live.stdout.includes('\x1b'), JSON.stringify(live.stdout));
  const formatted = await runCli(['transcribe', long.path, '--format']);
  assert.equal(formatted.code, 0, formatted.stderr);
  assert.equal(live.stdout, formatted.stdout);
});

test('--auto-stop: with stdin kept open after the speech, exits within N s + 0.5 s with every word', async (t) => {
  const hello = speechFixture('hello');
  const pcm = readWav(readFileSync(hello.path)).pcm;
  const seconds = 1.5;
  const child = startCli(['transcribe', '-', '--auto-stop', String(seconds), '--partials']);
  let stderr = '';
  // Silence is counted from the last sound or the last new words, whichever is later; on a
  // loaded machine the recognizer's words come a while after the audio, so the test watches
  // them too (partials are printed on stderr as they arrive).
  let lastWords = '';
  let lastWordsAt = 0;
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    const partials = [...stderr.matchAll(/^… (.*)$/gm)];
    const newest = partials.at(-1)?.[1] ?? '';
    if (newest !== lastWords) {
      lastWords = newest;
      lastWordsAt = performance.now();
    }
  });
  const done = collect(child, undefined, 60_000);
  // Wait until the built-in engine listens (it says so), then speak at real-time pace.
  while (!/listening; stops after 1.5 s/.test(stderr)) {
    assert.equal(child.exitCode, null, stderr);
    await sleep(50);
  }
  // The fixture ends in a quiet tail, which is already silence to --auto-stop: the lower
  // bound counts from the last frame loud enough to be speech (the CLI's own threshold).
  let lastLoudAt = 0;
  for (let offset = 0; offset < pcm.length; offset += 3200) {
    const frame = pcm.subarray(offset, offset + 3200);
    child.stdin.write(frame);
    if (pcmRms(frame) >= SPEECH_RMS) lastLoudAt = performance.now();
    await sleep(100);
  }
  const spokeUntil = performance.now();
  const result = await done; // stdin is never closed
  const exitedAt = performance.now();
  const silenceFrom = Math.max(spokeUntil, lastWordsAt);
  const after = (exitedAt - silenceFrom) / 1000;
  t.diagnostic(`audio ended ${((exitedAt - spokeUntil) / 1000).toFixed(2)} s before the exit, the last new words ${((exitedAt - lastWordsAt) / 1000).toFixed(2)} s before`);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /hello world/);
  assert.ok(after <= seconds + 0.5, `exited ${after.toFixed(2)} s after the speech ended`);
  assert.ok((exitedAt - lastLoudAt) / 1000 >= seconds - 0.1, `exited ${((exitedAt - lastLoudAt) / 1000).toFixed(2)} s after the last loud frame: before the silence was long enough`);
});
