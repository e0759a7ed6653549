// The app formats in the language being recognised: a German model selected → German
// rules; a language picked in Settings wins; a server URL uses the server's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DictationFormatter } from '../../electron/dictation/format/index.js';
import { quietShell, testCore } from './app-harness.js';

/** A folder with a Vosk model's layout (the engine never loads it in this test). */
function fakeModel(modelsDir: string, name: string): void {
  for (const file of ['am/final.mdl', 'conf/model.conf', 'graph/HCLr.fst', 'graph/Gr.fst']) {
    mkdirSync(join(modelsDir, name, file, '..'), { recursive: true });
    writeFileSync(join(modelsDir, name, file), 'x');
  }
}

// Only what constructing the core touches; nothing here is dictation.
const shell = quietShell();

test('formatting follows the selected model, the Settings pick, then the server language', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-lang-'));
  fakeModel(join(dir, 'data', 'models'), 'vosk-model-small-de-0.15');
  const { core } = testCore(shell, dir, { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' });
  t.after(async () => {
    await core.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });
  // The formatter is private to the core; its partial() is what the overlay would show.
  const shows = (raw: string) => (core as unknown as { formatter: DictationFormatter }).formatter.partial(raw);

  // The user chose Vosk (the built-in engine honours the choice; PocketSphinx is English only).
  core.handlers['settings:update']({ engine: { kind: 'vosk' } });
  assert.equal(shows('hallo punkt'), 'Hallo.', 'German model, language auto');
  core.handlers['settings:update']({ formatting: { language: 'en' } });
  assert.equal(shows('hallo punkt'), 'Hallo punkt', 'English picked in Settings');
  core.handlers['settings:update']({ formatting: { language: 'auto' }, server: { url: 'wss://ada-vosk.hf.space', language: 'fr' } });
  assert.equal(shows("oui point d'interrogation"), 'Oui\u202F?', "the server's language");
});
