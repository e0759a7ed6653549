// Which rules table formats dictation: the Settings pick, or the language being recognised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formattingLanguage, languageOfTag } from '../../../electron/dictation/format/language-choice.js';
import { engineLanguage } from '../../../electron/models/engine-language.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';
import type { FormattingLanguage } from '../../../electron/settings/types.js';

function choose(language: FormattingLanguage, server: { url: string; language: 'en' | 'de' | 'fr' | 'es' }, model: string | null) {
  const settings = defaultSettings();
  settings.formatting.language = language;
  settings.server = { ...settings.server, ...server };
  return formattingLanguage(settings, model);
}

test('a language picked in Settings wins over the model and the server', () => {
  assert.equal(choose('fr', { url: '', language: 'en' }, 'de'), 'fr');
  assert.equal(choose('es', { url: 'wss://a-b.hf.space', language: 'de' }, null), 'es');
});

test("'auto' follows the server's language setting when a server is set, else the model's", () => {
  assert.equal(choose('auto', { url: 'wss://a-b.hf.space', language: 'de' }, 'fr'), 'de');
  assert.equal(choose('auto', { url: '', language: 'de' }, 'fr'), 'fr');
  assert.equal(choose('auto', { url: '', language: 'de' }, 'en-us'), 'en');
  assert.equal(choose('auto', { url: '', language: 'de' }, 'ru'), 'en', 'a language without rules falls back to English');
  assert.equal(choose('auto', { url: '', language: 'de' }, null), 'en');
});

test('the default is auto, and language tags map to their primary language', () => {
  assert.equal(defaultSettings().formatting.language, 'auto');
  assert.equal(languageOfTag('es'), 'es');
  assert.equal(languageOfTag('EN_gb'), 'en');
  assert.equal(languageOfTag('pt-br'), null);
});

test("the built-in engine's language: catalogue, then the folder's name, PocketSphinx is US English", () => {
  assert.equal(engineLanguage({ engine: 'vosk', modelDir: '/m/vosk-model-small-de-0.15', model: 'vosk-model-small-de-0.15' }), 'de');
  assert.equal(engineLanguage({ engine: 'vosk', modelDir: '/m/x', model: 'vosk-model-fr-0.6-linto-2.2.0' }), 'fr');
  assert.equal(engineLanguage({ engine: 'vosk', modelDir: '/m/x', model: 'my-model' }), null);
  assert.equal(engineLanguage({ engine: 'sphinx', hmmDir: '/h', library: '/l' }), 'en-us');
  assert.equal(engineLanguage({ engine: 'none', message: 'no model' }), null);
});
