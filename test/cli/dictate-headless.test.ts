// `voskey dictate` where nothing can be typed (no DISPLAY, no WAYLAND_DISPLAY, as on a
// server or in a text console): the text goes to stdout, formatted with the user's
// settings file; the microphone path through a recorder on PATH; a clear error when no
// recorder is installed. The real command against the built-in PocketSphinx server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWav } from '../../electron/audio/wav.js';
import { speechFixture } from '../helpers/fixtures.js';
import { runCli } from './run-cli.js';

/** No desktop session, a private runtime folder, the app's data folder in `dir`. */
function headlessEnv(dir: string): Record<string, string> {
  return { DISPLAY: '', WAYLAND_DISPLAY: '', XDG_RUNTIME_DIR: join(dir, 'run'), VOSKEY_USER_DATA_DIR: join(dir, 'data') };
}

test('no desktop: what could not be typed is printed on stdout, formatted with the settings file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-dictate-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'run'), { mode: 0o700 });
  mkdirSync(join(dir, 'data'));
  // The user's own replacement, as Settings → Formatting saves it.
  writeFileSync(join(dir, 'data', 'settings.json'), JSON.stringify({ formatting: { replacements: [{ from: 'weather', to: 'climate' }] } }));
  const pcm = readWav(readFileSync(speechFixture('weather').path)).pcm;
  const withSettings = await runCli(['dictate', '-'], { stdin: pcm, env: headlessEnv(dir), timeoutMs: 120_000 });
  assert.equal(withSettings.code, 0, withSettings.stderr);
  assert.match(withSettings.stderr, /could not type \(no desktop session/);
  assert.match(withSettings.stdout, /^The climate is nice today\b.*\n$/);
  const plain = await runCli(['dictate', '-', '--no-settings'], { stdin: pcm, env: headlessEnv(dir), timeoutMs: 120_000 });
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /^The weather is nice today\b/);
});

test('without "-": the microphone through the recorder on PATH; none installed is an error naming them', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-dictate-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'run'), { mode: 0o700 });
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const none = await runCli(['dictate', '--no-settings'], { env: { ...headlessEnv(dir), PATH: bin } });
  assert.equal(none.code, 2, none.stderr);
  assert.match(none.stderr, /No microphone recorder found: install one of pw-record, parec, arecord/);
  // No microphone here: a stand-in arecord that "records" a fixture, and notes how it was
  // asked. PATH holds only it, so an installed pw-record or parec cannot be chosen first.
  const raw = join(dir, 'hello.raw');
  writeFileSync(raw, readWav(readFileSync(speechFixture('hello').path)).pcm);
  writeFileSync(join(bin, 'arecord'), `#!/bin/sh\necho "$@" > ${join(dir, 'args')}\nexec /bin/cat ${raw}\n`);
  chmodSync(join(bin, 'arecord'), 0o755);
  const recorded = await runCli(['dictate', '--no-settings'], { env: { ...headlessEnv(dir), PATH: bin }, timeoutMs: 120_000 });
  assert.equal(recorded.code, 0, recorded.stderr);
  assert.equal(readFileSync(join(dir, 'args'), 'utf8').trim(), '-q -f S16_LE -r 16000 -c 1 -t raw');
  assert.match(recorded.stdout.toLowerCase(), /hello world/);
});
